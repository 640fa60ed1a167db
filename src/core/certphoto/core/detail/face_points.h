#pragma once
// Precise points inside the regions BlazeFace's coarse keypoints give: eye centres (gradient-based,
// Timm & Barth 2011), the lid opening of each eye, and the lips' gap and visible teeth. Classical image
// measurements only: no model, so nothing can be missing; a face where a point cannot be found says so.

#include <opencv2/core.hpp>

#include <string>

namespace certphoto::core::detail {

struct Face;

struct EyePoint {
    cv::Point2f centre; // image pixels; the coarse keypoint when not found
    bool found = false;
    double opening = 0; // lid opening (visible iris/lid gap), as a share of the eye distance
};

struct FacePoints {
    // The person's own right/left, as in Face.
    EyePoint rightEye, leftEye;
    double eyeDist = 0; // between the precise centres (coarse when either was not found)
    bool mouthFound = false;
    double lipGap = 0;     // rows between the lips that are teeth or open mouth, share of the eye distance
    double teethShare = 0; // teeth pixels in the central mouth window, share of its area
    std::string problem;   // why a point could not be found (empty when all were)
};

// Never throws for any face inside or partly outside the photo.
FacePoints locateFacePoints(const cv::Mat& bgr, const Face& face);

// The eye centre inside `region` of a grey image (CV_8U), in the region's own pixels, by the gradient
// objective of Timm & Barth; exposed for the tests. Returns false when the region holds no usable gradients.
bool eyeCentre(const cv::Mat& grey, const cv::Rect& region, const cv::Rect& candidates, cv::Point2f& centre);

} // namespace certphoto::core::detail

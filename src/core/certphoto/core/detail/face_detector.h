#pragma once
// MediaPipe BlazeFace (front, 128x128) through cv::dnn: face boxes with six keypoints.

#include <opencv2/core.hpp>

#include <memory>
#include <string>
#include <vector>

namespace certphoto::core::detail {

struct Face {
    cv::Rect2f box; // in image pixels
    float score = 0;
    // In image pixels. "Right"/"left" are the person's own: the person's right eye is on the image's left.
    cv::Point2f rightEye, leftEye, nose, mouth, rightEar, leftEar;
};

class FaceDetector {
public:
    // Loads the model found over the data folders (models/blazeface-front-128.onnx). Thread-safe use: one
    // detector per thread (cv::dnn::Net is not reentrant); forThisThread() keeps one per thread.
    static FaceDetector* forThisThread();

    bool ready() const { return ready_; }
    const std::string& problem() const { return problem_; }

    std::vector<Face> detect(const cv::Mat& bgr, float minScore = 0.6f);

private:
    FaceDetector();
    bool ready_ = false;
    std::string problem_;
    struct Impl;
    std::shared_ptr<Impl> impl_;
};

} // namespace certphoto::core::detail

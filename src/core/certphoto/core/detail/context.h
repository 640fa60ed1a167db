#pragma once
// What the checks share while one photo is analysed.

#include <certphoto/core/analysis.h>
#include <certphoto/core/detail/face_detector.h>
#include <certphoto/core/detail/face_points.h>
#include <certphoto/core/profile.h>

#include <opencv2/core.hpp>

#include <optional>
#include <string>

namespace certphoto::core::detail {

// Frames found on the face (glasses.cpp); the lenses as ellipses around the eyes.
struct Glasses {
    bool present = false;
    double bridgeDip = 0, rimDip = 0; // depth of the frame's line below the skin beside it, L*
    cv::RotatedRect lens[2];
};

struct Context {
    Context(const Profile& p, Report& r) : profile(p), report(r) {}
    const Profile& profile;
    Report& report;
    cv::Mat bgr;              // decoded, EXIF orientation applied
    cv::Mat smallLab;         // CV_32FC3 Lab of the photo at ~120 px wide (mask and background work)
    cv::Mat smallMask;        // the background mask at that size, 255 = background
    double smallScale = 1;    // small = full * smallScale
    std::optional<Face> face; // the one face, when exactly one was found
    cv::Mat mask;             // CV_8U, 255 = background
    cv::Vec3f backgroundLab{0, 0, 0};
    bool backgroundFound = false;
    cv::Rect head; // crown to chin, ear to ear
    double chinY = 0, crownY = 0;
    cv::Rect faceLabRect; // where faceLab was computed (the face box), made once by labOf()
    cv::Mat faceLab;
    FacePoints points; // precise eyes, lids and lips (face_points.cpp), when a face was found
};

// Adds a finding judged against the profile's rule for `id` (a pass with limit "-" when it has none).
void judge(Context& ctx, const std::string& id, double value, const std::string& unit,
           const std::string& fallbackReason, const std::string& detail = {});
// Adds a finding with a status decided by the caller.
void addFinding(Context& ctx, const std::string& id, Status status, double value, const std::string& limit,
                const std::string& reason, const std::string& detail = {});
// The same, with the limit as data (unit code and band), returned for further fields.
Finding& addFinding(Context& ctx, const std::string& id, Status status, double value,
                    const std::string& limit, const std::string& reason, const std::string& detail,
                    const std::string& unit, std::optional<double> min = std::nullopt,
                    std::optional<double> max = std::nullopt);
// Adds a further judged quantity to the last finding (its status forced to pass when not measurable).
Measure& addPart(Context& ctx, Measure part);
bool outsideBand(double v, const std::optional<double>& lo, const std::optional<double>& hi);

double deltaE(const cv::Vec3f& a, const cv::Vec3f& b);
cv::Vec3f rgbToLab(int r, int g, int b);
cv::Mat toLab(const cv::Mat& bgr); // CV_32FC3, L in 0..100, a/b signed (for small regions)
// Lab of a region of the photo: a view into the face box's Lab (converted once per photo, shared by the
// checks that look at the face) when the region lies inside it, else converted on its own.
cv::Mat labOf(Context& ctx, const cv::Rect& region);

// The stages, in order.
void checkFile(Context& ctx, const std::vector<std::uint8_t>& bytes, const struct FileInfo& info);
void buildBackgroundMask(Context& ctx);
void measureHead(Context& ctx);
void checkBackground(Context& ctx);
Glasses detectGlasses(Context& ctx);
bool onLens(const Glasses& glasses, const cv::Point2f& p); // inside a lens of found glasses
void checkGlare(Context& ctx, const Glasses& glasses);
void checkGlassesTint(Context& ctx, const Glasses& glasses);
void checkImageQuality(Context& ctx);
void checkClothing(Context& ctx);
void checkEyesOpen(Context& ctx);
void checkMouthClosed(Context& ctx);
void checkHeadCovering(Context& ctx);

} // namespace certphoto::core::detail

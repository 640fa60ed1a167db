#include "overlay.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace certphoto::check {

bool writeOverlay(const std::vector<std::uint8_t>& bytes, const core::Report& report,
                  const std::string& path) {
    if (report.width <= 0)
        return false; // the core did not decode it; neither do we
    cv::Mat img = cv::imdecode(bytes, cv::IMREAD_COLOR);
    if (img.empty() || img.cols != report.width || img.rows != report.height)
        return false;
    if (!report.maskPng.empty()) {
        cv::Mat mask = cv::imdecode(report.maskPng, cv::IMREAD_GRAYSCALE);
        if (mask.size() == img.size()) {
            cv::Mat tint(img.size(), img.type(), cv::Scalar(255, 0, 255));
            cv::Mat blended;
            cv::addWeighted(img, 0.6, tint, 0.4, 0, blended);
            blended.copyTo(img, mask);
        }
    }
    if (report.headBox) {
        const auto& b = *report.headBox;
        cv::rectangle(img, cv::Rect(b.x, b.y, b.w, b.h), cv::Scalar(0, 255, 0), 2);
    }
    const auto& l = report.landmarks;
    for (const auto* p : {&l.leftEye, &l.rightEye, &l.nose, &l.mouth, &l.leftEar, &l.rightEar})
        if (*p)
            cv::circle(img, cv::Point(int((*p)->x), int((*p)->y)), 3, cv::Scalar(0, 255, 255), -1);
    for (const auto& g : report.glareSpots)
        cv::circle(img, cv::Point(int(g.x), int(g.y)), std::max(4, int(g.radius * 2)), cv::Scalar(0, 0, 255),
                   2);
    int y = 18;
    for (const auto& f : report.findings) {
        if (f.status == core::Status::Pass)
            continue;
        cv::Scalar colour = f.status == core::Status::Fail ? cv::Scalar(0, 0, 255) : cv::Scalar(0, 165, 255);
        cv::putText(img, f.id, cv::Point(6, y), cv::FONT_HERSHEY_SIMPLEX, 0.5, cv::Scalar(0, 0, 0), 3);
        cv::putText(img, f.id, cv::Point(6, y), cv::FONT_HERSHEY_SIMPLEX, 0.5, colour, 1);
        y += 18;
    }
    try {
        return cv::imwrite(path, img);
    } catch (const cv::Exception&) {
        return false;
    }
}

} // namespace certphoto::check

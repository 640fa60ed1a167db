#pragma once
// Helpers shared by the core's tests: test data paths, files as bytes, findings by id, a framed portrait.

#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>

#include <opencv2/core.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace coretest {

std::string testData(const std::string& relative); // $CERTPHOTO_TEST_DATA/relative
std::vector<std::uint8_t> readBytes(const std::string& path);
std::vector<std::uint8_t> encodeJpeg(const cv::Mat& bgr, int quality = 90);
const certphoto::core::Finding* finding(const certphoto::core::Report& r, const std::string& id);
certphoto::core::Profile chsi();

// portrait-plain-light.jpg framed by hand to a 480x640 CHSI frame: scaled by `scale` about the source,
// the crown (source y=11, measured by eye) placed at `crownY`, the face centre (source x=262) at `centreX`,
// then rotated by `rollDeg` about the eye line's centre (0 = level eyes). Known by construction:
struct Framed {
    cv::Mat image;
    double crownY, eyeY, chinY, centreX;
};
Framed framePortrait(double crownY = 65, double centreX = 240, double scale = 1.1, double rollDeg = 0);

} // namespace coretest

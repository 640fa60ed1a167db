#include "core_test_util.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace coretest {

std::string testData(const std::string& relative) {
    const char* dir = std::getenv("CERTPHOTO_TEST_DATA");
    return std::string(dir ? dir : "tests/data") + "/" + relative;
}

std::vector<std::uint8_t> readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::uint8_t> encodeJpeg(const cv::Mat& bgr, int quality) {
    std::vector<uchar> buf;
    cv::imencode(".jpg", bgr, buf, {cv::IMWRITE_JPEG_QUALITY, quality});
    return {buf.begin(), buf.end()};
}

const certphoto::core::Finding* finding(const certphoto::core::Report& r, const std::string& id) {
    for (const auto& f : r.findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

certphoto::core::Profile chsi() {
    auto p = certphoto::core::loadProfile("chsi-graduation");
    if (!p)
        throw std::runtime_error(p.error().message);
    return *p;
}

Framed framePortrait(double crownY, double centreX, double scale, double rollDeg) {
    // Measured once by eye on the source (512x715): crown (top of the hair) y=11, eyes y=213,
    // chin y=354, face centre x=262.
    const double srcCrown = 11, srcEye = 213, srcChin = 354, srcCentre = 262;
    cv::Mat src = cv::imread(testData("faces/portrait-plain-light.jpg"), cv::IMREAD_COLOR);
    if (src.empty())
        throw std::runtime_error("fixture missing");
    double tx = centreX - srcCentre * scale, ty = crownY - srcCrown * scale;
    cv::Mat m = (cv::Mat_<double>(2, 3) << scale, 0, tx, 0, scale, ty);
    // The source's head is rolled ~4.5 deg (her left eye lower); level it first, then apply the requested
    // roll.
    rollDeg += 4.5;
    {
        cv::Mat r = cv::getRotationMatrix2D(
            cv::Point2f(float(centreX), float(crownY + (srcEye - srcCrown) * scale)), rollDeg, 1.0);
        cv::Mat m3 = cv::Mat::eye(3, 3, CV_64F), r3 = cv::Mat::eye(3, 3, CV_64F);
        m.copyTo(m3(cv::Rect(0, 0, 3, 2)));
        r.copyTo(r3(cv::Rect(0, 0, 3, 2)));
        cv::Mat prod = r3 * m3;
        m = prod(cv::Rect(0, 0, 3, 2)).clone();
    }
    Framed f;
    cv::warpAffine(src, f.image, m, cv::Size(480, 640), cv::INTER_AREA, cv::BORDER_REPLICATE);
    f.crownY = crownY;
    f.eyeY = crownY + (srcEye - srcCrown) * scale;
    f.chinY = crownY + (srcChin - srcCrown) * scale;
    f.centreX = centreX;
    return f;
}

} // namespace coretest

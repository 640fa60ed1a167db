#include "encode.h"

#include <opencv2/imgcodecs.hpp>

#include <algorithm>

namespace certphoto::synth {

SizeRange sizeRangeFor(const std::string& profile) {
    if (profile == "selfstudy-degree-2020")
        return {130 * 1024, 600 * 1024};
    if (profile == "selfstudy-degree")
        return {40 * 1024, 120 * 1024};
    return {22 * 1024, 38 * 1024};
}

std::vector<std::uint8_t> encodeJpeg(const cv::Mat& bgr, int quality) {
    std::vector<std::uint8_t> out;
    cv::imencode(".jpg", bgr, out, {cv::IMWRITE_JPEG_QUALITY, quality});
    return out;
}

std::vector<std::uint8_t> encodePng(const cv::Mat& bgr) {
    std::vector<std::uint8_t> out;
    cv::imencode(".png", bgr, out, {cv::IMWRITE_PNG_COMPRESSION, 3});
    return out;
}

std::vector<std::uint8_t> padJpeg(const std::vector<std::uint8_t>& jpeg, std::size_t size) {
    if (jpeg.size() < 4 || jpeg.size() >= size)
        return jpeg;
    std::vector<std::uint8_t> out(jpeg.begin(), jpeg.begin() + 2); // SOI
    std::size_t missing = size - jpeg.size();
    while (missing > 0) {
        // A segment is FF FE, a 2-byte length (counting itself), then the payload.
        std::size_t payload = std::min<std::size_t>(65533, std::max<std::size_t>(missing, 4) - 4);
        std::size_t len = payload + 2;
        out.push_back(0xFF);
        out.push_back(0xFE);
        out.push_back(static_cast<std::uint8_t>(len >> 8));
        out.push_back(static_cast<std::uint8_t>(len & 0xFF));
        for (std::size_t i = 0; i < payload; ++i)
            out.push_back(static_cast<std::uint8_t>('a' + i % 26));
        missing -= std::min(missing, payload + 4);
    }
    out.insert(out.end(), jpeg.begin() + 2, jpeg.end());
    return out;
}

std::vector<std::uint8_t> encodeInRange(const cv::Mat& bgr, SizeRange range) {
    // JPEG size grows steadily with quality: a few steps of a bisection find a quality in range.
    int lo = 60, hi = 97, q = 88;
    std::vector<std::uint8_t> best = encodeJpeg(bgr, q);
    for (int step = 0; step < 5; ++step) {
        if (best.size() > range.hi) {
            if (q <= lo)
                break;
            hi = q - 1;
        } else if (best.size() < range.lo) {
            if (q >= hi)
                break;
            lo = q + 1;
        } else {
            return best;
        }
        q = (lo + hi) / 2;
        best = encodeJpeg(bgr, q);
    }
    if (best.size() < range.lo) {
        best = encodeJpeg(bgr, std::min(hi, 97));
        if (best.size() < range.lo)
            best = padJpeg(best, range.lo + (range.hi - range.lo) / 4);
    }
    return best;
}

} // namespace certphoto::synth

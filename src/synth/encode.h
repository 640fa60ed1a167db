#pragma once
// Encoding the finished photo as an applicant's file would be: JPEG within the profile's usual size range.

#include <opencv2/core.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace certphoto::synth {

struct SizeRange {
    std::size_t lo = 0, hi = 0; // bytes
};

// The size a compliant file of the profile should have (inside the notices' range with room to spare):
// CHSI "typically 20-40 KB"; self-study > 30 KB; self-study 2020 100 KB - 2 MB.
SizeRange sizeRangeFor(const std::string& profile);

std::vector<std::uint8_t> encodeJpeg(const cv::Mat& bgr, int quality);
std::vector<std::uint8_t> encodePng(const cv::Mat& bgr);

// JPEG with the quality (60..97) that lands the file in range; a file still too small is padded with a
// comment segment (cameras embed thumbnails and EXIF the same way).
std::vector<std::uint8_t> encodeInRange(const cv::Mat& bgr, SizeRange range);

// A valid JPEG grown to at least `size` bytes with comment segments after the start marker.
std::vector<std::uint8_t> padJpeg(const std::vector<std::uint8_t>& jpeg, std::size_t size);

} // namespace certphoto::synth

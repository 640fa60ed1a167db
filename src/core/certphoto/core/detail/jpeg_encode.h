#pragma once
// JPEG encoding straight through libjpeg(-turbo), for the export's quality search. The same settings as
// OpenCV 4.6's imencode(".jpg") (defaults, jpeg_set_quality(q, TRUE), 4:2:0, no optimisation), so the
// bytes are the same; but the BGR pixels go in as they are (JCS_EXT_BGR), where OpenCV first swaps every
// row to RGB in a scalar loop that cost as much as a third of an encode.

#include <opencv2/core.hpp>

#include <cstdint>
#include <vector>

namespace certphoto::core::detail {

// An 8-bit BGR image (CV_8UC3) at `quality` (1..100). Empty on failure.
std::vector<std::uint8_t> encodeJpeg(const cv::Mat& bgr, int quality);

} // namespace certphoto::core::detail

#pragma once
// JPEG encoding and decoding straight through libjpeg(-turbo), for the export. The same settings as
// OpenCV 4.6's imencode(".jpg") / imdecode (defaults, jpeg_set_quality(q, TRUE), 4:2:0, no optimisation;
// islow IDCT, fancy upsampling), so the bytes and pixels are the same; but BGR goes in and out as it is
// (JCS_EXT_BGR), where OpenCV swaps every row to or from RGB in a scalar loop that cost a fifth of a
// decode and of an encode.

#include <opencv2/core.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace certphoto::core::detail {

// An 8-bit BGR image (CV_8UC3) at `quality` (1..100). Empty on failure.
std::vector<std::uint8_t> encodeJpeg(const cv::Mat& bgr, int quality);

// A JPEG to 8-bit BGR, as stored (no EXIF orientation applied). Any libjpeg warning (truncated data,
// corrupt data, extraneous bytes) is a failure, as is a picture over `maxPixels`: empty, with `why`.
cv::Mat decodeJpeg(const std::vector<std::uint8_t>& bytes, std::int64_t maxPixels, std::string& why);

} // namespace certphoto::core::detail

#pragma once
// Grace Hopper without her naval cap, made by code: the held-out person of the accuracy corpus must make
// compliant photos, and the notices forbid head coverings (不得使用头部覆盖物).

#include <opencv2/core.hpp>

namespace certphoto::synth {

// The crown of the hair drawn in place of the cap (source pixels of grace-hopper-glasses.jpg).
inline constexpr double kBareheadedCrownY = 62;

// Replaces the cap in `img` (the portrait as decoded) by forehead and short grey hair, and the cap's outline
// in `hard` (255 = person) by the drawn head's; `synthetic` gets 255 where pixels were drawn.
void takeOffCap(cv::Mat& img, cv::Mat& hard, cv::Mat& synthetic);

} // namespace certphoto::synth

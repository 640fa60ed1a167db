#pragma once
// More than one cut-out of each person: the offline grabCut mask, grabCut run again with other seeds, a
// colour-distance matte and two other edge treatments. Real applicants' photos come from many cut-out tools;
// the core must not depend on one tool's edge.

#include "portraits.h"

#include <opencv2/core.hpp>

#include <vector>

namespace certphoto::synth {

// `original`: the photo as decoded (with its own background); `hard`: the person mask (255 = person);
// `synthetic`: pixels drawn by code (no photographed edge there, so only mask-based edges). The first cut-out
// is the offline grabCut mask with a 1-px soft edge.
std::vector<Cutout> makeCutouts(const cv::Mat& original, const cv::Mat& hard, const cv::Mat& synthetic);

} // namespace certphoto::synth

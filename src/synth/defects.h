#pragma once
// The image operations that make single defects. Each takes its strength as a plain number chosen by the
// caller (synth.cpp holds the clear/borderline values in one table).

#include "frame.h"

#include <certphoto/synth/synth.h>

#include <opencv2/core.hpp>

namespace certphoto::synth::defect {

cv::Mat solidBackground(cv::Size size, Rgb colour);

// Background only (before the person goes on top).
void verticalGradient(cv::Mat& bg, double darkenAtBottom); // 0.3 = 30 % darker at the bottom
void shadowBehindHead(cv::Mat& bg, const Placement& at,
                      double depth);                   // soft dark blob beside/behind the head
void texture(cv::Mat& bg, Rng& rng, double amplitude); // blotchy cloth-like texture, grey levels

// The person layer.
void darkenOneSide(Layer& person, const Placement& at, double gainDarkSide, bool leftSide);
void recolourClothes(Layer& person, const Placement& at, Rgb colour, double amount);

// The finished image.
void blur(cv::Mat& img, double sigma);
void exposure(cv::Mat& img, double gain, double offset);
void colourCast(cv::Mat& img, double gainB, double gainG, double gainR);
void glareSpots(cv::Mat& img, const Placement& at, Rng& rng, int count, double radius);

} // namespace certphoto::synth::defect

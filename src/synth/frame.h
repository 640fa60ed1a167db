#pragma once
// Framing: where a portrait's face lands in the output photo, and the person layer rendered there.

#include "portraits.h"

#include <certphoto/synth/synth.h>

#include <opencv2/core.hpp>

#include <cstdint>
#include <random>
#include <string>

namespace certphoto::synth {

// Deterministic on every platform: no std:: distributions (their output is implementation-defined).
class Rng {
public:
    explicit Rng(std::uint64_t seed) : g_(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {}
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * static_cast<double>(g_() >> 11) * 0x1.0p-53;
    }
    int pick(int n) { return static_cast<int>(uniform(0, n)) % n; }
    bool chance(double p) { return uniform(0, 1) < p; }
    double sign() { return chance(0.5) ? -1.0 : 1.0; }

private:
    std::mt19937_64 g_;
};

// The target frame of a profile. Every shipped profile uses the CHSI frame: 480x640, crown 50-110 px below
// the top, eyes 200-300 px, face 180-300 px wide (the self-study notices ask for "standard ID framing").
struct FrameSpec {
    int width = 480, height = 640;
    double crownMin = 50, crownMax = 110;
    double eyesMin = 200, eyesMax = 300;
    double faceMin = 180, faceMax = 300;
};
FrameSpec frameFor(const std::string& profile);

// Where the person goes: scale from the portrait, roll of the eye line in degrees (positive = clockwise on
// screen; 0 = level, whatever the portrait's own roll) about the eye midpoint, and where that midpoint lands.
struct Pose {
    double scale = 1;
    double angleDeg = 0;
    cv::Point2d eyeMid;
};

// The pose that puts the crown at crownY, the face centre at centreX and the face faceWidth wide.
Pose poseFor(const Portrait& p, double faceWidth, double crownY, double centreX, double angleDeg = 0);

// The share of each band (crown, eyes, face width) the best compliant framing keeps to its nearest limit.
double compliantRoom(const Portrait& p, const FrameSpec& frame);

// The compliant pose with the most room to every limit of the frame, jittered a little (within a third of
// that room, or two thirds and up to 15 px off centre when wide) when jitter is true. The eye line is level,
// or keeps the portrait's own roll when keepRoll is true.
Pose compliantPose(const Portrait& p, const FrameSpec& frame, Rng& rng, bool jitter, bool wide = false,
                   bool keepRoll = false);

// The portrait's own roll in degrees (positive = clockwise on screen).
double ownRollDeg(const Portrait& p);

// The recorded geometry carried through the pose (crown and chin measured along the face's vertical).
Placement place(const Portrait& p, const Pose& pose);

cv::Matx23d transform(const Portrait& p, const Pose& pose);

// The person warped into the output: colour (CV_8UC3) and coverage (CV_8UC1, 255 = person).
struct Layer {
    cv::Mat bgr;
    cv::Mat alpha;
};
Layer renderPerson(const Portrait& p, const Pose& pose, cv::Size size, int cutout = 0);

// person over background (both CV_8UC3 of one size) -> CV_8UC3
cv::Mat composite(const Layer& person, const cv::Mat& background);

} // namespace certphoto::synth

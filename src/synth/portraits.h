#pragma once
// The portraits the synth places: each decoded once, with its cut-out (a soft alpha) and its face geometry
// recorded once by hand and cascade (see portraits.cpp), in the portrait's own pixels.

#include <opencv2/core.hpp>

#include <cmath>
#include <string>
#include <vector>

namespace certphoto::synth {

struct FaceGeometry {
    double crownY; // top of the hair (or cap) above the face centre
    double chinY;
    cv::Point2d eyeLeft; // the eye on the left of the image
    cv::Point2d eyeRight;
    double faceWidth;  // cheek to cheek
    bool lightClothes; // white/cream clothes: no contrast on a white or light grey background
};

struct Portrait {
    std::string name;
    FaceGeometry geometry;
    cv::Mat bgr;   // CV_8UC3, colours at the edge pulled from inside the person (no old background halo)
    cv::Mat alpha; // CV_8UC1, 255 = person, soft edge
    // The portrait as photographed where `bgr` had real reflections retouched out (Grace Hopper's glasses
    // glint: the notices say glasses must not reflect, so only the retouched one makes compliant photos).
    // Empty for portraits without such a fix.
    cv::Mat bgrAsShot;
    cv::Point2d eyeMid() const { return (geometry.eyeLeft + geometry.eyeRight) * 0.5; }
    // Radians, positive when the right eye (of the image) is lower: clockwise on screen.
    double roll() const {
        cv::Point2d d = geometry.eyeRight - geometry.eyeLeft;
        return std::atan2(d.y, d.x);
    }
};

// All portraits, loaded on first use (thread-safe); empty if the embedded assets cannot be decoded.
const std::vector<Portrait>& portraits();
const Portrait* findPortrait(const std::string& name);

} // namespace certphoto::synth

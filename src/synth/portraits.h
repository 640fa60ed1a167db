#pragma once
// The portraits the synth places: each decoded once, with several cut-outs (soft alphas made by different
// matting approaches, see cutouts.cpp) and its face geometry recorded once by hand (see portraits.cpp), in
// the portrait's own pixels. Mirrored copies are made on demand (mirrored()).

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
    cv::Point2d mouth; // the middle of the line between the lips
    double mouthWidth; // corner to corner
    bool glasses;      // wears glasses of her own
    bool headCovering; // wears a head covering of her own (never a compliant photo)
};

// One cut-out of the person: a soft alpha (CV_8UC1, 255 = person) and the matting approach that made it.
struct Cutout {
    std::string method;
    cv::Mat alpha;
};

struct Portrait {
    std::string name;
    FaceGeometry geometry;
    cv::Mat bgr;   // CV_8UC3, colours at the edge pulled from inside the person (no old background halo)
    cv::Mat alpha; // CV_8UC1, 255 = person, soft edge (the first of `cutouts`)
    std::vector<Cutout> cutouts;
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

// The portrait flipped left to right, geometry included (the eye on the left stays the one on the left).
Portrait mirrored(const Portrait& p);

} // namespace certphoto::synth

#include "portraits.h"

#include "assets.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace certphoto::synth {
namespace {

struct Entry {
    const char* name;
    FaceGeometry geometry;
};

// Measured once on the portraits in assets/ (source pixels). The crown is the top row of the cut-out mask
// over the middle of the face; eyes (pupil centres) from OpenCV's eye cascade (Grace Hopper's glasses defeat
// it: read by hand); chin read by hand off a pixel ruler. Cheek-to-cheek width is hard to read where hair or
// glasses cover the cheeks, so it is taken as 2.1 x the distance between the pupils (adult bizygomatic width
// ~130 mm over interpupillary distance ~62 mm); the hand readings were 5-15 % wider (212, 208, 190, 214, 285).
// prepare-masks writes the mask and prints the cascade's guesses; docs/accuracy.md says how.
constexpr double kFacePerEyes = 2.1;
const Entry kEntries[] = {
    {"grace-hopper-glasses", {40, 336, {229, 201}, {315, 201}, kFacePerEyes * 86, false}},
    {"portrait-plain-light", {14, 350, {212, 210}, {302, 214}, kFacePerEyes * 90, false}},
    {"portrait-plain-beige", {49, 404, {451, 276}, {534, 276}, kFacePerEyes * 83, true}},
    {"portrait-child", {50, 376, {280, 244}, {372, 245}, kFacePerEyes * 92, true}},
    {"portrait-street", {242, 777, {337, 516}, {469, 514}, kFacePerEyes * 132, true}},
};

cv::Mat decodeAsset(const std::string& name, int flags) {
    const assets::Asset* a = assets::find(name);
    if (!a) return {};
    cv::Mat raw(1, static_cast<int>(a->size), CV_8U, const_cast<unsigned char*>(a->data));
    return cv::imdecode(raw, flags);
}

// The hard mask becomes a soft alpha one pixel inside it; colours near the edge are replaced by a weighted
// average of person pixels only, so the old background does not show as a fringe on the new one.
bool prepare(Portrait& p) {
    p.bgr = decodeAsset(p.name + ".jpg", cv::IMREAD_COLOR);
    cv::Mat mask = decodeAsset(p.name + ".mask.png", cv::IMREAD_GRAYSCALE);
    if (p.bgr.empty() || mask.empty() || mask.size() != p.bgr.size()) return false;
    cv::Mat hard = mask > 127;
    cv::Mat inner;
    cv::erode(hard, inner, cv::getStructuringElement(cv::MORPH_ELLIPSE, {3, 3}));
    cv::GaussianBlur(inner, p.alpha, {0, 0}, 1.0);

    cv::Mat deep;
    cv::erode(hard, deep, cv::getStructuringElement(cv::MORPH_ELLIPSE, {7, 7}));
    cv::Mat w, img, wsum, avg;
    deep.convertTo(w, CV_32F, 1.0 / 255);
    p.bgr.convertTo(img, CV_32FC3);
    cv::Mat w3;
    cv::merge(std::vector<cv::Mat>{w, w, w}, w3);
    cv::GaussianBlur(img.mul(w3), avg, {0, 0}, 4.0);
    cv::GaussianBlur(w3, wsum, {0, 0}, 4.0);
    avg = avg / (wsum + cv::Scalar::all(1e-4));
    cv::Mat edge = hard & ~deep; // the band where the old background can bleed in
    cv::Mat avg8;
    avg.convertTo(avg8, CV_8UC3);
    avg8.copyTo(p.bgr, edge);
    // Outside the person: the average too, so a soft edge never blends in the old background.
    avg8.copyTo(p.bgr, ~hard);
    return true;
}

std::vector<Portrait> load() {
    std::vector<Portrait> out;
    for (const Entry& e : kEntries) {
        Portrait p;
        p.name = e.name;
        p.geometry = e.geometry;
        if (prepare(p)) out.push_back(std::move(p));
    }
    return out;
}

} // namespace

const std::vector<Portrait>& portraits() {
    static const std::vector<Portrait> all = load();
    return all;
}

const Portrait* findPortrait(const std::string& name) {
    for (const Portrait& p : portraits())
        if (p.name == name) return &p;
    return nullptr;
}

} // namespace certphoto::synth

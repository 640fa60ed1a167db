#include "portraits.h"

#include "assets.h"
#include "bareheaded.h"
#include "cutouts.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/photo.hpp>

#include <algorithm>

namespace certphoto::synth {
namespace {

struct Entry {
    const char* name;
    const char* asset; // the file in assets/ it is made from
    FaceGeometry geometry;
};

// Measured once on the portraits in assets/ (source pixels). The crown is the top row of the cut-out mask
// over the middle of the face. Eyes are pupil centres read by hand at 6x zoom off a pixel ruler (OpenCV's
// eye cascade, which prepare-masks prints, was within 5 px except behind Grace Hopper's glasses, where it
// found nothing). Chin and cheek-to-cheek width are read by hand off the ruler; the width was checked again
// on rendered photos (visible cheek to cheek within 5 % of the recorded width x scale). The mouth (middle of
// the line between the lips, and corner to corner) was read by hand at 3x zoom off a 10-px grid.
// grace-hopper-bareheaded is Grace Hopper with her naval cap taken off by code (bareheaded.cpp): her crown is
// the top of the hair drawn there.
const Entry kEntries[] = {
    {"portrait-plain-light",
     "portrait-plain-light",
     {14, 350, {216, 210}, {301, 215}, 208, false, {253, 303}, 70, false, false}},
    {"portrait-plain-beige",
     "portrait-plain-beige",
     {49, 404, {452, 272}, {531, 269}, 190, true, {495, 351}, 70, false, false}},
    {"portrait-child",
     "portrait-child",
     {50, 376, {285, 243}, {371, 246}, 214, true, {326, 328}, 62, false, false}},
    {"portrait-street",
     "portrait-street",
     {242, 777, {341, 513}, {467, 510}, 285, true, {405, 657}, 94, false, false}},
    {"grace-hopper-bareheaded",
     "grace-hopper-glasses",
     {kBareheadedCrownY, 336, {222, 190}, {305, 187}, 212, false, {268, 275}, 90, true, false}},
    {"grace-hopper-glasses",
     "grace-hopper-glasses",
     {40, 336, {222, 190}, {305, 187}, 212, false, {268, 275}, 90, true, true}},
};

// Real reflections on a portrait, retouched out of the compliant version: rectangles and levels read by hand
// off the darkest channel's values at 10x zoom (source pixels); inside a rectangle, pixels whose darkest
// channel is above its level (near-white glints; the frame around is below 60, the skin seen through the
// lens below 140) are filled in from around.
struct Reflection {
    const char* person;
    cv::Rect area;
    int level;
};
const Reflection kReflections[] = {
    {"grace-hopper-glasses", {324, 175, 12, 9}, 100}, // upper outer corner of the right lens (image right)
    {"grace-hopper-glasses", {334, 172, 10, 4}, 100}, // a streak along the frame above it
    {"grace-hopper-glasses", {184, 181, 10, 4}, 100}, // two small glints on the left frame's upper rim
    {"grace-hopper-glasses", {200, 180, 11, 5}, 150}, // on the left lens just under the rim
};

cv::Mat decodeAsset(const std::string& name, int flags) {
    const assets::Asset* a = assets::find(name);
    if (!a)
        return {};
    cv::Mat raw(1, static_cast<int>(a->size), CV_8U, const_cast<unsigned char*>(a->data));
    return cv::imdecode(raw, flags);
}

void retouchReflections(Portrait& p, const std::string& asset) {
    cv::Mat glints(p.bgr.size(), CV_8U, cv::Scalar(0));
    for (const Reflection& r : kReflections) {
        if (asset != r.person)
            continue;
        cv::Rect area = r.area & cv::Rect(0, 0, p.bgr.cols, p.bgr.rows);
        for (int y = area.y; y < area.br().y; ++y)
            for (int x = area.x; x < area.br().x; ++x) {
                const cv::Vec3b& c = p.bgr.at<cv::Vec3b>(y, x);
                if (std::min({c[0], c[1], c[2]}) > r.level)
                    glints.at<uchar>(y, x) = 255;
            }
    }
    if (cv::countNonZero(glints) == 0)
        return;
    p.bgrAsShot = p.bgr.clone();
    cv::dilate(glints, glints, cv::getStructuringElement(cv::MORPH_ELLIPSE, {3, 3}));
    cv::inpaint(p.bgrAsShot, glints, p.bgr, 3, cv::INPAINT_TELEA);
}

// The hard mask gives the cut-outs (cutouts.cpp); colours near the edge are replaced by a weighted average of
// person pixels only, so the old background does not show as a fringe on the new one.
bool prepare(Portrait& p, const std::string& asset, bool bareheaded) {
    cv::Mat original = decodeAsset(asset + ".jpg", cv::IMREAD_COLOR);
    cv::Mat mask = decodeAsset(asset + ".mask.png", cv::IMREAD_GRAYSCALE);
    if (original.empty() || mask.empty() || mask.size() != original.size())
        return false;
    cv::Mat hard = mask > 127;
    cv::Mat synthetic(hard.size(), CV_8U, cv::Scalar(0)); // pixels drawn by code, not photographed
    if (bareheaded)
        takeOffCap(original, hard, synthetic);
    p.cutouts = makeCutouts(original, hard, synthetic);
    p.alpha = p.cutouts.front().alpha;

    p.bgr = original.clone();
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
    retouchReflections(p, asset);
    return true;
}

std::vector<Portrait> load() {
    std::vector<Portrait> out;
    for (const Entry& e : kEntries) {
        Portrait p;
        p.name = e.name;
        p.geometry = e.geometry;
        if (prepare(p, e.asset, p.name == "grace-hopper-bareheaded"))
            out.push_back(std::move(p));
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
        if (p.name == name)
            return &p;
    return nullptr;
}

Portrait mirrored(const Portrait& p) {
    Portrait m;
    m.name = p.name;
    m.geometry = p.geometry;
    const double last = p.bgr.cols - 1;
    FaceGeometry& g = m.geometry;
    g.eyeLeft = {last - p.geometry.eyeRight.x, p.geometry.eyeRight.y};
    g.eyeRight = {last - p.geometry.eyeLeft.x, p.geometry.eyeLeft.y};
    g.mouth.x = last - p.geometry.mouth.x;
    cv::flip(p.bgr, m.bgr, 1);
    if (!p.bgrAsShot.empty())
        cv::flip(p.bgrAsShot, m.bgrAsShot, 1);
    for (const Cutout& c : p.cutouts) {
        Cutout f{c.method, {}};
        cv::flip(c.alpha, f.alpha, 1);
        m.cutouts.push_back(std::move(f));
    }
    m.alpha = m.cutouts.empty() ? cv::Mat() : m.cutouts.front().alpha;
    return m;
}

} // namespace certphoto::synth

#include <certphoto/synth/synth.h>

#include "defects.h"
#include "encode.h"
#include "face_defects.h"
#include "frame.h"
#include "portraits.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace certphoto::synth {

const char* toString(Strength s) {
    return s == Strength::Clear ? "clear" : "borderline";
}

std::string Photo::label() const {
    if (defect.empty())
        return "compliant";
    std::string out = defect + ":" + toString(strength);
    if (!variant.empty())
        out += ":" + variant;
    return out;
}

std::vector<std::string> persons() {
    std::vector<std::string> out;
    for (const Portrait& p : portraits())
        out.push_back(p.name);
    return out;
}

std::vector<std::string> personsWithHeadCovering() {
    std::vector<std::string> out;
    for (const Portrait& p : portraits())
        if (p.geometry.headCovering)
            out.push_back(p.name);
    return out;
}

std::vector<std::string> cutouts() {
    std::vector<std::string> out;
    if (!portraits().empty())
        for (const Cutout& c : portraits().front().cutouts)
            out.push_back(c.method);
    return out;
}

std::vector<std::string> personsWithReflections() {
    std::vector<std::string> out;
    for (const Portrait& p : portraits())
        if (!p.bgrAsShot.empty())
            out.push_back(p.name);
    return out;
}

// Below this share of room to the frame's limits a framing is too close to call compliant: measuring the
// crown or the cheeks a few pixels differently would flip it.
constexpr double kMinRoom = 0.10;

std::vector<Rgb> compliantBackgrounds(const std::string& person, const std::string& profile) {
    const Portrait* p = findPortrait(person);
    if (!p || p->geometry.headCovering || compliantRoom(*p, frameFor(profile)) < kMinRoom)
        return {};
    if (p->geometry.lightClothes)
        return {kLightBlue};
    return {kLightBlue, kWhite, kLightGrey};
}

std::vector<std::string> defects() {
    return {"background.color", "background.uniformity",
            "head.size",        "head.position",
            "head.tilt",        "eyes.line",
            "image.sharpness",  "image.exposure",
            "lighting.balance", "image.color",
            "glare.spots",      "clothing.contrast",
            "file.format",      "file.size",
            "image.dimensions", "image.decode",
            "face.count",       "head.covering",
            "eyes.open",        "mouth.closed",
            "glasses.tinted"};
}

namespace {

// The strength of every defect: {clear, borderline}. Limits of the CHSI frame for reference: crown 50-110,
// eyes 200-300, face 180-300 px; borderline values sit just past a limit, clear ones far past it.
struct Pair {
    double clear, borderline;
    double at(Strength s) const { return s == Strength::Clear ? clear : borderline; }
};
constexpr Pair kTiltDeg{9.0, 4.5};
constexpr Pair kFaceSmall{135, 166};
constexpr Pair kFaceBig{350, 318};
constexpr Pair kOffCentre{90, 42};
constexpr Pair kCrownHigh{18, 40};
constexpr Pair kCrownLow{155, 122};
constexpr Pair kEyesLow{325, 309};
constexpr Pair kBlurSigma{3.2, 1.6};
constexpr Pair kDark{0.45, 0.68};
constexpr Pair kBright{1.55, 1.22};
constexpr Pair kSideGain{0.45, 0.68};
constexpr Pair kCast{0.30, 0.15};
constexpr Pair kGradient{0.35, 0.16};
constexpr Pair kShadow{0.45, 0.22};
constexpr Pair kTexture{16, 7};
constexpr Pair kClothes{1.0, 0.8};

struct Scene {
    const Portrait* portrait = nullptr;
    FrameSpec frame;
    Pose pose;
    Placement placement; // compliant framing, reported to the caller
    Placement actual;    // where the person really is after a geometric defect
    Rgb background;
    std::string variant;
};

Error unknown(const std::string& what, const std::string& name) {
    return makeError("synth." + what, "unknown " + what + ": " + name);
}

cv::Mat renderScene(Scene& s, const Request& r, Rng& rng) {
    const Strength st = r.strength;
    const std::string& d = r.defect;
    // As photographed: the portrait's real reflections left in (see Portrait::bgrAsShot).
    Portrait asShot;
    if (r.asShot) {
        asShot = *s.portrait;
        asShot.bgr = s.portrait->bgrAsShot;
    }
    const Portrait& p = r.asShot ? asShot : *s.portrait;
    const cv::Size size(s.frame.width, s.frame.height);
    Pose pose = s.pose;
    const Placement& at = s.placement;
    const double centre = s.frame.width / 2.0;

    // Geometry.
    if (d == "head.tilt") {
        double sign = rng.sign();
        pose.angleDeg = sign * kTiltDeg.at(st);
        s.variant = sign < 0 ? "left" : "right";
    } else if (d == "head.size") {
        bool small = rng.chance(0.5);
        double face = small ? kFaceSmall.at(st) : kFaceBig.at(st);
        // Keep the eyes where they were, so only the size is wrong (a big head pushes the crown up).
        pose = poseFor(p, face, at.crownY, at.faceCentreX);
        double eyeY = (at.eyeLeftY + at.eyeRightY) / 2;
        pose.eyeMid.y = small ? std::max(pose.eyeMid.y, eyeY) : eyeY;
        s.variant = small ? "too-small" : "too-big";
    } else if (d == "head.position") {
        int which = rng.pick(3);
        if (which == 0) {
            double sign = rng.sign();
            pose.eyeMid.x = centre + sign * kOffCentre.at(st);
            s.variant = sign < 0 ? "off-centre-left" : "off-centre-right";
        } else {
            double crown = which == 1 ? kCrownHigh.at(st) : kCrownLow.at(st);
            pose.eyeMid.y += crown - at.crownY;
            s.variant = which == 1 ? "crown-too-high" : "crown-too-low";
        }
    } else if (d == "eyes.line") {
        // Eyes below the band with the crown still inside its band: a larger face, lower.
        double eyes = kEyesLow.at(st), crown = 106;
        double face = (eyes - crown) / (p.eyeMid().y - p.geometry.crownY) * p.geometry.faceWidth;
        pose = poseFor(p, face, crown, at.faceCentreX);
        s.variant = "eyes-low";
    }
    s.actual = place(p, pose);

    // Background.
    Rgb bgColour = s.background;
    if (d == "background.color") {
        static const Rgb clear[] = {{200, 40, 45}, {70, 72, 80}, {215, 185, 140}};
        static const char* clearNames[] = {"red", "dark", "beige"};
        static const Rgb border[] = {{236, 226, 206}, {150, 200, 150}, {205, 205, 205}};
        static const char* borderNames[] = {"pale-beige", "pale-green", "mid-grey"};
        int i = rng.pick(3);
        bgColour = st == Strength::Clear ? clear[i] : border[i];
        s.variant = st == Strength::Clear ? clearNames[i] : borderNames[i];
    }
    cv::Mat bg = defect::solidBackground(size, bgColour);
    if (d == "background.uniformity") {
        int which = rng.pick(3);
        if (which == 0)
            defect::verticalGradient(bg, kGradient.at(st));
        if (which == 1)
            defect::shadowBehindHead(bg, s.actual, kShadow.at(st));
        if (which == 2)
            defect::texture(bg, rng, kTexture.at(st));
        static const char* names[] = {"gradient", "shadow", "texture"};
        s.variant = names[which];
    }

    // The person.
    cv::Mat img;
    if (d == "face.count" && st == Strength::Clear) {
        img = bg; // nobody in the photo
        s.actual = Placement{};
        s.variant = "no-face";
    } else {
        Layer person = renderPerson(p, pose, size, r.cutout);
        const bool clear = st == Strength::Clear;
        if (d == "head.covering")
            s.variant =
                p.geometry.headCovering ? "own-cap" : defect::headCovering(person, s.actual, rng, clear);
        if (d == "eyes.open")
            s.variant = defect::closeEyes(person, s.actual, rng, clear);
        if (d == "mouth.closed")
            s.variant = defect::openMouth(person, s.actual, rng, clear);
        if (d == "glasses.tinted")
            s.variant = defect::tintGlasses(person, s.actual, rng, clear, p.geometry.glasses);
        if (d == "lighting.balance") {
            bool left = rng.chance(0.5);
            defect::darkenOneSide(person, s.actual, kSideGain.at(st), left);
            s.variant = left ? "left-dark" : "right-dark";
        }
        if (d == "clothing.contrast") {
            defect::recolourClothes(person, s.actual, bgColour, kClothes.at(st));
            s.variant = "clothes-like-background";
        }
        if (d == "face.count") {
            // A second person beside the first, both smaller: a group photo cut down.
            const auto& all = portraits();
            std::size_t self = 0;
            while (self < all.size() && all[self].name != p.name)
                ++self;
            const Portrait* other = &all[(self + 1) % all.size()];
            Pose left = poseFor(p, 150, 110, centre - 105);
            Pose right = poseFor(*other, 150, 125, centre + 110);
            img = composite(renderPerson(*other, right, size), bg);
            img = composite(renderPerson(p, left, size), img);
            s.actual = place(p, left);
            s.variant = "two-faces";
        } else {
            img = composite(person, bg);
        }
    }

    // The whole image.
    if (d == "image.sharpness") {
        defect::blur(img, kBlurSigma.at(st));
        s.variant = "blur";
    } else if (d == "image.exposure") {
        bool dark = rng.chance(0.5);
        if (dark)
            defect::exposure(img, kDark.at(st), 0);
        else
            defect::exposure(img, kBright.at(st), st == Strength::Clear ? 40 : 18);
        s.variant = dark ? "dark" : "blown-out";
    } else if (d == "image.color") {
        double c = kCast.at(st);
        int which = rng.pick(3);
        if (which == 0)
            defect::colourCast(img, 1 - c, 1 - c / 3, 1 + c / 3); // warm / yellow-orange
        if (which == 1)
            defect::colourCast(img, 1 + c / 3, 1 - c / 4, 1 - c); // cold / blue
        if (which == 2)
            defect::colourCast(img, 1 - c / 2, 1 + c / 4, 1 - c / 2); // green
        static const char* names[] = {"warm", "cold", "green"};
        s.variant = names[which];
    } else if (d == "glare.spots") {
        if (r.asShot) {
            s.variant = "as-shot"; // the portrait's own glints, none added
        } else {
            if (st == Strength::Clear)
                defect::glareSpots(img, s.actual, rng, 3, 5.0);
            else
                defect::glareSpots(img, s.actual, rng, 1, 3.5);
            s.variant = "spots";
        }
    }
    return img;
}

// JPEG at a lower quality until the file is at most `target` bytes.
std::vector<std::uint8_t> encodeAtMost(const cv::Mat& img, std::size_t target) {
    std::vector<std::uint8_t> out;
    for (int q = 60; q >= 2; q -= (q > 20 ? 6 : 2)) {
        out = encodeJpeg(img, q);
        if (out.size() <= target)
            break;
    }
    return out;
}

std::vector<std::uint8_t> encodeScene(cv::Mat img, const Request& r, Scene& s, Photo& photo) {
    const Strength st = r.strength;
    const std::string& d = r.defect;
    const SizeRange range = sizeRangeFor(r.profile);
    photo.width = img.cols;
    photo.height = img.rows;
    if (d == "image.dimensions") {
        cv::Size to = st == Strength::Clear ? cv::Size(360, 480) : cv::Size(472, 630);
        const double fx = static_cast<double>(to.width) / img.cols,
                     fy = static_cast<double>(to.height) / img.rows;
        cv::resize(img, img, to, 0, 0, cv::INTER_AREA);
        Placement& a = s.actual;
        a.crownY *= fy, a.chinY *= fy, a.eyeLeftY *= fy, a.eyeRightY *= fy;
        a.eyeLeftX *= fx, a.eyeRightX *= fx, a.faceCentreX *= fx, a.faceWidth *= fx;
        photo.width = to.width;
        photo.height = to.height;
        s.variant = std::to_string(to.width) + "x" + std::to_string(to.height);
        return encodeInRange(img, range);
    }
    if (d == "file.format") {
        s.variant = st == Strength::Clear ? "png" : "webp";
        if (st == Strength::Clear)
            return encodePng(img);
        std::vector<std::uint8_t> out;
        cv::imencode(".webp", img, out, {cv::IMWRITE_WEBP_QUALITY, 90});
        if (out.empty())
            out = encodePng(img), s.variant = "png";
        return out;
    }
    if (d == "file.size") {
        if (r.profile == "selfstudy-degree-2020") {
            s.variant = "too-big";
            return padJpeg(encodeJpeg(img, 95), st == Strength::Clear ? 2600 * 1024 : 2100 * 1024);
        }
        s.variant = "too-small";
        if (st == Strength::Clear)
            return encodeAtMost(img, 9 * 1024);
        std::size_t lo = r.profile == "selfstudy-degree" ? 30 * 1024 : 20 * 1024;
        return encodeAtMost(img, lo - lo / 8);
    }
    std::vector<std::uint8_t> out = encodeInRange(img, range);
    if (d == "image.decode") {
        // Cut short: clear loses the lower part of the picture, borderline only the last bytes (no end
        // marker).
        std::size_t keep = st == Strength::Clear ? out.size() * 55 / 100
                                                 : out.size() - std::min<std::size_t>(out.size() / 50, 600);
        out.resize(keep);
        s.variant = "truncated";
    }
    return out;
}

} // namespace

Result<Photo> make(const Request& r) {
    const Portrait* p = findPortrait(r.person);
    if (!p)
        return unknown("person", r.person);
    // The profiles whose frame and file size the synth knows (frame.cpp, encode.cpp).
    if (r.profile != "chsi-graduation" && r.profile != "selfstudy-degree" &&
        r.profile != "selfstudy-degree-2020")
        return unknown("profile", r.profile);
    if (!r.defect.empty()) {
        auto all = defects();
        if (std::find(all.begin(), all.end(), r.defect) == all.end())
            return unknown("defect", r.defect);
    }
    if (r.asShot && (r.defect != "glare.spots" || p->bgrAsShot.empty()))
        return makeError("synth.request",
                         "only a portrait with real reflections can be made as shot, as a glare.spots case");
    // A person in her own head covering has that defect already: any other would make two at once.
    if (p->geometry.headCovering && (r.defect != "head.covering" || r.strength != Strength::Clear))
        return makeError("synth.request",
                         r.person + " wears a head covering: only clear head.covering cases");
    if (r.cutout < 0 || r.cutout >= static_cast<int>(p->cutouts.size()))
        return makeError("synth.request", "no cut-out " + std::to_string(r.cutout));
    try {
        Rng rng(r.seed);
        const Portrait chosen = r.mirrored ? mirrored(*p) : *p;
        Scene s;
        s.portrait = &chosen;
        s.frame = frameFor(r.profile);
        s.pose = compliantPose(chosen, s.frame, rng, true, r.framing == 1, !r.levelled);
        s.placement = place(chosen, s.pose);
        s.background = r.background;
        cv::Mat img = renderScene(s, r, rng);
        Photo photo;
        photo.bytes = encodeScene(img, r, s, photo);
        photo.person = r.person;
        photo.defect = r.defect;
        photo.strength = r.strength;
        photo.variant = s.variant;
        photo.placement = s.placement;
        photo.actual = s.actual;
        photo.mirrored = r.mirrored;
        photo.rollDeg = s.actual.faceWidth > 0 ? std::atan2(s.actual.eyeRightY - s.actual.eyeLeftY,
                                                            s.actual.eyeRightX - s.actual.eyeLeftX) *
                                                     180 / CV_PI
                                               : 0;
        photo.cutout = chosen.cutouts[static_cast<std::size_t>(r.cutout)].method;
        photo.framing = r.framing == 1 ? "wide" : "centred";
        return photo;
    } catch (const cv::Exception& e) {
        return makeError("synth.opencv", e.what());
    }
}

} // namespace certphoto::synth

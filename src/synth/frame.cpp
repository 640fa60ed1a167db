#include "frame.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace certphoto::synth {

FrameSpec frameFor(const std::string&) {
    return FrameSpec{};
}

namespace {
double crownToEyes(const Portrait& p) {
    return p.eyeMid().y - p.geometry.crownY;
}

// How far (as a share of each band) the framing stays from its nearest limit.
double room(const FrameSpec& f, double crown, double eyes, double face) {
    auto in = [](double v, double lo, double hi) { return std::min(v - lo, hi - v) / (hi - lo); };
    return std::min(
        {in(crown, f.crownMin, f.crownMax), in(eyes, f.eyesMin, f.eyesMax), in(face, f.faceMin, f.faceMax)});
}
} // namespace

Pose poseFor(const Portrait& p, double faceWidth, double crownY, double centreX, double angleDeg) {
    Pose pose;
    pose.scale = faceWidth / p.geometry.faceWidth;
    pose.angleDeg = angleDeg;
    pose.eyeMid = {centreX, crownY + pose.scale * crownToEyes(p)};
    return pose;
}

namespace {
struct Best {
    double room = -1e9, face = 0, crown = 0;
};

// A small search: the face width and crown with the most room to every limit.
Best bestFraming(const Portrait& p, const FrameSpec& f) {
    double bestRoom = -1e9, bestFace = 0, bestCrown = 0;
    for (double face = f.faceMin; face <= f.faceMax; face += 2) {
        for (double crown = f.crownMin; crown <= f.crownMax; crown += 1) {
            double eyes = crown + face / p.geometry.faceWidth * crownToEyes(p);
            // Prefer a crown near 80 and a face near 230 when the room is equal (typical ID framing).
            double r =
                room(f, crown, eyes, face) - 0.0005 * std::abs(crown - 80) - 0.0002 * std::abs(face - 230);
            if (r > bestRoom) {
                bestRoom = r;
                bestFace = face;
                bestCrown = crown;
            }
        }
    }
    return {room(f, bestCrown, bestCrown + bestFace / p.geometry.faceWidth * crownToEyes(p), bestFace),
            bestFace, bestCrown};
}
} // namespace

double compliantRoom(const Portrait& p, const FrameSpec& f) {
    return bestFraming(p, f).room;
}

Pose compliantPose(const Portrait& p, const FrameSpec& f, Rng& rng, bool jitter, bool wide, bool keepRoll) {
    const Best b = bestFraming(p, f);
    double bestRoom = b.room, bestFace = b.face, bestCrown = b.crown;
    double centre = f.width / 2.0;
    if (jitter) {
        double r = std::max(0.0, bestRoom) * (wide ? 2.0 / 3 : 1.0 / 3);
        bestFace *= 1 + rng.uniform(-r, r) * (f.faceMax - f.faceMin) / bestFace;
        bestCrown += rng.uniform(-r, r) * (f.crownMax - f.crownMin);
        centre += wide ? rng.uniform(-15, 15) : rng.uniform(-6, 6);
    }
    return poseFor(p, bestFace, bestCrown, centre, keepRoll ? ownRollDeg(p) : 0);
}

double ownRollDeg(const Portrait& p) {
    return p.roll() * 180 / CV_PI;
}

cv::Matx23d transform(const Portrait& p, const Pose& pose) {
    // out = R * s * (in - eyeMidSrc) + eyeMidOut; y points down, so a positive angle turns clockwise.
    // The portrait's own roll is taken out first, so angle 0 means level eyes.
    double a = pose.angleDeg * CV_PI / 180 - p.roll(), c = std::cos(a) * pose.scale,
           s = std::sin(a) * pose.scale;
    cv::Point2d m = p.eyeMid();
    return {c, -s, pose.eyeMid.x - (c * m.x - s * m.y), s, c, pose.eyeMid.y - (s * m.x + c * m.y)};
}

Placement place(const Portrait& p, const Pose& pose) {
    cv::Matx23d t = transform(p, pose);
    auto map = [&](cv::Point2d q) {
        return cv::Point2d(t(0, 0) * q.x + t(0, 1) * q.y + t(0, 2), t(1, 0) * q.x + t(1, 1) * q.y + t(1, 2));
    };
    const FaceGeometry& g = p.geometry;
    cv::Point2d el = map(g.eyeLeft), er = map(g.eyeRight);
    cv::Point2d crown = map({p.eyeMid().x, g.crownY}), chin = map({p.eyeMid().x, g.chinY});
    Placement out;
    out.crownY = crown.y;
    out.chinY = chin.y;
    out.eyeLeftX = el.x;
    out.eyeLeftY = el.y;
    out.eyeRightX = er.x;
    out.eyeRightY = er.y;
    out.faceWidth = g.faceWidth * pose.scale;
    out.faceCentreX = (el.x + er.x) / 2;
    const cv::Point2d mouth = map(g.mouth);
    out.mouthX = mouth.x;
    out.mouthY = mouth.y;
    out.mouthWidth = g.mouthWidth * pose.scale;
    return out;
}

Layer renderPerson(const Portrait& p, const Pose& pose, cv::Size size, int cutout) {
    cv::Mat t(transform(p, pose));
    Layer layer;
    // Replicated borders: the body continues below the portrait's bottom edge as its last row.
    cv::warpAffine(p.bgr, layer.bgr, t, size, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    const cv::Mat& alpha = cutout >= 0 && cutout < static_cast<int>(p.cutouts.size())
                               ? p.cutouts[static_cast<std::size_t>(cutout)].alpha
                               : p.alpha;
    cv::warpAffine(alpha, layer.alpha, t, size, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return layer;
}

cv::Mat composite(const Layer& person, const cv::Mat& background) {
    cv::Mat out(background.size(), CV_8UC3);
    for (int y = 0; y < out.rows; ++y) {
        const uchar* a = person.alpha.ptr<uchar>(y);
        const uchar* f = person.bgr.ptr<uchar>(y);
        const uchar* b = background.ptr<uchar>(y);
        uchar* o = out.ptr<uchar>(y);
        for (int x = 0; x < out.cols; ++x) {
            const int w = a[x];
            for (int c = 3 * x; c < 3 * x + 3; ++c)
                o[c] = static_cast<uchar>((w * f[c] + (255 - w) * b[c] + 127) / 255);
        }
    }
    return out;
}

} // namespace certphoto::synth

#include "face_defects.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace certphoto::synth::defect {
namespace {

// The face's own axes: u along the eye line (left to right), v down the face, from the eye midpoint.
struct Axes {
    cv::Point2d mid, u, v;
    double angleDeg = 0;
    double eyeDistance = 0;
    cv::Point2d at(double across, double down) const { return mid + across * u + down * v; }
};

Axes axesOf(const Placement& at) {
    Axes a;
    const cv::Point2d l{at.eyeLeftX, at.eyeLeftY}, r{at.eyeRightX, at.eyeRightY};
    a.mid = (l + r) * 0.5;
    const cv::Point2d d = r - l;
    a.eyeDistance = std::hypot(d.x, d.y);
    a.u = d * (1.0 / std::max(1e-6, a.eyeDistance));
    a.v = {-a.u.y, a.u.x};
    a.angleDeg = std::atan2(d.y, d.x) * 180 / CV_PI;
    return a;
}

cv::Point pt(cv::Point2d p) {
    return {cvRound(p.x), cvRound(p.y)};
}

cv::Size sz(double a, double b) {
    return {std::max(1, cvRound(a)), std::max(1, cvRound(b))};
}

cv::Mat blank(const Layer& person) {
    return cv::Mat(person.bgr.size(), CV_8U, cv::Scalar(0));
}

// Soft coverage (0..1) from a drawn 8-bit mask.
cv::Mat soften(const cv::Mat& mask, double sigma) {
    cv::Mat f;
    mask.convertTo(f, CV_32F, 1.0 / 255);
    if (sigma > 0)
        cv::GaussianBlur(f, f, {0, 0}, sigma);
    return f;
}

// Paints `paint` (CV_8UC3) over the person where `cover` (CV_32F 0..1) says, and makes those pixels person.
void paintOver(Layer& person, const cv::Mat& paint, const cv::Mat& cover) {
    for (int y = 0; y < person.bgr.rows; ++y) {
        const float* c = cover.ptr<float>(y);
        const cv::Vec3b* s = paint.ptr<cv::Vec3b>(y);
        cv::Vec3b* o = person.bgr.ptr<cv::Vec3b>(y);
        uchar* a = person.alpha.ptr<uchar>(y);
        for (int x = 0; x < person.bgr.cols; ++x) {
            if (c[x] <= 0.002f)
                continue;
            for (int k = 0; k < 3; ++k)
                o[x][k] = cv::saturate_cast<uchar>(o[x][k] + c[x] * (s[x][k] - o[x][k]));
            a[x] = cv::saturate_cast<uchar>(std::max<float>(a[x], 255 * c[x]));
        }
    }
}

cv::Vec3d meanBgr(const Layer& person, cv::Point2d centre, double half) {
    cv::Rect r(pt(centre - cv::Point2d(half, half)), sz(2 * half, 2 * half));
    r &= cv::Rect(0, 0, person.bgr.cols, person.bgr.rows);
    if (r.empty())
        return {128, 128, 128};
    cv::Scalar m = cv::mean(person.bgr(r));
    return {m[0], m[1], m[2]};
}

// A fabric: the colour with fine noise, a little darker towards the lower edge, ribs for knitwear.
cv::Mat fabric(const Layer& person, const Axes& ax, cv::Vec3d bgr, Rng& rng, double ribPeriod) {
    cv::Mat noise(person.bgr.size(), CV_32F);
    for (int y = 0; y < noise.rows; ++y)
        for (int x = 0; x < noise.cols; ++x)
            noise.at<float>(y, x) = static_cast<float>(rng.uniform(-1, 1));
    cv::GaussianBlur(noise, noise, {0, 0}, 1.0);
    cv::Mat out(person.bgr.size(), CV_8UC3);
    for (int y = 0; y < out.rows; ++y)
        for (int x = 0; x < out.cols; ++x) {
            const cv::Point2d q = cv::Point2d(x, y) - ax.mid;
            const double across = q.dot(ax.u), down = q.dot(ax.v);
            double shade = 1.0 - 0.10 * std::clamp(std::abs(across) / ax.eyeDistance - 0.6, 0.0, 1.0);
            if (ribPeriod > 0)
                shade *= 0.9 + 0.1 * std::cos(2 * CV_PI * across / ribPeriod);
            shade *= 1.0 + 0.0008 * std::clamp(down + 2 * ax.eyeDistance, -100.0, 100.0);
            const double n = 7 * noise.at<float>(y, x);
            for (int k = 0; k < 3; ++k)
                out.at<cv::Vec3b>(y, x)[k] = cv::saturate_cast<uchar>(bgr[k] * shade + n);
        }
    return out;
}

const cv::Vec3d kFabrics[] = {{40, 35, 170}, {110, 45, 30}, {95, 140, 170}, {70, 110, 40}, {60, 30, 110}};
const char* kFabricNames[] = {"red", "navy", "khaki", "green", "maroon"};

} // namespace

std::string headCovering(Layer& person, const Placement& at, Rng& rng, bool clear) {
    const Axes ax = axesOf(at);
    const double fw = at.faceWidth;
    const double crown = -(ax.mid.y - at.crownY); // along v, from the eyes (negative: above)
    const double chin = at.chinY - ax.mid.y;
    cv::Mat mask = blank(person);
    std::string variant;
    int colour = rng.pick(5);
    cv::Vec3d bgr = kFabrics[colour];
    double rib = 0;
    if (clear) {
        const int kind = rng.pick(3);
        const double band = -0.30 * fw; // the cap's lower edge: across the top of the forehead
        if (kind == 0 || kind == 1) {
            const double lift = kind == 1 ? 0.10 * fw : 0.02 * fw; // a hat's crown stands higher
            const double halfWidth = kind == 1 ? 0.52 * fw : 0.58 * fw;
            cv::ellipse(mask, pt(ax.at(0, band)), sz(halfWidth, band - crown + lift), ax.angleDeg, 180, 360,
                        cv::Scalar(255), cv::FILLED, cv::LINE_AA);
            // The brim: a cap's peak, or a hat's round brim beyond the head.
            const cv::Size brim = kind == 1 ? sz(0.95 * fw, 0.11 * fw) : sz(0.62 * fw, 0.07 * fw);
            cv::ellipse(mask, pt(ax.at(0, band)), brim, ax.angleDeg, 0, 360, cv::Scalar(255), cv::FILLED,
                        cv::LINE_AA);
            variant = std::string(kind == 1 ? "hat-" : "cap-") + kFabricNames[colour];
        } else {
            // A headscarf: the whole head but the face's oval, and the neck below.
            const double top = -0.22 * fw;
            cv::ellipse(mask, pt(ax.at(0, (crown + chin) / 2)), sz(0.66 * fw, (chin - crown) / 2 + 6),
                        ax.angleDeg, 0, 360, cv::Scalar(255), cv::FILLED, cv::LINE_AA);
            std::vector<cv::Point> neck = {
                pt(ax.at(-0.45 * fw, chin - 0.1 * fw)), pt(ax.at(0.45 * fw, chin - 0.1 * fw)),
                pt(ax.at(0.55 * fw, chin + 0.35 * fw)), pt(ax.at(-0.55 * fw, chin + 0.35 * fw))};
            cv::fillConvexPoly(mask, neck, cv::Scalar(255), cv::LINE_AA);
            cv::ellipse(mask, pt(ax.at(0, (top + chin) / 2 + 0.01 * fw)), sz(0.41 * fw, (chin - top) / 2),
                        ax.angleDeg, 0, 360, cv::Scalar(0), cv::FILLED, cv::LINE_AA);
            variant = std::string("scarf-") + kFabricNames[colour];
        }
    } else {
        // Over the top of the hair only, dark like the hair itself or small.
        if (rng.chance(0.5)) {
            const double band = crown + 0.38 * (0 - crown);
            cv::ellipse(mask, pt(ax.at(0, band)), sz(0.56 * fw, band - crown + 2), ax.angleDeg, 180, 360,
                        cv::Scalar(255), cv::FILLED, cv::LINE_AA);
            bgr = {38, 34, 36};
            rib = 0.05 * fw;
            variant = "beanie-dark";
        } else {
            const double band = crown + 0.22 * (0 - crown);
            cv::ellipse(mask, pt(ax.at(0, band)), sz(0.30 * fw, band - crown + 2), ax.angleDeg, 180, 360,
                        cv::Scalar(255), cv::FILLED, cv::LINE_AA);
            cv::ellipse(mask, pt(ax.at(0, band)), sz(0.30 * fw, 0.03 * fw), ax.angleDeg, 0, 360,
                        cv::Scalar(255), cv::FILLED, cv::LINE_AA);
            variant = std::string("skullcap-") + kFabricNames[colour];
        }
    }
    paintOver(person, fabric(person, ax, bgr, rng, rib), soften(mask, 0.8));
    return variant;
}

std::string closeEyes(Layer& person, const Placement& at, Rng& rng, bool clear) {
    const Axes ax = axesOf(at);
    const double ed = ax.eyeDistance;
    const double hw = 0.25 * ed, hh = 0.5 * hw; // the eye opening's half width and half height
    std::string variant = clear ? "both-closed" : "half-closed";
    bool eyes[2] = {true, true};
    if (clear && rng.chance(0.33)) {
        const int open = rng.pick(2);
        eyes[open] = false;
        variant = open == 0 ? "right-closed" : "left-closed";
    }
    const cv::Point2d centres[2] = {{at.eyeLeftX, at.eyeLeftY}, {at.eyeRightX, at.eyeRightY}};
    for (int e = 0; e < 2; ++e) {
        if (!eyes[e])
            continue;
        const cv::Point2d c = centres[e];
        // The lid is the skin just under the eye, a little darker towards its crease.
        const cv::Vec3d skin = meanBgr(person, c + 0.36 * ed * ax.v, 0.05 * ed);
        cv::Mat lid = blank(person);
        cv::ellipse(lid, pt(c), sz(1.2 * hw, 1.5 * hh), ax.angleDeg, 0, 360, cv::Scalar(255), cv::FILLED,
                    cv::LINE_AA);
        const double edge = clear ? 0.35 * hh : 0.15 * hh; // where the lid ends, below the eye's centre
        if (!clear) {
            // Only above the lid's edge: the lower part of the iris stays visible.
            std::vector<cv::Point> below = {pt(c + edge * ax.v - 2 * hw * ax.u),
                                            pt(c + edge * ax.v + 2 * hw * ax.u),
                                            pt(c + (edge + 3 * hh) * ax.v + 2 * hw * ax.u),
                                            pt(c + (edge + 3 * hh) * ax.v - 2 * hw * ax.u)};
            cv::fillConvexPoly(lid, below, cv::Scalar(0), cv::LINE_AA);
        }
        cv::Mat paint(person.bgr.size(), CV_8UC3);
        for (int y = 0; y < paint.rows; ++y)
            for (int x = 0; x < paint.cols; ++x) {
                const double down = (cv::Point2d(x, y) - c).dot(ax.v) / hh; // -1.5 .. 1.5 over the lid
                const double shade = 0.93 + 0.05 * std::clamp(down + 0.5, 0.0, 1.0);
                for (int k = 0; k < 3; ++k)
                    paint.at<cv::Vec3b>(y, x)[k] = cv::saturate_cast<uchar>(skin[k] * shade);
            }
        // The lash line along the lid's edge, curving down at its middle.
        const int thick = std::max(1, cvRound(0.07 * hw));
        if (clear)
            cv::ellipse(paint, pt(c + (edge - 0.45 * hh) * ax.v), sz(1.0 * hw, 0.45 * hh), ax.angleDeg, 15,
                        165, cv::Scalar(35, 30, 32), thick, cv::LINE_AA);
        else
            cv::line(paint, pt(c + edge * ax.v - 1.0 * hw * ax.u), pt(c + edge * ax.v + 1.0 * hw * ax.u),
                     cv::Scalar(35, 30, 32), thick + 1, cv::LINE_AA);
        paintOver(person, paint, soften(lid, 0.12 * hh + 0.4));
    }
    return variant;
}

std::string openMouth(Layer& person, const Placement& at, Rng& rng, bool clear) {
    const Axes ax = axesOf(at);
    const double mw = at.mouthWidth;
    const cv::Point2d m{at.mouthX, at.mouthY};
    const bool smile = clear && rng.chance(0.4);
    const double halfWidth = (smile ? 0.40 : 0.34) * mw;
    const double halfHeight = clear ? (smile ? 0.10 : 0.16) * mw : 0.055 * mw;
    const double teethShare = smile ? 0.8 : 0.55; // of the gap's height, from its top
    const cv::Vec3d lip = meanBgr(person, m + 0.14 * mw * ax.v, 0.04 * mw);
    cv::Mat gap = blank(person);
    cv::ellipse(gap, pt(m), sz(halfWidth, halfHeight), ax.angleDeg, 0, 360, cv::Scalar(255), cv::FILLED,
                cv::LINE_AA);
    cv::Mat paint(person.bgr.size(), CV_8UC3);
    const double toothWidth = 0.10 * mw;
    for (int y = 0; y < paint.rows; ++y)
        for (int x = 0; x < paint.cols; ++x) {
            const cv::Point2d q = cv::Point2d(x, y) - m;
            const double across = q.dot(ax.u), down = q.dot(ax.v);
            const double fromTop = (down + halfHeight) / (2 * halfHeight);
            cv::Vec3b& o = paint.at<cv::Vec3b>(y, x);
            if (fromTop < teethShare) {
                // Teeth: bright, nearly grey, a darker seam between each.
                // The upper lip shades the teeth's top; the corners are in the mouth's shadow.
                const double seam = std::abs(std::remainder(across, toothWidth)) < 0.7 ? 0.88 : 1.0;
                const double lipShadow = 0.8 + 0.2 * std::min(1.0, fromTop / 0.25);
                const double shade =
                    seam * lipShadow * (1.0 - 0.25 * std::pow(std::abs(across) / halfWidth, 3));
                o = cv::Vec3b(cv::saturate_cast<uchar>(214 * shade), cv::saturate_cast<uchar>(222 * shade),
                              cv::saturate_cast<uchar>(228 * shade));
            } else {
                o = cv::Vec3b(32, 26, 58); // the dark of the open mouth
            }
        }
    if (clear && !smile) {
        // The lips, pushed apart, frame the gap.
        cv::ellipse(paint, pt(m), sz(halfWidth, halfHeight), ax.angleDeg, 0, 360,
                    cv::Scalar(lip[0], lip[1], lip[2]), std::max(1, cvRound(0.04 * mw)), cv::LINE_AA);
    }
    paintOver(person, paint, soften(gap, 0.7));
    return smile ? "teeth-smile" : clear ? "open-teeth" : "parted-teeth";
}

std::string tintGlasses(Layer& person, const Placement& at, Rng& rng, bool clear, bool ownGlasses) {
    const Axes ax = axesOf(at);
    const double ed = ax.eyeDistance;
    const double transmission = clear ? 0.30 : 0.68;
    cv::Vec3d tint{35, 42, 50}; // grey-brown
    std::string variant = "sunglasses";
    if (!clear) {
        const bool amber = rng.chance(0.5);
        tint = amber ? cv::Vec3d(40, 110, 160) : cv::Vec3d(120, 85, 60);
        variant = amber ? "amber" : "blue-grey";
    }
    const cv::Size lens = ownGlasses ? sz(0.36 * ed, 0.27 * ed) : sz(0.31 * ed, 0.23 * ed);
    const double drop = ownGlasses ? 0.06 * ed : 0.04 * ed;
    const cv::Point2d centres[2] = {cv::Point2d(at.eyeLeftX, at.eyeLeftY) + drop * ax.v,
                                    cv::Point2d(at.eyeRightX, at.eyeRightY) + drop * ax.v};
    cv::Mat lenses = blank(person);
    for (const cv::Point2d& c : centres)
        cv::ellipse(lenses, pt(c), lens, ax.angleDeg, 0, 360, cv::Scalar(255), cv::FILLED, cv::LINE_AA);
    cv::Mat paint = person.bgr.clone();
    for (int y = 0; y < paint.rows; ++y)
        for (int x = 0; x < paint.cols; ++x) {
            cv::Vec3b& o = paint.at<cv::Vec3b>(y, x);
            for (int k = 0; k < 3; ++k)
                o[k] = cv::saturate_cast<uchar>(o[k] * transmission + tint[k] * (1 - transmission));
        }
    paintOver(person, paint, soften(lenses, 0.6));
    if (ownGlasses)
        return variant + "-own-frame";
    // A frame: rims, a bridge and the arms towards the ears.
    cv::Mat frame = blank(person);
    const int thick = std::max(2, cvRound(0.035 * ed));
    for (const cv::Point2d& c : centres)
        cv::ellipse(frame, pt(c), lens, ax.angleDeg, 0, 360, cv::Scalar(255), thick, cv::LINE_AA);
    cv::line(frame, pt(centres[0] + lens.width * ax.u - 0.5 * lens.height * ax.v),
             pt(centres[1] - lens.width * ax.u - 0.5 * lens.height * ax.v), cv::Scalar(255), thick,
             cv::LINE_AA);
    const double half = at.faceWidth / 2;
    cv::line(frame, pt(centres[0] - lens.width * ax.u), pt(ax.at(-half, drop - 0.05 * ed)), cv::Scalar(255),
             thick, cv::LINE_AA);
    cv::line(frame, pt(centres[1] + lens.width * ax.u), pt(ax.at(half, drop - 0.05 * ed)), cv::Scalar(255),
             thick, cv::LINE_AA);
    cv::Mat black(person.bgr.size(), CV_8UC3, cv::Scalar(28, 26, 26));
    paintOver(person, black, soften(frame, 0.5));
    return variant;
}

} // namespace certphoto::synth::defect

// Precise eye centres, lid openings and the lips' gap inside the regions of BlazeFace's coarse keypoints.
// BlazeFace's eye keypoints sit a few pixels off the pupils, and a few pixels at 90 px of eye distance are
// degrees of roll; the gradient objective below finds the iris's centre to a fraction of a pixel wherever the
// coarse keypoint put the window, so roll no longer depends on where the detector's keypoints fell (mirrored
// photos read the same).
#include <certphoto/core/detail/face_detector.h>
#include <certphoto/core/detail/face_points.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace certphoto::core::detail {
namespace {

// The eye distance the first, whole-window search runs at; the result is then refined at the photo's own
// resolution in a small window.
constexpr double kWorkEyeDist = 60;

struct Gradient {
    float x, y, gx, gy;
};

// Timm & Barth's objective over `cand` (coordinates of `roi`): mean squared cosine between the displacement
// from the candidate to each strong-gradient pixel and that pixel's gradient (outward only: dark inside),
// weighted by the candidate's darkness (the pupil is dark).
bool searchCentre(const cv::Mat& roi, const cv::Rect& cand, cv::Point2f& best) {
    cv::Mat f, smooth, gx, gy;
    roi.convertTo(f, CV_32F);
    cv::GaussianBlur(f, smooth, cv::Size(3, 3), 0.8);
    cv::Sobel(smooth, gx, CV_32F, 1, 0, 3);
    cv::Sobel(smooth, gy, CV_32F, 0, 1, 3);
    cv::Mat mag;
    cv::magnitude(gx, gy, mag);
    cv::Scalar mean, sd;
    cv::meanStdDev(mag, mean, sd);
    float threshold = float(mean[0] + 0.3 * sd[0]);
    std::vector<Gradient> grads;
    grads.reserve(size_t(roi.total()));
    for (int y = 1; y < roi.rows - 1; ++y)
        for (int x = 1; x < roi.cols - 1; ++x) {
            float m = mag.at<float>(y, x);
            if (m > threshold && m > 1e-3f)
                grads.push_back({float(x), float(y), gx.at<float>(y, x) / m, gy.at<float>(y, x) / m});
        }
    if (grads.size() < 8 || cand.area() <= 0)
        return false;
    // Darkness prior from a wider blur, so a single dark pixel does not win.
    cv::Mat weight;
    double sigma = std::max(1.0, roi.cols / 24.0);
    cv::GaussianBlur(f, weight, cv::Size(0, 0), sigma);
    cv::Mat obj(cand.size(), CV_32F, cv::Scalar(0));
    for (int cy = 0; cy < cand.height; ++cy)
        for (int cx = 0; cx < cand.width; ++cx) {
            float px = float(cand.x + cx), py = float(cand.y + cy);
            float sum = 0;
            for (const Gradient& g : grads) {
                float dx = g.x - px, dy = g.y - py;
                float dot = dx * g.gx + dy * g.gy;
                if (dot <= 0)
                    continue;
                float n2 = dx * dx + dy * dy;
                sum += dot * dot / n2;
            }
            float w = 255.f - weight.at<float>(cand.y + cy, cand.x + cx);
            obj.at<float>(cy, cx) = std::max(0.f, w) * sum;
        }
    cv::Point at;
    double top;
    cv::minMaxLoc(obj, nullptr, &top, nullptr, &at);
    if (!(top > 0))
        return false;
    // Sub-pixel: a parabola through the peak and its neighbours, each axis on its own.
    auto vertex = [](float a, float b, float c) {
        float den = a - 2 * b + c;
        return std::fabs(den) > 1e-6f ? std::clamp(0.5f * (a - c) / den, -0.5f, 0.5f) : 0.f;
    };
    float ox = 0, oy = 0;
    if (at.x > 0 && at.x < obj.cols - 1)
        ox = vertex(obj.at<float>(at.y, at.x - 1), obj.at<float>(at), obj.at<float>(at.y, at.x + 1));
    if (at.y > 0 && at.y < obj.rows - 1)
        oy = vertex(obj.at<float>(at.y - 1, at.x), obj.at<float>(at), obj.at<float>(at.y + 1, at.x));
    best = cv::Point2f(float(cand.x + at.x) + ox, float(cand.y + at.y) + oy);
    return true;
}

cv::Rect clampRect(const cv::Rect& r, const cv::Size& s) {
    return r & cv::Rect(0, 0, s.width, s.height);
}

// The eye's centre near the coarse keypoint `coarse`, d = the coarse eye distance.
bool preciseEye(const cv::Mat& grey, cv::Point2f coarse, double d, cv::Point2f& out) {
    // The window: the keypoint sits on or a little below the pupil; the eyebrow is ~0.35 d above.
    cv::Rect region(int(std::lround(coarse.x - 0.30 * d)), int(std::lround(coarse.y - 0.24 * d)),
                    int(std::lround(0.60 * d)), int(std::lround(0.42 * d)));
    region = clampRect(region, grey.size());
    if (region.width < 8 || region.height < 6)
        return false;
    double s = std::min(1.0, kWorkEyeDist / d);
    cv::Mat roi;
    if (s < 1)
        cv::resize(grey(region), roi, cv::Size(), s, s, cv::INTER_AREA);
    else
        roi = grey(region);
    // Candidates: the inner part of the window (a maximum on the window's edge is an eyebrow or a frame).
    cv::Rect cand(int(0.12 * d * s), int(0.08 * d * s), int(0.36 * d * s), int(0.26 * d * s));
    cand &= cv::Rect(0, 0, roi.cols, roi.rows);
    cv::Point2f c;
    if (!searchCentre(roi, cand, c))
        return false;
    cv::Point2f full(float(region.x + (c.x + 0.5) / s - 0.5), float(region.y + (c.y + 0.5) / s - 0.5));
    if (s < 1) {
        // Refine at the photo's own resolution: the same objective, candidates within a few pixels.
        int r = int(std::ceil(1.5 / s)) + 1;
        cv::Rect sub(int(std::lround(full.x - 0.22 * d)), int(std::lround(full.y - 0.16 * d)),
                     int(std::lround(0.44 * d)), int(std::lround(0.32 * d)));
        sub = clampRect(sub, grey.size());
        cv::Rect win(int(std::lround(full.x)) - r - sub.x, int(std::lround(full.y)) - r - sub.y, 2 * r + 1,
                     2 * r + 1);
        win &= cv::Rect(0, 0, sub.width, sub.height);
        cv::Point2f fine;
        if (sub.area() > 0 && win.area() > 0 && searchCentre(grey(sub), win, fine))
            full = fine + cv::Point2f(float(sub.x), float(sub.y));
    }
    out = full;
    return true;
}

// Lid opening: in a narrow vertical strip through the eye's centre, the rows darker than the skin below the
// eye by more than half the centre's darkness (iris and lid line when open; only the lash line when
// closed), as a share of the eye distance.
double lidOpening(const cv::Mat& grey, cv::Point2f c, double d) {
    int half = std::max(1, int(std::lround(0.04 * d)));
    int top = int(std::lround(c.y - 0.24 * d)), bottom = int(std::lround(c.y + 0.36 * d));
    cv::Rect strip(int(std::lround(c.x)) - half, top, 2 * half + 1, bottom - top + 1);
    cv::Rect inside = clampRect(strip, grey.size());
    if (inside != strip || strip.height < 8)
        return NAN;
    cv::Mat prof;
    cv::reduce(grey(strip), prof, 1, cv::REDUCE_AVG, CV_32F);
    cv::GaussianBlur(prof, prof, cv::Size(1, 3), 0);
    auto at = [&](double dy) { return std::clamp(int(std::lround(c.y + dy * d)) - top, 0, prof.rows - 1); };
    // Skin: a high percentile of the rows below the eye (a glasses rim there is dark and thin).
    std::vector<float> below;
    for (int y = at(0.14); y <= at(0.36); ++y)
        below.push_back(prof.at<float>(y));
    if (below.empty())
        return NAN;
    std::sort(below.begin(), below.end());
    float skin = below[below.size() * 3 / 4];
    int y0 = at(-0.08), y1 = at(0.08), dark = y0;
    for (int y = y0; y <= y1; ++y)
        if (prof.at<float>(y) < prof.at<float>(dark))
            dark = y;
    float depth = skin - prof.at<float>(dark);
    if (depth < std::max(8.f, 0.08f * skin))
        return 0; // nothing darker than skin at the eye: lid skin over it
    float level = skin - 0.5f * depth;
    int a = dark, b = dark;
    while (a > 0 && prof.at<float>(a - 1) < level)
        --a;
    while (b < prof.rows - 1 && prof.at<float>(b + 1) < level)
        ++b;
    return (b - a + 1) / d;
}

// The mouth: rows between the lips (found by a* redness above the skin's) in the central columns that are
// teeth (bright, low chroma) or the open mouth (dark), and the teeth's share of the central window.
void measureMouth(const cv::Mat& bgr, const Face& face, double d, FacePoints& fp) {
    cv::Point2f m = face.mouth;
    // Tall enough for a wide-open mouth's lower lip; the nostrils (~0.35 d above) stay out.
    cv::Rect win(int(std::lround(m.x - 0.2 * d)), int(std::lround(m.y - 0.25 * d)), int(std::lround(0.4 * d)),
                 int(std::lround(0.55 * d)));
    cv::Rect cheeks(int(std::lround(m.x - 0.6 * d)), int(std::lround(m.y - 0.4 * d)),
                    int(std::lround(1.2 * d)), int(std::lround(0.2 * d)));
    if (clampRect(win, bgr.size()) != win || clampRect(cheeks, bgr.size()) != cheeks || win.width < 6 ||
        win.height < 6) {
        fp.problem += "mouth outside the photo; ";
        return;
    }
    cv::Mat f, lab;
    bgr(win).convertTo(f, CV_32F, 1.0 / 255);
    cv::cvtColor(f, lab, cv::COLOR_BGR2Lab);
    // Skin: the cheeks beside the nose (the middle third, the nose, left out).
    cv::Mat cf, clab;
    bgr(cheeks).convertTo(cf, CV_32F, 1.0 / 255);
    cv::cvtColor(cf, clab, cv::COLOR_BGR2Lab);
    std::vector<float> ls, as, cs;
    for (int y = 0; y < clab.rows; ++y)
        for (int x = 0; x < clab.cols; ++x) {
            if (x > clab.cols / 3 && x < clab.cols * 2 / 3)
                continue;
            cv::Vec3f v = clab.at<cv::Vec3f>(y, x);
            ls.push_back(v[0]);
            as.push_back(v[1]);
            cs.push_back(std::hypot(v[1], v[2]));
        }
    auto median = [](std::vector<float>& v) {
        std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    float skinL = median(ls), skinA = median(as), skinC = median(cs);
    int teethPx = 0, gapRowsSum = 0, columns = 0;
    std::vector<int> gaps;
    int x0 = int(0.2 * win.width), x1 = int(0.8 * win.width);
    for (int x = x0; x < x1; ++x) {
        int lipTop = -1, lipBottom = -1;
        for (int y = 0; y < lab.rows; ++y) {
            cv::Vec3f v = lab.at<cv::Vec3f>(y, x);
            if (v[1] > skinA + 5) {
                if (lipTop < 0)
                    lipTop = y;
                lipBottom = y;
            }
        }
        if (lipTop < 0 || lipBottom - lipTop < 2)
            lipTop = int(0.3 * lab.rows), lipBottom = int(0.7 * lab.rows);
        int gap = 0;
        for (int y = lipTop; y <= lipBottom; ++y) {
            cv::Vec3f v = lab.at<cv::Vec3f>(y, x);
            float chroma = std::hypot(v[1], v[2]);
            bool lip = v[1] > skinA + 5;
            bool teeth =
                !lip && v[0] > std::max(45.f, skinL - 18) && chroma < std::clamp(0.75f * skinC, 8.f, 16.f);
            // The inside of an open mouth is dark, and often red: red counts when it is darker than lipstick.
            bool cavity = v[0] < skinL - 40 && (!lip || v[0] < std::min(30.f, skinL - 55));
            teethPx += teeth;
            gap += teeth || cavity;
        }
        gaps.push_back(gap);
        gapRowsSum += gap;
        ++columns;
    }
    (void)gapRowsSum;
    if (!columns)
        return;
    std::sort(gaps.begin(), gaps.end());
    fp.mouthFound = true;
    fp.lipGap = gaps[gaps.size() / 2] / d;
    fp.teethShare = double(teethPx) / double(columns * lab.rows);
}

} // namespace

bool eyeCentre(const cv::Mat& grey, const cv::Rect& region, const cv::Rect& candidates, cv::Point2f& centre) {
    cv::Rect r = clampRect(region, grey.size());
    if (r.area() <= 0)
        return false;
    return searchCentre(grey(r), candidates - r.tl() + region.tl(), centre);
}

FacePoints locateFacePoints(const cv::Mat& bgr, const Face& face) {
    FacePoints fp;
    fp.rightEye.centre = face.rightEye;
    fp.leftEye.centre = face.leftEye;
    double d0 = std::hypot(face.leftEye.x - face.rightEye.x, face.leftEye.y - face.rightEye.y);
    fp.eyeDist = d0;
    if (!(d0 >= 8) || bgr.empty()) {
        fp.problem = "eyes too close together to measure";
        return fp;
    }
    cv::Mat grey;
    // Only the face's surroundings are converted.
    cv::Rect around(int(face.box.x - 0.5 * face.box.width), int(face.box.y - 0.5 * face.box.height),
                    int(2 * face.box.width), int(2 * face.box.height));
    around = clampRect(around, bgr.size());
    if (around.area() <= 0) {
        fp.problem = "face outside the photo";
        return fp;
    }
    cv::cvtColor(bgr(around), grey, cv::COLOR_BGR2GRAY);
    cv::Point2f o(float(around.x), float(around.y));
    for (EyePoint* e : {&fp.rightEye, &fp.leftEye}) {
        cv::Point2f c;
        if (preciseEye(grey, e->centre - o, d0, c)) {
            e->centre = c + o;
            e->found = true;
        }
    }
    if (fp.rightEye.found && fp.leftEye.found) {
        // A centre that jumped to an eyebrow or a frame shows as an eye line far from the detector's.
        cv::Point2f v = fp.leftEye.centre - fp.rightEye.centre, v0 = face.leftEye - face.rightEye;
        double dist = std::hypot(v.x, v.y);
        double turn = std::fabs(std::atan2(v.x * v0.y - v.y * v0.x, v.x * v0.x + v.y * v0.y)) * 180 / CV_PI;
        if (dist < 0.8 * d0 || dist > 1.2 * d0 || turn > 8) {
            fp.rightEye = {face.rightEye, false, 0};
            fp.leftEye = {face.leftEye, false, 0};
        } else {
            fp.eyeDist = dist;
        }
    }
    if (!fp.rightEye.found || !fp.leftEye.found)
        fp.problem += "eye centre not found; ";
    double d = std::max(8.0, fp.eyeDist);
    for (EyePoint* e : {&fp.rightEye, &fp.leftEye})
        e->opening = lidOpening(grey, e->centre - o, d);
    measureMouth(bgr, face, d, fp);
    return fp;
}

} // namespace certphoto::core::detail

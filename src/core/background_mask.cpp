// The background mask, fast: region growing at ~120 px wide from border seeds close to the border's own
// median colour (neighbour steps small, so smooth gradients are followed but hair edges stop it), then the
// edge band refined per pixel at full size. grabCut at full size takes ~3 s here; this takes ~1 ms.
#include <certphoto/core/detail/context.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <deque>

namespace certphoto::core::detail {
namespace {

cv::Vec3f medianColor(std::vector<cv::Vec3f>& px) {
    cv::Vec3f m;
    for (int c = 0; c < 3; ++c) {
        std::vector<float> ch(px.size());
        for (std::size_t i = 0; i < px.size(); ++i)
            ch[i] = px[i][c];
        std::nth_element(ch.begin(), ch.begin() + static_cast<long>(ch.size() / 2), ch.end());
        m[c] = ch[ch.size() / 2];
    }
    return m;
}

// Squared Lab distance, in double as deltaE() computes it (no square root in the hot loop).
double deltaE2(const cv::Vec3f& a, const cv::Vec3f& b) {
    const double d0 = double(a[0]) - b[0], d1 = double(a[1]) - b[1], d2 = double(a[2]) - b[2];
    return d0 * d0 + d1 * d1 + d2 * d2;
}

} // namespace

void buildBackgroundMask(Context& ctx) {
    const int W = ctx.bgr.cols, H = ctx.bgr.rows;
    // ~120 px wide; at most 480 px tall, so a sliver of an image (61 x 65327, found by the fuzzer) does not
    // make a "small" image of millions of pixels. Photos up to 1:4 (all real ones) are not affected.
    const double scale = std::min({1.0, 120.0 / W, 480.0 / H});
    cv::Mat smallBgr;
    cv::resize(ctx.bgr, smallBgr,
               {std::max(8, int(std::lround(W * scale))), std::max(8, int(std::lround(H * scale)))}, 0, 0,
               cv::INTER_AREA);
    ctx.smallLab = toLab(smallBgr);
    ctx.smallScale = scale;
    const cv::Mat& small = ctx.smallLab;
    const int w = small.cols, h = small.rows;

    // Seeds: the top row and the sides down to 60 % of the height (clothes reach the sides lower down).
    std::vector<cv::Point> border;
    for (int x = 0; x < w; ++x)
        border.emplace_back(x, 0);
    for (int y = 1; y < h * 6 / 10; ++y) {
        border.emplace_back(0, y);
        border.emplace_back(w - 1, y);
    }
    std::vector<cv::Vec3f> colors;
    for (auto p : border)
        colors.push_back(small.at<cv::Vec3f>(p));
    cv::Vec3f bg = medianColor(colors);

    // Region growing: a step to a neighbour must be small, and the colour must stay near the border median.
    // Below the chin the person's clothes meet the background, white or light clothes on a white backdrop
    // with an edge soft at this size: there the steps and the distance allowed are much smaller (a
    // backdrop's own gradients change by well under 1 dE per small pixel), so the mask stops at the
    // clothes' outline instead of flooding them.
    const float stepMax = 6.f, globalMax = 28.f, seedMax = 14.f, stepLow = 2.5f, globalLow = 12.f;
    cv::Mat smallMask(h, w, CV_8U, cv::Scalar(0));
    // The person, by shape: the face with its chin (an over-exposed chin is as white as a white backdrop)
    // and the neck and chest below it, widening to the shoulders. Never background, whatever the colour.
    cv::Mat person(h, w, CV_8U, cv::Scalar(0));
    int chinRow = h, bayRow = h, bayX0 = 0, bayX1 = -1; // below the chin, the stricter growth
    if (ctx.face) {
        const cv::Rect2f b = ctx.face->box;
        const float cx = (b.x + b.width / 2) * float(scale), fw = b.width * float(scale),
                    fh = b.height * float(scale);
        const float chin = (b.y + b.height * 1.02f) * float(scale);
        // The chin, which the box's ellipse cuts short; narrow, so the notches beside the jaw stay open.
        cv::ellipse(person, cv::Point(int(cx), int((b.y + b.height * 0.85f) * scale)),
                    cv::Size(int(fw * 0.26f), int(fh * 0.25f)), 0, 0, 360, cv::Scalar(255), -1);
        // Neck and chest: 0.22 face widths either side at the chin, 0.8 a face height lower, down to
        // the bottom (conservative: a neck is about half a face wide, shoulders 2-3 face widths across).
        for (int y = std::max(0, int(chin)); y < h; ++y) {
            const float t = std::clamp((float(y) - chin) / (0.8f * fh), 0.f, 1.f);
            const float half = fw * (0.22f + 0.58f * t);
            const int x0 = std::max(0, int(cx - half)), x1 = std::min(w - 1, int(cx + half));
            for (int x = x0; x <= x1; ++x)
                person.at<uchar>(y, x) = 255;
        }
        // The stricter growth below the chin, except for a third of a face height under the face itself:
        // bays of background between the jaw, the hair and the collar must still fill there.
        chinRow = std::clamp(int(chin), 0, h);
        bayRow = std::clamp(int(chin + 0.3f * fh), 0, h);
        bayX0 = int(b.x * scale);
        bayX1 = int((b.x + b.width) * scale);
    }
    // The person at full size is the chin and the chest only: the box's ellipse reaches past a narrow jaw,
    // and the bays of background there are found at full size below.
    cv::Mat personUp;
    cv::resize(person, personUp, {W, H}, 0, 0, cv::INTER_NEAREST);
    if (ctx.face) {
        const cv::Rect2f b = ctx.face->box;
        cv::ellipse(person, cv::Point(int((b.x + b.width / 2) * scale), int((b.y + b.height / 2) * scale)),
                    cv::Size(int(b.width * 0.45 * scale), int(b.height * 0.5 * scale)), 0, 0, 360,
                    cv::Scalar(255), -1);
    }
    std::deque<cv::Point> queue;
    for (auto p : border) {
        if (deltaE(small.at<cv::Vec3f>(p), bg) < seedMax && !smallMask.at<uchar>(p) && !person.at<uchar>(p)) {
            smallMask.at<uchar>(p) = 255;
            queue.push_back(p);
        }
    }
    const cv::Point steps[4] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    while (!queue.empty()) {
        cv::Point p = queue.front();
        queue.pop_front();
        const cv::Vec3f& c = small.at<cv::Vec3f>(p);
        for (auto s : steps) {
            cv::Point q = p + s;
            if (q.x < 0 || q.y < 0 || q.x >= w || q.y >= h || smallMask.at<uchar>(q) || person.at<uchar>(q))
                continue;
            const cv::Vec3f& d = small.at<cv::Vec3f>(q);
            const bool low = q.y > chinRow && (q.y > bayRow || q.x < bayX0 || q.x > bayX1);
            const float st = low ? stepLow : stepMax, gl = low ? globalLow : globalMax;
            if (deltaE2(c, d) < st * st && deltaE2(d, bg) < gl * gl) {
                smallMask.at<uchar>(q) = 255;
                queue.push_back(q);
            }
        }
    }

    // Up to full size; decide the soft edge band per pixel against the background colour.
    cv::Mat up;
    cv::resize(smallMask, up, {W, H}, 0, 0, cv::INTER_LINEAR);
    // The band is judged in BGR against the background's own BGR colour (no full-size Lab conversion needed).
    cv::Scalar bgBgr = cv::mean(smallBgr, smallMask);
    const int bandMax2 = 26 * 26;
    const int b0 = int(std::lround(bgBgr[0])), b1 = int(std::lround(bgBgr[1])),
              b2 = int(std::lround(bgBgr[2]));
    auto like = [&](const uchar* c) {
        const int d0 = c[0] - b0, d1 = c[1] - b1, d2 = c[2] - b2;
        return d0 * d0 + d1 * d1 + d2 * d2 < bandMax2;
    };
    // Sure background where the small mask was all background; the soft band between is judged per pixel.
    cv::compare(up, 239, ctx.mask, cv::CMP_GT);
    // Where the person is by shape, the band is not judged by colour either.
    up.setTo(0, personUp);
    cv::Mat band;
    cv::inRange(up, 16, 239, band);
    std::vector<cv::Point> bandPixels;
    cv::findNonZero(band, bandPixels);
    for (const cv::Point& p : bandPixels)
        if (like(ctx.bgr.ptr<uchar>(p.y) + 3 * p.x))
            ctx.mask.at<uchar>(p) = 255;
    // A bay of background narrower than a few small pixels (between jaw and collar, say) is lost at the
    // reduced size: follow the background's colour from the mask into it at full size, 3 px per step, up to
    // 12 px. Only around the face box, where glare is looked for, and the colour is tested only within reach
    // of the mask.
    if (ctx.face) {
        const cv::Rect2f& b = ctx.face->box;
        const cv::Rect around = cv::Rect(int(b.x - b.width / 4), int(b.y - b.height / 4), int(1.5 * b.width),
                                         int(1.5 * b.height)) &
                                cv::Rect(0, 0, W, H);
        cv::Mat mask = ctx.mask(around), reach, likeNear(around.size(), CV_8U);
        cv::dilate(mask, reach, cv::getStructuringElement(cv::MORPH_RECT, {25, 25}));
        for (int y = 0; y < around.height; ++y) {
            const uchar* r = reach.ptr<uchar>(y);
            const uchar* m = mask.ptr<uchar>(y);
            const uchar* pu = personUp.ptr<uchar>(y + around.y) + around.x;
            const uchar* c = ctx.bgr.ptr<uchar>(y + around.y) + 3 * around.x;
            uchar* l = likeNear.ptr<uchar>(y);
            for (int x = 0; x < around.width; ++x)
                l[x] = m[x] || (r[x] && !pu[x] && like(c + 3 * x)) ? 255 : 0;
        }
        const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, {7, 7});
        cv::Mat grown;
        int before = cv::countNonZero(mask);
        for (int i = 0; i < 4; ++i) {
            cv::dilate(mask, grown, kernel);
            cv::bitwise_and(grown, likeNear, grown);
            const int after = cv::countNonZero(grown); // grown holds the mask (likeNear does): more = changed
            grown.copyTo(mask);
            if (after == before)
                break;
            before = after;
        }
    }
    ctx.smallMask = smallMask;
    int bgCount = cv::countNonZero(smallMask);
    ctx.backgroundFound = bgCount > (w * h) / 50;
    ctx.backgroundLab = bg;
    if (ctx.backgroundFound) {
        cv::Scalar mean = cv::mean(small, smallMask);
        ctx.backgroundLab = cv::Vec3f(float(mean[0]), float(mean[1]), float(mean[2]));
    }
}

} // namespace certphoto::core::detail

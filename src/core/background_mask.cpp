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

} // namespace

void buildBackgroundMask(Context& ctx) {
    const int W = ctx.bgr.cols, H = ctx.bgr.rows;
    const double scale = std::min(1.0, 120.0 / W);
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
    const float stepMax = 6.f, globalMax = 28.f, seedMax = 14.f;
    cv::Mat smallMask(h, w, CV_8U, cv::Scalar(0));
    std::deque<cv::Point> queue;
    for (auto p : border) {
        if (deltaE(small.at<cv::Vec3f>(p), bg) < seedMax && !smallMask.at<uchar>(p)) {
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
            if (q.x < 0 || q.y < 0 || q.x >= w || q.y >= h || smallMask.at<uchar>(q))
                continue;
            const cv::Vec3f& d = small.at<cv::Vec3f>(q);
            if (deltaE(c, d) < stepMax && deltaE(d, bg) < globalMax) {
                smallMask.at<uchar>(q) = 255;
                queue.push_back(q);
            }
        }
    }
    // The face itself is never background.
    if (ctx.face) {
        cv::Rect2f b = ctx.face->box;
        cv::ellipse(smallMask, cv::Point(int((b.x + b.width / 2) * scale), int((b.y + b.height / 2) * scale)),
                    cv::Size(int(b.width * 0.45 * scale), int(b.height * 0.5 * scale)), 0, 0, 360,
                    cv::Scalar(0), -1);
    }

    // Up to full size; decide the soft edge band per pixel against the background colour.
    cv::Mat up;
    cv::resize(smallMask, up, {W, H}, 0, 0, cv::INTER_LINEAR);
    // The band is judged in BGR against the background's own BGR colour (no full-size Lab conversion needed).
    cv::Scalar bgBgr = cv::mean(smallBgr, smallMask);
    const double bandMax2 = 26.0 * 26.0;
    ctx.mask.create(H, W, CV_8U);
    cv::Mat like(H, W, CV_8U); // the background's colour, wherever it is
    for (int y = 0; y < H; ++y) {
        const uchar* u = up.ptr<uchar>(y);
        const cv::Vec3b* c = ctx.bgr.ptr<cv::Vec3b>(y);
        uchar* m = ctx.mask.ptr<uchar>(y);
        uchar* l = like.ptr<uchar>(y);
        for (int x = 0; x < W; ++x) {
            double d0 = c[x][0] - bgBgr[0], d1 = c[x][1] - bgBgr[1], d2 = c[x][2] - bgBgr[2];
            l[x] = d0 * d0 + d1 * d1 + d2 * d2 < bandMax2 ? 255 : 0;
            m[x] = u[x] >= 240 ? 255 : u[x] <= 15 ? 0 : l[x];
        }
    }
    // A bay of background narrower than a few small pixels (between jaw and collar, say) is lost at the
    // reduced size: follow the background's colour from the mask into it at full size, 3 px per step.
    if (ctx.face) {
        const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, {7, 7});
        cv::Mat grown;
        for (int i = 0; i < 4; ++i) {
            cv::dilate(ctx.mask, grown, kernel);
            cv::bitwise_and(grown, like, grown);
            cv::bitwise_or(grown, ctx.mask, grown);
            if (cv::countNonZero(grown != ctx.mask) == 0)
                break;
            std::swap(grown, ctx.mask);
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

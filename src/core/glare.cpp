// glare.spots: specular reflections on glasses or skin (reason glasses.glare on lenses, face.shine on skin).
// A spot is much brighter than the person's own skin, nearly colourless, small and compact; the catch-light
// in the pupil (tiny, at the eye centre) is not glare.
#include <certphoto/core/detail/context.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace certphoto::core::detail {

void checkGlare(Context& ctx, const Glasses& glasses) {
    const Face& f = *ctx.face;
    cv::Rect frame(0, 0, ctx.bgr.cols, ctx.bgr.rows);
    cv::Rect roi = cv::Rect(f.box) & frame;
    if (roi.area() < 64)
        return;
    cv::Mat lab = labOf(ctx, roi);
    cv::Mat region(roi.size(), CV_8U, cv::Scalar(0));
    cv::ellipse(region, cv::Point(roi.width / 2, roi.height / 2),
                cv::Size(roi.width * 9 / 20, roi.height / 2), 0, 0, 360, cv::Scalar(255), -1);

    // The person's skin: median lightness over the face ellipse.
    std::vector<float> ls;
    ls.reserve(std::size_t(roi.area()));
    for (int y = 0; y < lab.rows; ++y) {
        const uchar* inside = region.ptr<uchar>(y);
        const cv::Vec3f* p = lab.ptr<cv::Vec3f>(y);
        for (int x = 0; x < lab.cols; ++x)
            if (inside[x])
                ls.push_back(p[x][0]);
    }
    std::nth_element(ls.begin(), ls.begin() + long(ls.size() / 2), ls.end());
    float skin = ls[ls.size() / 2];
    const Rule* rule = ctx.profile.rule("glare.spots");
    float lift = float(rule ? rule->param("lift", 0.55) : 0.55);
    float threshold = std::max(skin + lift * (100.f - skin), 72.f);

    // A spot stands out from its own surroundings (top-hat over a kernel wider than a glint but narrower than
    // a sheen on the forehead) and from the skin as a whole; teeth are not glare, so the mouth is left out.
    double eyeDist = std::max(1.0, double(cv::norm(f.leftEye - f.rightEye)));
    cv::Mat L;
    cv::extractChannel(lab, L, 0);
    int k = std::max(3, int(0.22 * eyeDist) | 1);
    cv::Mat L8, opened, tophat;
    L.convertTo(L8, CV_8U, 2.55);
    cv::morphologyEx(L8, opened, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {k, k}));
    cv::subtract(L8, opened, tophat);
    float contrast = float(rule ? rule->param("contrast", 14) : 14);
    cv::ellipse(region, cv::Point2f(f.mouth.x - float(roi.x), f.mouth.y - float(roi.y)),
                cv::Size(int(0.5 * eyeDist), int(0.28 * eyeDist)), 0, 0, 360, cv::Scalar(0), -1);
    // Background peeking through a notch of the outline (between jaw and collar, say) is bright, colourless
    // and small against the skin beside it: keep a margin from the mask so it is not taken for glare.
    // The margin grows with the face (0.06 eye distances, at least 2 px): the mask stops at the clothes'
    // outline below the chin, so a notch of white collar can sit a few pixels inside it.
    cv::Mat nearBackground;
    const int margin = std::max(2, int(std::lround(0.06 * eyeDist)));
    if (!ctx.mask.empty())
        cv::dilate(ctx.mask(roi), nearBackground,
                   cv::getStructuringElement(cv::MORPH_ELLIPSE, {2 * margin + 1, 2 * margin + 1}));
    cv::Mat bright(roi.size(), CV_8U, cv::Scalar(0));
    for (int y = 0; y < lab.rows; ++y)
        for (int x = 0; x < lab.cols; ++x) {
            const cv::Vec3f& p = lab.at<cv::Vec3f>(y, x);
            bool person = nearBackground.empty() || nearBackground.at<uchar>(y, x) == 0;
            if (region.at<uchar>(y, x) && person && p[0] > threshold &&
                tophat.at<uchar>(y, x) > contrast * 2.55f && std::hypot(p[1], p[2]) < 20.f)
                bright.at<uchar>(y, x) = 255;
        }

    const double minPeak = rule ? rule->param("peak", 96) : 96;
    cv::Mat labels, stats, centroids;
    int n = cv::connectedComponentsWithStats(bright, labels, stats, centroids, 8);
    double faceArea = double(cv::countNonZero(region));
    double total = 0, onLenses = 0;
    for (int i = 1; i < n; ++i) {
        int area = stats.at<int>(i, cv::CC_STAT_AREA);
        int bw = stats.at<int>(i, cv::CC_STAT_WIDTH), bh = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        if (area < 3 || std::sqrt(area / std::numbers::pi) > 0.2 * eyeDist)
            continue; // noise, or lit skin
        if (double(area) / (bw * bh) < 0.3)
            continue; // not compact: an edge or a strand
        // A specular reflection clips: its core reaches (nearly) white, unlike a sheen on skin.
        double peak = 0;
        cv::minMaxLoc(
            L(cv::Rect(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP), bw, bh)),
            nullptr, &peak);
        if (peak < minPeak)
            continue;
        cv::Point2f c(float(centroids.at<double>(i, 0)) + float(roi.x),
                      float(centroids.at<double>(i, 1)) + float(roi.y));
        double radius = std::sqrt(area / std::numbers::pi);
        bool nearPupil = std::min(cv::norm(c - f.leftEye), cv::norm(c - f.rightEye)) < 0.12 * eyeDist;
        if (nearPupil && radius < 0.05 * eyeDist)
            continue; // catch-light
        ctx.report.glareSpots.push_back(GlareSpot{c.x, c.y, radius});
        total += area;
        if (onLens(glasses, c))
            onLenses += area;
    }
    // Share of the face (per mille) covered by glare.
    double value = std::round(total / std::max(1.0, faceArea) * 10000) / 10;
    // Which reason the applicant reads: shine on the skin (the profile's reason), or a reflection on the
    // lenses when glasses were found and most of the glare lies on their lenses.
    const bool lenses = glasses.present && onLenses * 2 >= total && total > 0;
    char detail[200];
    std::snprintf(detail, sizeof detail,
                  "%zu spot(s) brighter than L*=%.0f (skin L*=%.0f); %.0f%% of the glare on lenses; %s",
                  ctx.report.glareSpots.size(), threshold, skin, total > 0 ? 100 * onLenses / total : 0.0,
                  glasses.present ? "glasses found" : "no glasses found");
    judge(ctx, "glare.spots", value, "per mille of face", "face.shine", detail);
    if (lenses)
        ctx.report.findings.back().reason = "glasses.glare";
    addPart(ctx, {"spots", double(ctx.report.glareSpots.size()), "count", {}, {}, {}, {}, Status::Pass});
}

} // namespace certphoto::core::detail

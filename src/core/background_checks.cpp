// background.color (nearest accepted colour, CIE76 dE) and background.uniformity (cell means against the
// whole: gradients, texture and shadows behind the head all move some cells away).
#include <certphoto/core/detail/context.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace certphoto::core::detail {

void checkBackground(Context& ctx) {
    if (!ctx.backgroundFound) {
        judge(ctx, "background.color", NAN, "dE", "background.color",
              "no plain background found at the border");
        judge(ctx, "background.uniformity", NAN, "dE", "background.uniformity",
              "no plain background found at the border");
        return;
    }
    // Colour: distance to the nearest colour the profile accepts.
    double best = 1e9;
    std::array<int, 3> nearest{};
    for (const auto& c : ctx.profile.backgroundColors) {
        double d = deltaE(ctx.backgroundLab, rgbToLab(c[0], c[1], c[2]));
        if (d < best) {
            best = d;
            nearest = c;
        }
    }
    cv::Mat px(1, 1, CV_32FC3, cv::Scalar(ctx.backgroundLab[0], ctx.backgroundLab[1], ctx.backgroundLab[2]));
    cv::Mat rgb;
    cv::cvtColor(px, rgb, cv::COLOR_Lab2RGB);
    cv::Vec3f m = rgb.at<cv::Vec3f>(0, 0) * 255.f;
    char detail[120];
    std::snprintf(detail, sizeof detail, "background RGB(%d,%d,%d), nearest accepted RGB(%d,%d,%d)",
                  int(m[0] + 0.5f), int(m[1] + 0.5f), int(m[2] + 0.5f), nearest[0], nearest[1], nearest[2]);
    if (ctx.profile.backgroundColors.empty())
        best = 0;
    judge(ctx, "background.color", std::round(best * 10) / 10, "dE", "background.color", detail);

    // Uniformity: cells of ~16 px (in a 480-wide frame), measured on the small Lab image.
    const cv::Mat& lab = ctx.smallLab;
    const double sc = ctx.smallScale;
    cv::Rect head(int(ctx.head.x * sc), int(ctx.head.y * sc), int(ctx.head.width * sc),
                  int(ctx.head.height * sc));
    int cell = std::max(3, lab.cols / 30);
    std::vector<double> d;
    int expected = 0, covered = 0;
    for (int y = 0; y + cell <= lab.rows; y += cell) {
        for (int x = 0; x + cell <= lab.cols; x += cell) {
            cv::Rect r(x, y, cell, cell);
            // Coverage is judged where background must be: above the shoulders, beside and above the head.
            bool mustBeBackground =
                head.area() > 0 && y + cell < head.y + head.height / 2 && (r & head).area() == 0;
            int n = cv::countNonZero(ctx.smallMask(r));
            if (mustBeBackground) {
                ++expected;
                if (n > cell * cell / 2)
                    ++covered;
            }
            if (n < cell * cell)
                continue;
            cv::Scalar mean = cv::mean(lab(r));
            d.push_back(deltaE(cv::Vec3f(float(mean[0]), float(mean[1]), float(mean[2])), ctx.backgroundLab));
        }
    }
    double coverage = expected > 0 ? double(covered) / expected : 1.0;
    if (d.empty()) {
        judge(ctx, "background.uniformity", NAN, "dE", "background.uniformity", "no background cells");
        return;
    }
    std::sort(d.begin(), d.end());
    double p95 = d[std::min(d.size() - 1, d.size() * 95 / 100)];
    char cov[96];
    std::snprintf(cov, sizeof cov,
                  "95th percentile of cell dE; background covers %.0f%% of where it should be",
                  coverage * 100);
    const Rule* rule = ctx.profile.rule("background.uniformity");
    double minCoverage = rule ? rule->param("min_coverage", 0.7) : 0;
    // Texture or objects behind the person stop the mask: what is not covered counts as not uniform.
    double value = coverage < minCoverage ? std::max(p95, 99.0) : p95;
    judge(ctx, "background.uniformity", std::round(value * 10) / 10, "dE", "background.uniformity", cov);
    if (rule) {
        const bool short_ = coverage < minCoverage;
        if (short_)
            ctx.report.findings.back().cause = "coverage";
        addPart(ctx, {"coverage",
                      std::round(coverage * 100),
                      "percent",
                      minCoverage * 100,
                      {},
                      {},
                      {},
                      short_ ? rule->severity : Status::Pass});
    }
}

} // namespace certphoto::core::detail

// Holding a measured value against a profile rule, and the colour arithmetic the checks share.
#include <certphoto/core/detail/context.h>
#include <certphoto/core/detail/json.h>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace certphoto::core::detail {
namespace {

std::string fmt(double v) {
    return json::number(v);
}

std::string band(const std::optional<double>& lo, const std::optional<double>& hi, const std::string& unit) {
    std::string u = unit.empty() ? "" : " " + unit;
    if (lo && hi)
        return fmt(*lo) + ".." + fmt(*hi) + u;
    if (lo)
        return ">= " + fmt(*lo) + u;
    if (hi)
        return "<= " + fmt(*hi) + u;
    return "-";
}

bool outside(double v, const std::optional<double>& lo, const std::optional<double>& hi) {
    return (lo && v < *lo) || (hi && v > *hi);
}

} // namespace

void addFinding(Context& ctx, const std::string& id, Status status, double value, const std::string& limit,
                const std::string& reason, const std::string& detail) {
    ctx.report.findings.push_back(Finding{id, status, value, limit, reason, detail});
}

void judge(Context& ctx, const std::string& id, double value, const std::string& unit,
           const std::string& fallbackReason, const std::string& detail) {
    const Rule* rule = ctx.profile.rule(id);
    if (!rule) {
        addFinding(ctx, id, Status::Pass, value, "-", fallbackReason, detail);
        return;
    }
    const std::string& reason = rule->reason.empty() ? fallbackReason : rule->reason;
    std::string limit = band(rule->min, rule->max, unit);
    if (rule->warnMin || rule->warnMax) {
        std::string typical = "typically " + band(rule->warnMin, rule->warnMax, unit);
        limit = limit == "-" ? typical : limit + "; " + typical;
    }
    Status status = Status::Pass;
    if (!std::isfinite(value))
        status = rule->severity;
    else if (outside(value, rule->min, rule->max))
        status = rule->severity;
    else if (outside(value, rule->warnMin, rule->warnMax))
        status = Status::Warn;
    addFinding(ctx, id, status, value, limit, reason, detail);
}

double deltaE(const cv::Vec3f& a, const cv::Vec3f& b) {
    cv::Vec3f d = a - b;
    return std::sqrt(double(d[0]) * d[0] + double(d[1]) * d[1] + double(d[2]) * d[2]);
}

cv::Mat toLab(const cv::Mat& bgr) {
    cv::Mat f, lab;
    bgr.convertTo(f, CV_32F, 1.0 / 255.0);
    cv::cvtColor(f, lab, cv::COLOR_BGR2Lab);
    return lab;
}

cv::Mat labOf(Context& ctx, const cv::Rect& region) {
    if (ctx.faceLab.empty() && ctx.face) {
        ctx.faceLabRect = cv::Rect(ctx.face->box) & cv::Rect(0, 0, ctx.bgr.cols, ctx.bgr.rows);
        if (ctx.faceLabRect.area() > 0)
            ctx.faceLab = toLab(ctx.bgr(ctx.faceLabRect));
    }
    if (!ctx.faceLab.empty() && (region & ctx.faceLabRect) == region)
        return ctx.faceLab(region - ctx.faceLabRect.tl());
    return toLab(ctx.bgr(region));
}

cv::Vec3f rgbToLab(int r, int g, int b) {
    cv::Mat px(1, 1, CV_8UC3, cv::Scalar(b, g, r));
    return toLab(px).at<cv::Vec3f>(0, 0);
}

} // namespace certphoto::core::detail

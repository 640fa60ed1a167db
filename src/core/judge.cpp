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

// The checks' unit words (part of the English limit text) as the codes Finding::unit documents.
std::string unitCode(const std::string& unit) {
    static const std::pair<const char*, const char*> codes[] = {
        {"of frame height", "frame_height"},
        {"per mille of face", "per_mille"},
        {"Laplacian variance", "score"},
        {"L* of the face", "L*"},
        {"dE (lightness halved) to background", "dE"},
        {"dE(kL=2)", "dE"},
        {"of eye distance", "eye_distance"},
        {"of the cheeks' L*", "cheek_lightness"},
    };
    for (const auto& [words, code] : codes)
        if (unit == words)
            return code;
    return unit;
}

} // namespace

bool outsideBand(double v, const std::optional<double>& lo, const std::optional<double>& hi) {
    return (lo && v < *lo) || (hi && v > *hi);
}

Measure& addPart(Context& ctx, Measure part) {
    if (!std::isfinite(part.value))
        part.status = Status::Pass;
    Finding& f = ctx.report.findings.back();
    f.parts.push_back(std::move(part));
    return f.parts.back();
}

void addFinding(Context& ctx, const std::string& id, Status status, double value, const std::string& limit,
                const std::string& reason, const std::string& detail) {
    Finding f;
    f.id = id;
    f.status = status;
    f.value = value;
    f.limit = limit;
    f.reason = reason;
    f.detail = detail;
    ctx.report.findings.push_back(std::move(f));
}

Finding& addFinding(Context& ctx, const std::string& id, Status status, double value,
                    const std::string& limit, const std::string& reason, const std::string& detail,
                    const std::string& unit, std::optional<double> min, std::optional<double> max) {
    addFinding(ctx, id, status, value, limit, reason, detail);
    Finding& f = ctx.report.findings.back();
    f.unit = unit;
    f.min = min;
    f.max = max;
    return f;
}

void judge(Context& ctx, const std::string& id, double value, const std::string& unit,
           const std::string& fallbackReason, const std::string& detail) {
    const Rule* rule = ctx.profile.rule(id);
    if (!rule) {
        addFinding(ctx, id, Status::Pass, value, "-", fallbackReason, detail);
        ctx.report.findings.back().unit = unitCode(unit);
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
    else if (outsideBand(value, rule->min, rule->max))
        status = rule->severity;
    else if (outsideBand(value, rule->warnMin, rule->warnMax))
        status = Status::Warn;
    addFinding(ctx, id, status, value, limit, reason, detail);
    Finding& f = ctx.report.findings.back();
    f.unit = unitCode(unit);
    f.min = rule->min;
    f.max = rule->max;
    f.warnMin = rule->warnMin;
    f.warnMax = rule->warnMax;
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

// The notices' face rules that the precise points measure: eyes.open (双眼自然睁开), mouth.closed
// (嘴唇自然闭合， 不能露出牙齿; a closed-lip smile passes) and head.covering (不得使用头部覆盖物).
#include <certphoto/core/detail/context.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace certphoto::core::detail {
namespace {

std::string reasonOf(const Context& ctx, const std::string& id, const std::string& fallback) {
    const Rule* r = ctx.profile.rule(id);
    return r && !r->reason.empty() ? r->reason : fallback;
}

// Median Lab of the pixels of `region` that are the person (mask 0) and pass `keep`.
template <class Keep> bool medianLab(Context& ctx, cv::Rect region, cv::Vec3f& out, int& count, Keep keep) {
    region &= cv::Rect(0, 0, ctx.bgr.cols, ctx.bgr.rows);
    count = 0;
    if (region.area() <= 0)
        return false;
    cv::Mat lab = labOf(ctx, region);
    std::vector<float> c[3];
    for (int y = 0; y < region.height; ++y)
        for (int x = 0; x < region.width; ++x) {
            if (ctx.backgroundFound && ctx.mask.at<uchar>(region.y + y, region.x + x) != 0)
                continue;
            cv::Vec3f v = lab.at<cv::Vec3f>(y, x);
            if (!keep(v))
                continue;
            for (int k = 0; k < 3; ++k)
                c[k].push_back(v[k]);
        }
    count = int(c[0].size());
    if (count == 0)
        return false;
    for (int k = 0; k < 3; ++k) {
        std::nth_element(c[k].begin(), c[k].begin() + count / 2, c[k].end());
        out[k] = c[k][size_t(count / 2)];
    }
    return true;
}

} // namespace

void checkEyesOpen(Context& ctx) {
    const FacePoints& p = ctx.points;
    double r = p.rightEye.opening, l = p.leftEye.opening;
    char detail[160];
    std::snprintf(detail, sizeof detail, "lid opening right %.3f, left %.3f of the eye distance%s", r, l,
                  p.rightEye.found && p.leftEye.found ? "" : " (eye centre from the face detector)");
    if (!std::isfinite(r) || !std::isfinite(l)) {
        addFinding(ctx, "eyes.open", Status::Warn, NAN, "-", reasonOf(ctx, "eyes.open", "eyes.closed"),
                   "eyes could not be measured (too close to the edge of the photo)");
        return;
    }
    judge(ctx, "eyes.open", std::min(r, l), "of eye distance", "eyes.closed", detail);
}

void checkMouthClosed(Context& ctx) {
    const FacePoints& p = ctx.points;
    if (!p.mouthFound) {
        addFinding(ctx, "mouth.closed", Status::Warn, NAN, "-", reasonOf(ctx, "mouth.closed", "mouth.teeth"),
                   "mouth could not be measured: " + p.problem);
        return;
    }
    const Rule* rule = ctx.profile.rule("mouth.closed");
    char detail[160];
    std::snprintf(detail, sizeof detail,
                  "gap between the lips %.3f of the eye distance; teeth %.1f%% of the mouth", p.lipGap,
                  p.teethShare * 100);
    if (!rule) {
        addFinding(ctx, "mouth.closed", Status::Pass, p.lipGap, "-", "mouth.teeth", detail);
        return;
    }
    // Teeth held on their own as well: a smile showing a row of teeth can keep the lips' gap small.
    double maxTeeth = rule->param("max_teeth", 1), warnTeeth = rule->param("warn_teeth", 1);
    judge(ctx, "mouth.closed", p.lipGap, "of eye distance", "mouth.teeth", detail);
    Finding& f = ctx.report.findings.back();
    const Status gapStatus = f.status;
    const Status teethStatus = p.teethShare > maxTeeth    ? rule->severity
                               : p.teethShare > warnTeeth ? Status::Warn
                                                          : Status::Pass;
    if (teethStatus == rule->severity || (teethStatus == Status::Warn && f.status == Status::Pass))
        f.status = teethStatus;
    // The teeth decided it when they alone are worse than the gap: the window says so first.
    if (f.status != gapStatus)
        f.cause = "teeth";
    char teeth[48];
    std::snprintf(teeth, sizeof teeth, "; teeth <= %.0f%%", maxTeeth * 100);
    f.limit += teeth;
    addPart(ctx, {"teeth",
                  std::round(p.teethShare * 1000) / 10,
                  "percent",
                  {},
                  maxTeeth * 100,
                  {},
                  warnTeeth < 1 ? std::optional<double>(warnTeeth * 100) : std::nullopt,
                  teethStatus});
}

// A hat or cap: the top of the head (just under the crown) differs in colour from the hair beside the
// temples. Hair is one colour from the crown down the sides; a cap is another material on top. Lightness
// counts half (kL = 2), since the top of the head is lit more than the sides.
void checkHeadCovering(Context& ctx) {
    const FacePoints& p = ctx.points;
    cv::Point2f mid = (p.rightEye.centre + p.leftEye.centre) * 0.5f;
    double d = std::max(8.0, p.eyeDist);
    double top = ctx.crownY + 0.08 * d, bottom = std::min(ctx.crownY + 0.40 * d, double(mid.y) - 0.75 * d);
    std::string reason = reasonOf(ctx, "head.covering", "head.covering");
    // A crown read less than 1.4 eye distances above the eyes (a head is ~2) is the mask taking dark hair
    // for a dark backdrop: the region under it would be the forehead.
    if (mid.y - ctx.crownY < 1.4 * d) {
        addFinding(ctx, "head.covering", Status::Pass, NAN, "-", reason,
                   "not measurable: crown too close to the eyes");
        return;
    }
    if (bottom - top < 0.1 * d) {
        addFinding(ctx, "head.covering", Status::Pass, NAN, "-", reason, "no room between crown and brow");
        return;
    }
    cv::Rect crown(int(mid.x - 0.45 * d), int(top), int(0.9 * d), int(bottom - top));
    cv::Vec3f topLab, sideLab, skinLab;
    int nTop = 0, nSide = 0, nSkin = 0;
    // Skin: the forehead between the eyes and the cheeks below them.
    cv::Rect skinRect(int(mid.x - 0.3 * d), int(mid.y + 0.15 * d), int(0.6 * d), int(0.25 * d));
    auto all = [](const cv::Vec3f&) { return true; };
    medianLab(ctx, skinRect, skinLab, nSkin, all);
    auto notSkin = [&](const cv::Vec3f& v) {
        return nSkin == 0 || std::hypot(v[1] - skinLab[1], v[2] - skinLab[2]) > 6 ||
               std::fabs(v[0] - skinLab[0]) > 15;
    };
    // Not skin: a bald crown is no covering.
    auto notSkinTop = [&](const cv::Vec3f& v) { return notSkin(v); };
    bool haveTop = medianLab(ctx, crown, topLab, nTop, notSkinTop);
    std::vector<float> sides;
    cv::Vec3f sum(0, 0, 0);
    int got = 0;
    for (int side : {-1, 1}) {
        // Beside the eyes, just outside the cheeks (2.4 d wide): hair falls there under a cap too.
        double x0 = side < 0 ? mid.x - 1.45 * d : mid.x + 1.1 * d;
        cv::Rect r(int(x0), int(mid.y - 0.5 * d), int(0.35 * d), int(0.8 * d));
        cv::Vec3f v;
        int n = 0;
        if (medianLab(ctx, r, v, n, notSkin) && n > 0.05 * r.area()) {
            sum += v * float(n);
            got += n;
        }
    }
    nSide = got;
    if (got)
        sideLab = sum / float(got);
    if (!haveTop || nTop < 0.3 * crown.area() || nSide == 0) {
        addFinding(ctx, "head.covering", Status::Pass, NAN, "-", reason,
                   "not measurable: no hair visible beside the temples");
        return;
    }
    cv::Vec3f diff = topLab - sideLab;
    double de = std::sqrt(double(diff[0] / 2) * (diff[0] / 2) + double(diff[1]) * diff[1] +
                          double(diff[2]) * diff[2]);
    char detail[200];
    std::snprintf(detail, sizeof detail,
                  "top of the head L*a*b* %.0f/%.0f/%.0f against the hair beside the temples %.0f/%.0f/%.0f",
                  topLab[0], topLab[1], topLab[2], sideLab[0], sideLab[1], sideLab[2]);
    judge(ctx, "head.covering", de, "dE(kL=2)", "head.covering", detail);
    // A colour no hair has (a green, blue or magenta scarf or cap, a vivid red one) on top of the head, even
    // where it covers the sides too. Hair: nearly grey (black, grey, white), or orange-yellow hues (brown,
    // blond, auburn) of moderate chroma.
    double chroma = std::hypot(double(topLab[1]), double(topLab[2]));
    double hue = std::atan2(double(topLab[2]), double(topLab[1])) * 180 / CV_PI;
    bool hairColour = chroma <= 14 || (hue >= 20 && hue <= 95 && chroma <= 45);
    Finding& f = ctx.report.findings.back();
    if (!hairColour && f.status == Status::Pass) {
        const Rule* rule = ctx.profile.rule("head.covering");
        f.status = rule ? rule->severity : Status::Pass;
        f.detail += "; not a hair colour";
    }
}

} // namespace certphoto::core::detail

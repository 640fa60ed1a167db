// image.sharpness, image.exposure, lighting.balance, image.color: all measured on the face, so the
// background colour and the clothes do not sway them.
#include <certphoto/core/detail/context.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace certphoto::core::detail {
namespace {

float median(std::vector<float>& v) {
    if (v.empty())
        return NAN;
    std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
    return v[v.size() / 2];
}

// Median L* of the person's pixels (not background) in a region of the photo; NaN when there are none.
float personLightness(Context& ctx, const cv::Rect& r) {
    std::vector<float> v;
    if (r.area() <= 0)
        return median(v);
    v.reserve(std::size_t(r.area()));
    cv::Mat patch = labOf(ctx, r);
    for (int y = 0; y < r.height; ++y) {
        const cv::Vec3f* row = patch.ptr<cv::Vec3f>(y);
        const uchar* background = ctx.mask.empty() ? nullptr : ctx.mask.ptr<uchar>(y + r.y) + r.x;
        for (int x = 0; x < r.width; ++x)
            if (!background || !background[x])
                v.push_back(row[x][0]);
    }
    return median(v);
}

// image.color: a colour cast, told apart from the applicant's own skin tone. A cast tints the whole photo,
// so the background moves with the skin; a person's warm or pale skin leaves the background as it was.
void checkColourCast(Context& ctx, double skinL, double aSkin, double bSkin) {
    const double hue = std::atan2(bSkin, aSkin) * 180.0 / std::numbers::pi;
    const double chroma = std::hypot(aSkin, bSkin);
    const Rule* rule = ctx.profile.rule("image.color");
    // The background's a*b* offset from the nearest colour the profile accepts (Lab dE, as background.color).
    double shiftA = 0, shiftB = 0;
    const bool haveBackground = ctx.backgroundFound && !ctx.profile.backgroundColors.empty();
    if (haveBackground) {
        double best = 1e9;
        for (const auto& c : ctx.profile.backgroundColors) {
            cv::Vec3f lab = rgbToLab(c[0], c[1], c[2]);
            double d = deltaE(ctx.backgroundLab, lab);
            if (d < best)
                best = d, shiftA = ctx.backgroundLab[1] - lab[1], shiftB = ctx.backgroundLab[2] - lab[2];
        }
    }
    // The skin's offset from ordinary skin (a*=14, b*=17: hue ~50 deg, chroma ~22), the way a cast pushes it.
    const double refA = rule ? rule->param("skin_ref_a", 14) : 14,
                 refB = rule ? rule->param("skin_ref_b", 17) : 17;
    const double exA = aSkin - refA, exB = bSkin - refB;
    // Cast strength: the shift skin and background have in common (dE in a*b*), i.e. the smaller of the two
    // projected on each other. Warm skin before an accepted background, or a wrong background behind ordinary
    // skin, share next to nothing; a cast moves both the same way.
    const double longer = std::max(std::hypot(exA, exB), std::hypot(shiftA, shiftB));
    double cast = longer > 1e-6 ? std::max(0.0, (shiftA * exA + shiftB * exB) / longer) : 0.0;
    // Fair skin starts below ordinary skin: a warm cast carries it towards ordinary skin, and the skin's
    // own excess then shows nothing. When the skin with the background's shift taken off is still natural
    // skin (hue and chroma inside the natural band), the photo is explained by that shift as a cast as
    // well: the background's shift counts. A wrong backdrop behind ordinary skin leaves, taken off, a
    // skin colour nobody has (a yellow backdrop: bluish skin), and stays background.color's.
    // A channel gain moves a*b* about in proportion to L*: the skin, darker than the backdrop, moves less.
    const double lRatio = haveBackground && ctx.backgroundLab[0] > 1
                              ? std::clamp(skinL / double(ctx.backgroundLab[0]), 0.3, 1.0)
                              : 1.0;
    const double natA = aSkin - shiftA * lRatio, natB = bSkin - shiftB * lRatio;
    const double natHue = std::atan2(natB, natA) * 180.0 / std::numbers::pi,
                 natChroma = std::hypot(natA, natB);
    const double hueLo = rule ? rule->param("natural_hue_min", 25) : 25,
                 hueHi = rule ? rule->param("natural_hue_max", 70) : 70,
                 chromaLo = rule ? rule->param("natural_chroma_min", 7) : 7;
    const double shift = std::hypot(shiftA, shiftB) * lRatio;
    const bool castExplains = haveBackground && natHue >= hueLo && natHue <= hueHi && natChroma >= chromaLo &&
                              natChroma <= (rule ? rule->param("max_chroma", 48) : 48);
    if (castExplains)
        cast = std::max(cast, shift);
    char detail[240];
    std::snprintf(
        detail, sizeof detail,
        "shared cast %.1f dE; skin hue %.0f deg, chroma %.1f (a*=%.1f b*=%.1f); background off its accepted "
        "colour by a*=%+.1f b*=%+.1f%s",
        cast, hue, chroma, aSkin, bSkin, shiftA, shiftB, haveBackground ? "" : " (no background found)");
    if (!rule) {
        addFinding(ctx, "image.color", Status::Pass, std::round(cast * 10) / 10, "-", "image.color", detail,
                   "dE");
        return;
    }
    const double minC = rule->param("min_chroma", 6), maxC = rule->param("max_chroma", 48);
    const double maxCast = rule->param("max_cast", 10), warnCast = rule->param("warn_cast", 6);
    Status s = Status::Pass;
    const bool hueOut = (rule->min && hue < *rule->min) || (rule->max && hue > *rule->max);
    if (hueOut || chroma < minC || chroma > maxC || cast > maxCast)
        s = rule->severity;
    else if ((rule->warnMin && hue < *rule->warnMin) || (rule->warnMax && hue > *rule->warnMax) ||
             cast > warnCast)
        s = Status::Warn;
    char limit[120];
    std::snprintf(limit, sizeof limit, "cast <= %.0f dE; skin hue %.0f..%.0f deg; chroma %.0f..%.0f", maxCast,
                  rule->min.value_or(-180), rule->max.value_or(180), minC, maxC);
    Finding& fd = addFinding(ctx, "image.color", s, std::round(cast * 10) / 10, limit,
                             rule->reason.empty() ? "image.color" : rule->reason, detail, "dE", {}, maxCast);
    fd.warnMax = warnCast;
    const bool chromaOut = chroma < minC || chroma > maxC;
    const bool hueWarn = (rule->warnMin && hue < *rule->warnMin) || (rule->warnMax && hue > *rule->warnMax);
    // The part that decided it: the cast itself (the main value) unless the skin's hue or chroma did.
    if (s != Status::Pass && cast <= maxCast && (hueOut || chromaOut || cast <= warnCast))
        fd.cause = hueOut || (!chromaOut && hueWarn) ? "skin_hue" : chromaOut ? "skin_chroma" : "";
    addPart(ctx, {"skin_hue", std::round(hue), "deg", rule->min, rule->max, rule->warnMin, rule->warnMax,
                  hueOut    ? rule->severity
                  : hueWarn ? Status::Warn
                            : Status::Pass});
    addPart(ctx, {"skin_chroma",
                  std::round(chroma * 10) / 10,
                  "",
                  minC,
                  maxC,
                  {},
                  {},
                  chromaOut ? rule->severity : Status::Pass});
}

} // namespace

void checkImageQuality(Context& ctx) {
    const Face& f = *ctx.face;
    cv::Rect frame(0, 0, ctx.bgr.cols, ctx.bgr.rows);
    // The inner face: eyes to mouth, cheek to cheek - skin, no hair, no background.
    double eyeDist = std::max(4.0, double(cv::norm(f.leftEye - f.rightEye)));
    cv::Point2f mid = (f.leftEye + f.rightEye) * 0.5f;
    cv::Rect inner = cv::Rect(int(mid.x - 0.9 * eyeDist), int(mid.y - 0.25 * eyeDist), int(1.8 * eyeDist),
                              int(std::max(4.0, double(f.mouth.y - mid.y) + 0.35 * eyeDist))) &
                     frame;
    if (inner.area() < 64)
        return;

    // Sharpness: Laplacian variance on the face scaled to a fixed size (independent of the photo's size).
    {
        cv::Mat grey, face, lap;
        cv::Rect wide = cv::Rect(f.box) & frame;
        cv::cvtColor(ctx.bgr(wide), grey, cv::COLOR_BGR2GRAY);
        cv::resize(grey, face, {128, 128}, 0, 0, cv::INTER_AREA);
        cv::Laplacian(face, lap, CV_32F, 3);
        cv::Scalar mean, sd;
        cv::meanStdDev(lap, mean, sd);
        judge(ctx, "image.sharpness", std::round(sd[0] * sd[0]), "Laplacian variance", "image.blur");
    }

    cv::Mat lab = labOf(ctx, inner);
    std::vector<float> L, A, B;
    for (std::vector<float>* v : {&L, &A, &B})
        v->reserve(std::size_t(inner.area()));
    for (int y = 0; y < lab.rows; ++y) {
        const cv::Vec3f* row = lab.ptr<cv::Vec3f>(y);
        for (int x = 0; x < lab.cols; ++x) {
            L.push_back(row[x][0]);
            A.push_back(row[x][1]);
            B.push_back(row[x][2]);
        }
    }
    float lMed = median(L), aMed = median(A), bMed = median(B);

    {
        double bgL = NAN, accL = NAN, best = 1e9;
        if (ctx.backgroundFound)
            for (const auto& c : ctx.profile.backgroundColors) {
                const cv::Vec3f acc = rgbToLab(c[0], c[1], c[2]);
                const double d = deltaE(ctx.backgroundLab, acc);
                if (d < best)
                    best = d, accL = acc[0], bgL = ctx.backgroundLab[0];
            }
        // A face can be dark by nature, so its lightness alone lets moderate under-exposure through. An
        // under-exposed photo darkens the backdrop too, which is known (the nearest accepted colour): both
        // darker at once warns. A backdrop that is merely a darker colour behind a face of ordinary
        // lightness is background.color's to judge.
        const Rule* rule = ctx.profile.rule("image.exposure");
        const double darkBg = rule ? rule->param("dark_background", 0) : 0,
                     darkFace = rule ? rule->param("dark_face", 0) : 0;
        const double bgDarker = std::isfinite(bgL) ? accL - bgL : 0;
        const bool under = darkBg > 0 && bgDarker >= darkBg && lMed < darkFace;
        char det[160];
        std::snprintf(det, sizeof det,
                      "face L* %.1f; background L* %.1f, %.1f darker than its accepted colour%s", lMed, bgL,
                      bgDarker, under ? ": the whole photo is under-exposed" : "");
        judge(ctx, "image.exposure", std::round(lMed * 10) / 10, "L* of the face", "image.exposure", det);
        Finding& exposure = ctx.report.findings.back();
        if (under && exposure.status == Status::Pass) {
            exposure.status = Status::Warn;
            char lim[96];
            std::snprintf(lim, sizeof lim, "; warn when face < %.0f and background >= %.0f L* darker",
                          darkFace, darkBg);
            exposure.limit += lim;
        }
    }

    // One side of the face darker than the other: the two cheeks (below the eyes, beside the nose), where
    // side light falls off most; medians, so a glint or a strand of hair does not sway them.
    auto cheek = [&](double side) {
        cv::Rect r =
            cv::Rect(int(mid.x + side * 0.62 * eyeDist - 0.18 * eyeDist), int(mid.y + 0.3 * eyeDist),
                     int(0.36 * eyeDist), int(std::max(4.0, double(f.mouth.y - mid.y) - 0.3 * eyeDist))) &
            frame;
        return personLightness(ctx, r);
    };
    float lLeft = cheek(-1), lRight = cheek(+1);
    double imbalance = std::isfinite(lLeft) && std::isfinite(lRight) ? std::fabs(lLeft - lRight) : 0;
    // Light from one side falls on the shoulders too. A face that is itself lit unevenly can have its bright
    // cheek darkened down to its dark one, and the cheeks alone then look balanced; the two shoulders (the
    // person below the chin, either side of the head's centre line) still show it. As a ratio, so dark
    // clothes count as much as light ones.
    auto shoulder = [&](int side) {
        const cv::Rect& head = ctx.head;
        if (head.area() <= 0)
            return NAN;
        const int top = int(ctx.chinY + head.height * 0.35), cx = head.x + head.width / 2;
        cv::Rect r = cv::Rect(side < 0 ? cx - int(head.width * 0.8) : cx, top, int(head.width * 0.8),
                              int(head.height * 0.4)) &
                     frame;
        return personLightness(ctx, r);
    };
    const float sLeft = shoulder(-1), sRight = shoulder(+1);
    const Rule* balanceRule = ctx.profile.rule("lighting.balance");
    const double minRatio = balanceRule ? balanceRule->param("min_shoulder_ratio", 0) : 0;
    // Only when the shoulders are dark on the same side as the face, and bright enough to measure a ratio.
    const bool shouldersMeasured = std::isfinite(sLeft) && std::isfinite(sRight) &&
                                   std::max(sLeft, sRight) >= 15 && std::isfinite(lLeft) &&
                                   std::isfinite(lRight) && (sLeft < sRight) == (lLeft < lRight);
    const double ratio = shouldersMeasured ? std::min(sLeft, sRight) / std::max(sLeft, sRight) : 1.0;
    char bal[160];
    std::snprintf(bal, sizeof bal, "cheek L* %.0f left, %.0f right; shoulders L* %.0f left, %.0f right%s",
                  lLeft, lRight, sLeft, sRight, shouldersMeasured ? "" : " (not used)");
    if (balanceRule && ratio < minRatio) {
        char limit[80];
        std::snprintf(limit, sizeof limit, "<= %.0f dL*; shoulders darker side >= %.2f of lighter",
                      balanceRule->max.value_or(0), minRatio);
        addFinding(ctx, "lighting.balance", balanceRule->severity, std::round(imbalance * 10) / 10, limit,
                   balanceRule->reason.empty() ? "image.exposure" : balanceRule->reason, bal, "dL*", {},
                   balanceRule->max)
            .cause = "shoulder_ratio";
    } else {
        judge(ctx, "lighting.balance", std::round(imbalance * 10) / 10, "dL*", "image.exposure", bal);
    }
    if (balanceRule && minRatio > 0)
        addPart(ctx, {"shoulder_ratio",
                      shouldersMeasured ? std::round(ratio * 100) / 100 : NAN,
                      "ratio",
                      minRatio,
                      {},
                      {},
                      {},
                      ratio < minRatio ? balanceRule->severity : Status::Pass});

    checkColourCast(ctx, lMed, aMed, bMed);
}

void checkClothing(Context& ctx) {
    // The torso: below the chin by a third of the head height, as wide as 1.6 heads, down to the bottom.
    const int W = ctx.bgr.cols, H = ctx.bgr.rows;
    cv::Rect head = ctx.head;
    if (head.area() <= 0)
        return;
    int top = int(ctx.chinY + head.height * 0.35);
    int cx = head.x + head.width / 2;
    cv::Rect torso =
        cv::Rect(cx - int(head.width * 0.8), top, int(head.width * 1.6), H - top) & cv::Rect(0, 0, W, H);
    if (torso.height < 8 || torso.width < 8) {
        addFinding(ctx, "clothing.contrast", Status::Pass, NAN, "-", "clothing", "no clothing in the frame",
                   "dE")
            .cause = "no_clothing";
        return;
    }
    // Median colour of the torso, mask or not: clothes like the background would be taken for background.
    cv::Mat half;
    cv::resize(ctx.bgr(torso), half, {}, 0.5, 0.5, cv::INTER_NEAREST);
    cv::Mat lab = toLab(half);
    cv::Mat maskHalf;
    if (!ctx.mask.empty())
        cv::resize(ctx.mask(torso), maskHalf, half.size(), 0, 0, cv::INTER_NEAREST);
    std::vector<float> ch[3];
    for (int y = 0; y < lab.rows; ++y)
        for (int x = 0; x < lab.cols; ++x) {
            const cv::Vec3f& p = lab.at<cv::Vec3f>(y, x);
            for (int c = 0; c < 3; ++c)
                ch[c].push_back(p[c]);
        }
    cv::Vec3f med;
    for (int c = 0; c < 3; ++c) {
        std::vector<float> v = ch[c];
        std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
        med[c] = v[v.size() / 2];
    }
    // Clothes recoloured like the background keep their folds and shading, so they differ from it mostly in
    // lightness; the colour is what matters. Lightness counts half (kL = 2, as CIE94 and CMC 2:1 weigh it for
    // textiles), so a shaded uniform the background's colour still reads as close to it.
    const cv::Vec3f& bg = ctx.backgroundLab;
    auto distance = [&](float l, float a, float b) {
        const double dL = (l - bg[0]) / 2, da = a - bg[1], db = b - bg[2];
        return std::sqrt(dL * dL + da * da + db * db);
    };
    const double d = distance(med[0], med[1], med[2]);
    // The median is the hair's when long dark hair falls over the shoulders and only the coat beside it has
    // the background's colour. So also: the distance that a large share of the torso (`share`) keeps from the
    // background, over the pixels that are not plain background beside the shoulders (runs of the mask from
    // the photo's side edges); the value is the smaller of the two.
    const Rule* rule = ctx.profile.rule("clothing.contrast");
    const double share = rule ? rule->param("share", 0.35) : 0.35;
    std::vector<float> near;
    near.reserve(ch[0].size());
    for (int y = 0; y < lab.rows; ++y) {
        int x0 = 0, x1 = lab.cols - 1;
        if (!maskHalf.empty()) {
            const uchar* m = maskHalf.ptr<uchar>(y);
            if (torso.x == 0)
                while (x0 <= x1 && m[x0])
                    ++x0;
            if (torso.x + torso.width == W)
                while (x1 >= x0 && m[x1])
                    --x1;
        }
        for (int x = x0; x <= x1; ++x) {
            const std::size_t i = std::size_t(y) * std::size_t(lab.cols) + std::size_t(x);
            near.push_back(float(distance(ch[0][i], ch[1][i], ch[2][i])));
        }
    }
    double part = d;
    if (near.size() > 16) {
        const auto k = long(double(near.size()) * share);
        std::nth_element(near.begin(), near.begin() + k, near.end());
        part = near[std::size_t(k)];
    }
    const double value = std::min(d, part);
    char detail[160];
    std::snprintf(detail, sizeof detail,
                  "torso L*a*b* %.0f %.0f %.0f, background %.0f %.0f %.0f; median %.1f, %.0f%% of the torso "
                  "within %.1f",
                  med[0], med[1], med[2], bg[0], bg[1], bg[2], d, share * 100, part);
    judge(ctx, "clothing.contrast", std::round(value * 10) / 10, "dE (lightness halved) to background",
          "clothing", detail);
}

} // namespace certphoto::core::detail

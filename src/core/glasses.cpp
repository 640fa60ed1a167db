// Glasses: are there frames on the face, and where are the lenses. A frame is a thin line darker than the
// skin on both sides of it: across the nose bridge between the eyes (where bare skin is smooth, between
// the brows) and along the lower rims under the eyes. Measured as the depth of that dip in the rows'
// median lightness, so skin texture and a shaded cheek (a slope, not a dip) do not count.
// glasses.tinted: the lenses of found frames much darker than the skin below them.
#include <certphoto/core/detail/context.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace certphoto::core::detail {
namespace {

float medianOf(std::vector<float>& v) {
    if (v.empty())
        return NAN;
    std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
    return v[v.size() / 2];
}

// Median L* of each row of a region (medians: a glint or a strand does not make or fill a dip).
std::vector<float> rowProfile(const cv::Mat& lab, const cv::Rect& r) {
    std::vector<float> out;
    std::vector<float> row;
    for (int y = r.y; y < r.y + r.height; ++y) {
        row.clear();
        const cv::Vec3f* p = lab.ptr<cv::Vec3f>(y);
        for (int x = r.x; x < r.x + r.width; ++x)
            row.push_back(p[x][0]);
        out.push_back(medianOf(row));
    }
    return out;
}

// The deepest thin dark line in a profile: at each row, how far it lies below the brighter side on BOTH
// sides within `reach` rows (a step or a slope gives ~0, a line its depth).
double deepestDip(const std::vector<float>& p, int reach, int* where = nullptr) {
    double best = 0;
    const int n = int(p.size());
    for (int i = reach; i + reach < n; ++i) {
        float above = *std::max_element(p.begin() + (i - reach), p.begin() + i);
        float below = *std::max_element(p.begin() + i + 1, p.begin() + i + reach + 1);
        double dip = std::min(above, below) - p[std::size_t(i)];
        if (dip > best) {
            best = dip;
            if (where)
                *where = i;
        }
    }
    return best;
}

} // namespace

Glasses detectGlasses(Context& ctx) {
    Glasses g;
    const Face& f = *ctx.face;
    const double d = cv::norm(f.leftEye - f.rightEye);
    if (d < 12)
        return g;
    const cv::Rect frame(0, 0, ctx.bgr.cols, ctx.bgr.rows);
    const cv::Point2f mid = (f.leftEye + f.rightEye) * 0.5f;
    // Lightness of the eye band, from above the brows to the upper cheeks, converted once.
    const cv::Rect band =
        cv::Rect(int(mid.x - 0.95 * d), int(mid.y - 0.5 * d), int(1.9 * d), int(1.2 * d)) & frame;
    if (band.width < 16 || band.height < 16)
        return g;
    cv::Mat lab = labOf(ctx, band);
    auto local = [&](double x, double y, double w, double h) {
        return cv::Rect(int(x - band.x), int(y - band.y), std::max(1, int(w)), std::max(1, int(h))) &
               cv::Rect(0, 0, band.width, band.height);
    };
    const int reach = std::max(2, int(std::lround(0.09 * d)));
    // Nose bridge: a narrow column between the eyes, from the brows' height to just below the eye line.
    const cv::Rect bridge = local(mid.x - 0.09 * d, mid.y - 0.38 * d, 0.18 * d, 0.55 * d);
    const double bridgeDip = bridge.height > 2 * reach + 2 ? deepestDip(rowProfile(lab, bridge), reach) : 0;
    // Lower rims: under each eye, below the lower lid (0.18 d) and above the cheekbone (0.6 d).
    double rim[2] = {0, 0};
    const cv::Point2f eyes[2] = {f.rightEye, f.leftEye};
    for (int i = 0; i < 2; ++i) {
        const cv::Rect r = local(eyes[i].x - 0.22 * d, eyes[i].y + 0.16 * d, 0.44 * d, 0.5 * d);
        rim[i] = r.height > 2 * reach + 2 ? deepestDip(rowProfile(lab, r), reach) : 0;
    }
    const Rule* rule = ctx.profile.rule("glasses.tinted");
    const double bridgeMin = rule ? rule->param("frame_bridge", 7) : 7,
                 rimMin = rule ? rule->param("frame_rim", 6) : 6;
    g.bridgeDip = bridgeDip;
    g.rimDip = std::min(rim[0], rim[1]);
    // The bridge alone can be a dark brow line meeting in the middle; the rims alone a pair of eye bags.
    // Either strongly, or both moderately.
    g.present = (bridgeDip >= bridgeMin && g.rimDip >= rimMin * 0.6) ||
                (g.rimDip >= rimMin && bridgeDip >= bridgeMin * 0.6) || bridgeDip >= 2 * bridgeMin;
    for (int i = 0; i < 2; ++i)
        g.lens[i] = cv::RotatedRect(eyes[i] + cv::Point2f(0, float(0.05 * d)),
                                    cv::Size2f(float(0.9 * d), float(0.62 * d)), 0);
    return g;
}

bool onLens(const Glasses& g, const cv::Point2f& p) {
    if (!g.present)
        return false;
    for (const cv::RotatedRect& l : g.lens) {
        const double dx = (p.x - l.center.x) / (l.size.width / 2),
                     dy = (p.y - l.center.y) / (l.size.height / 2);
        if (dx * dx + dy * dy <= 1)
            return true;
    }
    return false;
}

void checkGlassesTint(Context& ctx, const Glasses& g) {
    const Rule* rule = ctx.profile.rule("glasses.tinted");
    const std::string reason = rule && !rule->reason.empty() ? rule->reason : "glasses.tinted";
    char frames[96];
    std::snprintf(frames, sizeof frames, "frame lines: bridge %.1f L*, lower rims %.1f L*", g.bridgeDip,
                  g.rimDip);
    if (!g.present) {
        addFinding(ctx, "glasses.tinted", Status::Pass, NAN, "-", reason,
                   std::string("no glasses found (") + frames + ")");
        return;
    }
    const Face& f = *ctx.face;
    const double d = cv::norm(f.leftEye - f.rightEye);
    const cv::Rect frame(0, 0, ctx.bgr.cols, ctx.bgr.rows);
    // The lens: the eye and the skin around it inside the rims; the reference: the cheeks just below.
    std::vector<float> lens, skin;
    const cv::Point2f eyes[2] = {f.rightEye, f.leftEye};
    for (const cv::Point2f& e : eyes) {
        const cv::Rect lr =
            cv::Rect(int(e.x - 0.3 * d), int(e.y - 0.12 * d), int(0.6 * d), int(0.3 * d)) & frame;
        const cv::Rect sr =
            cv::Rect(int(e.x - 0.25 * d), int(e.y + 0.55 * d), int(0.5 * d), int(0.25 * d)) & frame;
        for (const auto& [r, out] : {std::pair{lr, &lens}, std::pair{sr, &skin}}) {
            if (r.area() <= 0)
                continue;
            cv::Mat lab = labOf(ctx, r);
            const uchar* bg = nullptr;
            for (int y = 0; y < r.height; ++y) {
                bg = ctx.mask.empty() ? nullptr : ctx.mask.ptr<uchar>(y + r.y) + r.x;
                const cv::Vec3f* p = lab.ptr<cv::Vec3f>(y);
                for (int x = 0; x < r.width; ++x)
                    if (!bg || !bg[x])
                        out->push_back(p[x][0]);
            }
        }
    }
    const float lensL = medianOf(lens), skinL = medianOf(skin);
    const double share = std::isfinite(lensL) && std::isfinite(skinL) && skinL > 1 ? lensL / skinL : NAN;
    char detail[200];
    if (!std::isfinite(share)) {
        addFinding(ctx, "glasses.tinted", Status::Pass, NAN, "-", reason,
                   std::string("glasses found, lenses not measurable (") + frames + ")");
        return;
    }
    std::snprintf(detail, sizeof detail, "glasses found (%s); lenses L* %.0f, cheeks L* %.0f", frames, lensL,
                  skinL);
    judge(ctx, "glasses.tinted", std::round(share * 100) / 100, "of the cheeks' L*", reason, detail);
}

} // namespace certphoto::core::detail

// The recheck of an export (export_recheck.h): the file rules and the pixel checks again, the face where
// the approved report found it.
#include <certphoto/core/detail/context.h>
#include <certphoto/core/detail/export_recheck.h>
#include <certphoto/core/detail/image_file.h>
#include <certphoto/core/detail/jpeg_codec.h>
#include <certphoto/core/detail/json.h>

#include <cmath>

namespace certphoto::core {

namespace {

std::optional<Point> pointOf(const json::Value* v) {
    if (!v || !v->isArray() || v->array.size() != 2 || !v->array[0].isNumber() || !v->array[1].isNumber())
        return std::nullopt;
    return Point{v->array[0].number, v->array[1].number};
}

cv::Point2f cvPoint(const Point& p) {
    return {float(p.x), float(p.y)};
}

} // namespace

std::optional<ApprovedGeometry> parseApprovedGeometry(const std::string& text) {
    std::string error;
    const auto doc = json::parse(text, error);
    if (!doc || !doc->isObject())
        return std::nullopt;
    const json::Value *w = doc->get("width"), *h = doc->get("height"), *box = doc->get("head_box"),
                      *lm = doc->get("landmarks");
    if (!w || !h || !w->isNumber() || !h->isNumber() || !box || !box->isArray() || box->array.size() != 4 ||
        !lm || !lm->isObject())
        return std::nullopt;
    ApprovedGeometry g;
    g.width = int(w->number);
    g.height = int(h->number);
    int b[4];
    for (std::size_t i = 0; i < 4; ++i) {
        if (!box->array[i].isNumber())
            return std::nullopt;
        b[i] = int(box->array[i].number);
    }
    g.headBox = {b[0], b[1], b[2], b[3]};
    const std::pair<const char*, Point*> points[] = {{"right_eye", &g.rightEye}, {"left_eye", &g.leftEye},
                                                     {"nose", &g.nose},          {"mouth", &g.mouth},
                                                     {"right_ear", &g.rightEar}, {"left_ear", &g.leftEar}};
    for (const auto& [name, at] : points) {
        const auto p = pointOf(lm->get(name));
        if (!p)
            return std::nullopt;
        *at = *p;
    }
    if (g.width <= 0 || g.height <= 0 || g.headBox.w <= 0 || g.headBox.h <= 0)
        return std::nullopt;
    return g;
}

ApprovedGeometry mapGeometry(const ApprovedGeometry& g, const Box& crop, int width, int height) {
    const double sx = double(width) / crop.w, sy = double(height) / crop.h;
    auto map = [&](const Point& p) { return Point{(p.x - crop.x) * sx, (p.y - crop.y) * sy}; };
    ApprovedGeometry out;
    out.width = width;
    out.height = height;
    out.headBox = {int(std::lround((g.headBox.x - crop.x) * sx)),
                   int(std::lround((g.headBox.y - crop.y) * sy)), int(std::lround(g.headBox.w * sx)),
                   int(std::lround(g.headBox.h * sy))};
    out.rightEye = map(g.rightEye);
    out.leftEye = map(g.leftEye);
    out.nose = map(g.nose);
    out.mouth = map(g.mouth);
    out.rightEar = map(g.rightEar);
    out.leftEar = map(g.leftEar);
    return out;
}

namespace detail {

void recheckPixels(const cv::Mat& bgr, const Profile& profile, const ApprovedGeometry& g, Report& report) {
    Context ctx{profile, report};
    ctx.bgr = bgr;
    // The face as the checks need it. Its box is the approved head box (crown to chin, ear to ear): the
    // same region on the reference and on the re-encoded photo, so the two measurements compare.
    Face f;
    f.box = cv::Rect2f(float(g.headBox.x), float(g.headBox.y), float(g.headBox.w), float(g.headBox.h));
    f.score = 1;
    f.rightEye = cvPoint(g.rightEye);
    f.leftEye = cvPoint(g.leftEye);
    f.nose = cvPoint(g.nose);
    f.mouth = cvPoint(g.mouth);
    f.rightEar = cvPoint(g.rightEar);
    f.leftEar = cvPoint(g.leftEar);
    ctx.face = f;
    ctx.head = cv::Rect(g.headBox.x, g.headBox.y, g.headBox.w, g.headBox.h);
    ctx.crownY = g.headBox.y;
    ctx.chinY = g.headBox.y + g.headBox.h;
    buildBackgroundMask(ctx);
    checkBackground(ctx);
    checkImageQuality(ctx);
}

} // namespace detail

Report recheckExport(const std::vector<std::uint8_t>& bytes, const Profile& profile,
                     const ApprovedGeometry& geometry) {
    Report report;
    report.profile = profile.name;
    report.coreVersion = coreVersion();
    detail::Context ctx{profile, report};
    try {
        const detail::FileInfo info = detail::inspect(bytes);
        detail::checkFile(ctx, bytes, info);
        std::string why;
        // The core's own structural walk judged the data above; the pixels come from libjpeg directly.
        const bool whole = info.format == detail::Format::Jpeg && info.headerOk && info.complete &&
                           !info.dataCorrupt && info.components == 3;
        const cv::Mat bgr =
            whole ? detail::decodeJpeg(bytes, detail::kMaxPixels, why) : detail::decode(bytes, info, why);
        if (bgr.empty()) {
            detail::addFinding(ctx, "image.decode", Status::Fail, NAN, "decodes completely", "file.format",
                               why);
            return report;
        }
        detail::addFinding(ctx, "image.decode", Status::Pass, 1, "decodes completely", "file.format");
        report.width = bgr.cols;
        report.height = bgr.rows;
        const bool sized = profile.width <= 0 || (bgr.cols == profile.width && bgr.rows == profile.height);
        if (profile.width > 0 && profile.height > 0)
            detail::addFinding(ctx, "image.dimensions", sized ? Status::Pass : Status::Fail,
                               bgr.cols * bgr.rows,
                               std::to_string(profile.width) + "x" + std::to_string(profile.height) + " px",
                               "file.resolution");
        report.headBox = geometry.headBox;
        if (bgr.cols == geometry.width && bgr.rows == geometry.height)
            detail::recheckPixels(bgr, profile, geometry, report);
        else
            detail::addFinding(ctx, "image.dimensions", Status::Fail, bgr.cols * bgr.rows,
                               std::to_string(geometry.width) + "x" + std::to_string(geometry.height) + " px",
                               "file.resolution", "not the size the geometry was mapped to");
    } catch (const cv::Exception& e) {
        detail::addFinding(ctx, "image.decode", Status::Fail, NAN, "analysable", "file.format",
                           std::string("recheck failed: ") + e.what());
    } catch (const std::exception& e) {
        detail::addFinding(ctx, "image.decode", Status::Fail, NAN, "analysable", "file.format",
                           std::string("recheck failed: ") + e.what());
    }
    return report;
}

} // namespace certphoto::core

// The entry point: bytes + profile -> report. Stages run in order; nothing escapes as an exception.
#include <certphoto/core/analysis.h>
#include <certphoto/core/detail/c_locale.h>
#include <certphoto/core/detail/context.h>
#include <certphoto/core/detail/image_file.h>
#include <certphoto/core/profile.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

#include <chrono>
#include <cmath>
#include <exception>

namespace certphoto::core {

// Bumped whenever a report for the same bytes and profile can change, so stored reports can be recomputed.
// 1.1.0: the background mask reaches narrow bays of background; glare keeps off the mask's edge.
// 1.1.1: the face model runs on the core's own kernels for four layer kinds (face_net.cpp); the model's
// outputs move in their sixth digit, head.tilt in its fourth on a few photos (no status on the corpus moved).
// 1.2.0 (issue 11): precise eyes and lips, eyes.open, mouth.closed, head.covering; glasses found, glare on
// skin as face.shine, glasses.tinted; the background mask kept out of the person below the chin; JSON through
// nlohmann-json, locale-independent (numbers of 10,000 and more written in full: "12350", was "1.235e+04").
// 1.2.1: the close look at the face is averaged with a look at its mirror image (the detector's keypoints
// are not mirror-symmetric): yaw reads the same with opposite signs on a photo and its mirror image.
const char* coreVersion() {
    return "certphoto-core 1.2.1";
}

std::string opencvVersion() {
    return cv::getVersionString();
}

namespace {

using namespace detail;

void checkDimensions(Context& ctx) {
    const Profile& p = ctx.profile;
    int w = ctx.bgr.cols, h = ctx.bgr.rows;
    std::string value = std::to_string(w) + "x" + std::to_string(h);
    const Rule* rule = p.rule("image.dimensions");
    std::string reason = rule && !rule->reason.empty() ? rule->reason : "file.resolution";
    Status bad = rule ? rule->severity : Status::Fail;
    if (p.width > 0 && p.height > 0) {
        bool ok = w == p.width && h == p.height;
        Finding& f = addFinding(ctx, "image.dimensions", ok ? Status::Pass : bad, w * h,
                                std::to_string(p.width) + "x" + std::to_string(p.height) + " px", reason,
                                value, "pixels");
        f.cause = w != p.width ? "width" : h != p.height ? "height" : "";
        addPart(ctx, {"width", double(w), "px", p.width, p.width, {}, {}, w == p.width ? Status::Pass : bad});
        addPart(ctx,
                {"height", double(h), "px", p.height, p.height, {}, {}, h == p.height ? Status::Pass : bad});
        return;
    }
    double minW = rule ? rule->param("min_width", 0) : 0, minH = rule ? rule->param("min_height", 0) : 0;
    bool ok = w >= minW && h >= minH;
    Finding& f = addFinding(ctx, "image.dimensions", ok ? Status::Pass : bad, w * h,
                            ">= " + std::to_string(int(minW)) + "x" + std::to_string(int(minH)) + " px",
                            reason, value, "pixels");
    f.cause = w < minW ? "width" : h < minH ? "height" : "";
    addPart(ctx, {"width", double(w), "px", minW, {}, {}, {}, w >= minW ? Status::Pass : bad});
    addPart(ctx, {"height", double(h), "px", minH, {}, {}, {}, h >= minH ? Status::Pass : bad});
}

// The detector is not mirror-symmetric: the same face mirrored puts its keypoints a few pixels elsewhere,
// and the ear points (the yaw index) move most - by up to a tenth of the face on a tuning person's mirror
// pair. Averaging the look at the face with the look at its mirror image (labels swapped back) cancels
// that bias, so a photo and its mirror image read the same pose with opposite signs.
void averageWithMirror(FaceDetector& detector, const cv::Mat& crop, Face& f) {
    cv::Mat mirrored;
    cv::flip(crop, mirrored, 1);
    auto seen = detector.detect(mirrored);
    if (seen.size() != 1)
        return;
    const Face& m = seen.front();
    const float w = float(crop.cols);
    auto back = [w](cv::Point2f p) { return cv::Point2f(w - p.x, p.y); };
    auto mean = [](cv::Point2f a, cv::Point2f b) { return (a + b) * 0.5f; };
    f.rightEye = mean(f.rightEye, back(m.leftEye));
    f.leftEye = mean(f.leftEye, back(m.rightEye));
    f.nose = mean(f.nose, back(m.nose));
    f.mouth = mean(f.mouth, back(m.mouth));
    f.rightEar = mean(f.rightEar, back(m.leftEar));
    f.leftEar = mean(f.leftEar, back(m.rightEar));
    const float mx = w - (m.box.x + m.box.width);
    f.box = cv::Rect2f((f.box.x + mx) * 0.5f, (f.box.y + m.box.y) * 0.5f, (f.box.width + m.box.width) * 0.5f,
                       (f.box.height + m.box.height) * 0.5f);
}

void findFace(Context& ctx) {
    FaceDetector* detector = FaceDetector::forThisThread();
    if (!detector->ready()) {
        addFinding(ctx, "face.count", Status::Fail, NAN, "1", "face.count", detector->problem(), "count", 1,
                   1)
            .cause = "detector";
        return;
    }
    auto faces = detector->detect(ctx.bgr);
    // Faces much smaller than the main one (posters, reflections) still count: a second person is a defect.
    int count = static_cast<int>(faces.size());
    if (count == 1) {
        // Second look at the face alone: at 128 px the whole photo gives coarse keypoints (one model pixel is
        // ~5 photo pixels); a square crop around the face gives the keypoints four times the resolution.
        const Face& first = faces.front();
        float side = std::max(first.box.width, first.box.height) * 1.8f;
        cv::Rect crop(int(first.box.x + first.box.width / 2 - side / 2),
                      int(first.box.y + first.box.height / 2 - side / 2), int(side), int(side));
        crop &= cv::Rect(0, 0, ctx.bgr.cols, ctx.bgr.rows);
        ctx.face = first;
        if (crop.width > 32 && crop.height > 32) {
            auto close = detector->detect(ctx.bgr(crop));
            if (close.size() == 1) {
                Face f = close.front();
                averageWithMirror(*detector, ctx.bgr(crop), f);
                cv::Point2f o(float(crop.x), float(crop.y));
                for (cv::Point2f* p : {&f.rightEye, &f.leftEye, &f.nose, &f.mouth, &f.rightEar, &f.leftEar})
                    *p += o;
                f.box.x += o.x;
                f.box.y += o.y;
                ctx.face = f;
            }
        }
        addFinding(ctx, "face.count", Status::Pass, 1, "1", "face.count", {}, "count", 1, 1);
    } else {
        addFinding(ctx, "face.count", Status::Fail, count, "1", "face.count",
                   count == 0 ? "no face found" : "more than one face", "count", 1, 1);
    }
}

void setVerdict(Report& r) {
    r.verdict = Verdict::Pass;
    for (const auto& f : r.findings) {
        if (f.status == Status::Fail) {
            r.verdict = Verdict::Fail;
            return;
        }
        if (f.status == Status::Warn)
            r.verdict = Verdict::Review;
    }
}

void encodeMask(Context& ctx) {
    if (ctx.mask.empty())
        return;
    std::vector<uchar> png;
    cv::imencode(".png", ctx.mask, png, {cv::IMWRITE_PNG_BILEVEL, 1, cv::IMWRITE_PNG_COMPRESSION, 1});
    ctx.report.maskPng.assign(png.begin(), png.end());
}

} // namespace

Report analyze(const std::vector<std::uint8_t>& bytes, const Profile& profile) {
    const ScopedCLocale cLocale; // the findings' texts are written with printf
    auto start = std::chrono::steady_clock::now();
    Report report;
    report.profile = profile.name;
    report.coreVersion = coreVersion();
    Context ctx{profile, report};
    try {
        FileInfo info = inspect(bytes);
        checkFile(ctx, bytes, info);
        std::string why;
        ctx.bgr = decode(bytes, info, why);
        if (ctx.bgr.empty()) {
            addFinding(ctx, "image.decode", Status::Fail, NAN, "decodes completely", "file.format", why, "")
                .cause = "incomplete";
        } else {
            addFinding(ctx, "image.decode", Status::Pass, 1, "decodes completely", "file.format", {}, "");
            report.width = ctx.bgr.cols;
            report.height = ctx.bgr.rows;
            checkDimensions(ctx);
            findFace(ctx);
            if (ctx.face)
                ctx.points = locateFacePoints(ctx.bgr, *ctx.face);
            buildBackgroundMask(ctx);
            if (ctx.face)
                measureHead(ctx);
            checkBackground(ctx);
            if (ctx.face) {
                const Glasses glasses = detectGlasses(ctx);
                checkGlare(ctx, glasses);
                checkGlassesTint(ctx, glasses);
                checkImageQuality(ctx);
                checkClothing(ctx);
                checkEyesOpen(ctx);
                checkMouthClosed(ctx);
                checkHeadCovering(ctx);
            }
            encodeMask(ctx);
        }
    } catch (const cv::Exception& e) {
        addFinding(ctx, "image.decode", Status::Fail, NAN, "analysable", "file.format",
                   std::string("analysis failed: ") + e.what(), "")
            .cause = "analysis";
    } catch (const std::exception& e) {
        addFinding(ctx, "image.decode", Status::Fail, NAN, "analysable", "file.format",
                   std::string("analysis failed: ") + e.what(), "")
            .cause = "analysis";
    }
    setVerdict(report);
    report.elapsedMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return report;
}

} // namespace certphoto::core

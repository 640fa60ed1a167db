// The head box (crown from the mask, chin from the landmarks, ear to ear) and the framing checks:
// head.size, head.position, head.tilt, eyes.line, face.width. Distances are reported in a 480x640 frame
// (the CHSI frame; for other sizes scaled to it), so one profile number fits every photo size.
#include <certphoto/core/detail/context.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace certphoto::core::detail {
namespace {

Point toPoint(cv::Point2f p) {
    return Point{p.x, p.y};
}

// Walks up a column from `fromY` while it is the person (short background gaps allowed);
// returns the row of the topmost person pixel.
int topOfColumn(const cv::Mat& mask, int x, int fromY) {
    int y = fromY, top = fromY, gap = 0;
    while (y >= 0) {
        if (mask.at<uchar>(y, x) == 0) {
            top = y;
            gap = 0;
        } else if (++gap >= 3)
            break;
        --y;
    }
    return top;
}

// Walks along a row from `fromX` in `dir` while it is the person; returns the last person column.
int sideOfRow(const cv::Mat& mask, int y, int fromX, int dir, int maxSteps) {
    int x = fromX, last = fromX, gap = 0;
    for (int i = 0; i < maxSteps && x >= 0 && x < mask.cols; ++i, x += dir) {
        if (mask.at<uchar>(y, x) == 0) {
            last = x;
            gap = 0;
        } else if (++gap >= 3)
            break;
    }
    return last;
}

} // namespace

void measureHead(Context& ctx) {
    const Face& f = *ctx.face;
    const cv::Mat& mask = ctx.mask;
    const int W = ctx.bgr.cols, H = ctx.bgr.rows;
    const double sy = 640.0 / H, sx = 480.0 / W;

    Landmarks& lm = ctx.report.landmarks;
    // Report the person's own left/right: the person's left eye is on the image's right.
    // The eyes: the precise centres (face_points.cpp) where found, else the detector's keypoints.
    const cv::Point2f leftEye = ctx.points.leftEye.found ? ctx.points.leftEye.centre : f.leftEye;
    const cv::Point2f rightEye = ctx.points.rightEye.found ? ctx.points.rightEye.centre : f.rightEye;
    const bool precise = ctx.points.leftEye.found && ctx.points.rightEye.found;
    lm.leftEye = toPoint(leftEye);
    lm.rightEye = toPoint(rightEye);
    lm.nose = toPoint(f.nose);
    lm.mouth = toPoint(f.mouth);
    lm.leftEar = toPoint(f.leftEar);
    lm.rightEar = toPoint(f.rightEar);

    cv::Point2f eyeMid = (f.leftEye + f.rightEye) * 0.5f;
    cv::Point2f eyeVec = f.leftEye - f.rightEye;
    double eyeDist = std::max(1.0, double(std::hypot(eyeVec.x, eyeVec.y)));
    double earDist =
        std::max(1.0, double(std::hypot(f.leftEar.x - f.rightEar.x, f.leftEar.y - f.rightEar.y)));

    // Chin: below the mouth by half the eye-to-mouth distance (0.42-0.59 measured by eye on the fixtures),
    // inside the frame.
    double eyeToMouth = std::max(1.0, double(f.mouth.y - eyeMid.y));
    double chin = f.mouth.y + 0.5 * eyeToMouth;
    chin = std::min(std::max(chin, double(f.mouth.y) + 0.3 * eyeToMouth), double(H - 1));

    // Crown: where the hair meets the background, over the central columns of the head.
    double crown;
    bool crownFromMask = false;
    std::vector<int> tops;
    if (ctx.backgroundFound) {
        int x0 = std::max(0, int(eyeMid.x - 0.6 * eyeDist)),
            x1 = std::min(W - 1, int(eyeMid.x + 0.6 * eyeDist));
        int fromY = std::clamp(int(eyeMid.y), 0, H - 1);
        for (int x = x0; x <= x1; x += 2)
            tops.push_back(topOfColumn(mask, x, fromY));
    }
    double fallbackCrown = eyeMid.y - 1.25 * (chin - eyeMid.y);
    if (!tops.empty()) {
        std::sort(tops.begin(), tops.end());
        crown = tops[tops.size() / 5]; // robust to a stray strand
        crownFromMask = crown < eyeMid.y - 0.5 * eyeToMouth;
    }
    if (!crownFromMask)
        crown = std::max(0.0, fallbackCrown);
    ctx.crownY = crown;
    ctx.chinY = chin;

    // Ear to ear: from the ear keypoints outwards to where the mask says background (hair included).
    int earRow = std::clamp(int((f.leftEar.y + f.rightEar.y) / 2), 0, H - 1);
    int reach = int(0.3 * earDist);
    int left = int(f.rightEar.x), right = int(f.leftEar.x);
    if (ctx.backgroundFound) {
        left = sideOfRow(mask, earRow, std::clamp(int(f.rightEar.x), 0, W - 1), -1, reach);
        right = sideOfRow(mask, earRow, std::clamp(int(f.leftEar.x), 0, W - 1), +1, reach);
    } else {
        left = int(f.rightEar.x - 0.1 * earDist);
        right = int(f.leftEar.x + 0.1 * earDist);
    }
    cv::Rect head(cv::Point(std::clamp(left, 0, W - 1), std::clamp(int(crown), 0, H - 1)),
                  cv::Point(std::clamp(right, 0, W - 1) + 1, std::clamp(int(chin), 0, H - 1) + 1));
    ctx.head = head;
    ctx.report.headBox = Box{head.x, head.y, head.width, head.height};

    // head.size: crown-to-chin as a share of the frame height.
    judge(ctx, "head.size", (chin - crown) / H, "of frame height", "head.size",
          crownFromMask ? "" : "crown estimated from the face (no clear hair/background edge)");

    // head.position: crown margin (480x640 frame) and horizontal centring of the head.
    {
        const Rule* rule = ctx.profile.rule("head.position");
        double margin = crown * sy;
        double offset = std::fabs((head.x + head.width / 2.0) - W / 2.0) / W;
        char detail[160];
        std::snprintf(detail, sizeof detail, "crown %.0f px below top; head centre off by %.1f%% of width",
                      margin, offset * 100);
        if (!rule) {
            addFinding(ctx, "head.position", Status::Pass, margin, "-", "head.position", detail, "px");
        } else {
            double maxOff = rule->param("max_offset", 0.08), warnOff = rule->param("warn_offset", 1.0);
            Status s = Status::Pass;
            if ((rule->min && margin < *rule->min) || (rule->max && margin > *rule->max) || offset > maxOff)
                s = rule->severity;
            else if (offset > warnOff)
                s = Status::Warn;
            std::string limit = "crown " + (rule->min ? std::to_string(int(*rule->min)) : std::string("0")) +
                                ".." + (rule->max ? std::to_string(int(*rule->max)) : std::string("640")) +
                                " px; offset <= " + std::to_string(int(std::lround(maxOff * 100))) + "%";
            Finding& fd = addFinding(ctx, "head.position", s, margin, limit,
                                     rule->reason.empty() ? "head.position" : rule->reason, detail, "px",
                                     rule->min, rule->max);
            const bool crownOut = outsideBand(margin, rule->min, rule->max);
            fd.cause = s == Status::Pass ? "" : crownOut ? "" : "offset";
            addPart(ctx, {"offset",
                          std::round(offset * 1000) / 10,
                          "percent",
                          {},
                          maxOff * 100,
                          {},
                          warnOff < 1.0 ? std::optional<double>(warnOff * 100) : std::nullopt,
                          offset > maxOff    ? rule->severity
                          : offset > warnOff ? Status::Warn
                                             : Status::Pass});
        }
    }

    // head.tilt: roll from the line through the precise eye centres; yaw from where the nose sits between the
    // ears.
    cv::Point2f preciseVec = precise ? leftEye - rightEye : eyeVec;
    cv::Point2f preciseMid = precise ? (leftEye + rightEye) * 0.5f : eyeMid;
    {
        double roll = std::atan2(preciseVec.y, preciseVec.x) * 180.0 / std::numbers::pi;
        double dr = std::hypot(f.nose.x - f.rightEar.x, f.nose.y - f.rightEar.y);
        double dl = std::hypot(f.nose.x - f.leftEar.x, f.nose.y - f.leftEar.y);
        double yaw = (dr - dl) / std::max(1.0, dr + dl); // 0 frontal, +-0.5 profile
        const Rule* rule = ctx.profile.rule("head.tilt");
        char detail[160];
        std::snprintf(detail, sizeof detail, "roll %.1f deg, yaw index %.2f%s", roll, yaw,
                      precise ? "" : "; eye centres from the face detector (coarse)");
        double maxYaw = rule ? rule->param("max_yaw", 0.2) : 1,
               warnYaw = rule ? rule->param("warn_yaw", 1.0) : 1;
        double maxRoll = rule && rule->max ? *rule->max : 90,
               warnRoll = rule && rule->warnMax ? *rule->warnMax : 90;
        Status s = Status::Pass;
        if (rule && (std::fabs(roll) > maxRoll || std::fabs(yaw) > maxYaw))
            s = rule->severity;
        else if (rule && (std::fabs(roll) > warnRoll || std::fabs(yaw) > warnYaw))
            s = Status::Warn;
        char limit[80];
        std::snprintf(limit, sizeof limit, "roll <= %.0f deg; yaw <= %.2f", maxRoll, maxYaw);
        Finding& fd = addFinding(ctx, "head.tilt", s, std::fabs(roll), rule ? limit : "-",
                                 rule && !rule->reason.empty() ? rule->reason : "head.pose", detail, "deg");
        if (rule) {
            fd.max = maxRoll;
            if (warnRoll < 90)
                fd.warnMax = warnRoll;
            const bool rollOut =
                std::fabs(roll) > maxRoll || (s == Status::Warn && std::fabs(roll) > warnRoll);
            fd.cause = s == Status::Pass || rollOut ? "" : "yaw";
            addPart(ctx, {"yaw",
                          std::round(std::fabs(yaw) * 100) / 100,
                          "index",
                          {},
                          maxYaw,
                          {},
                          warnYaw < 1.0 ? std::optional<double>(warnYaw) : std::nullopt,
                          std::fabs(yaw) > maxYaw    ? rule->severity
                          : std::fabs(yaw) > warnYaw ? Status::Warn
                                                     : Status::Pass});
        }
    }

    judge(ctx, "eyes.line", preciseMid.y * sy, "px", "head.position");
    // Cheek to cheek (the widest part of the cheeks), from two estimates averaged - ear keypoints are noisy
    // and now and then hidden by hair: 1.13x the ear keypoints' distance and 2.39x the eye distance. Both
    // ratios fitted to cheek widths read by hand on the four tuning portraits (never the held-out one).
    judge(ctx, "face.width", 0.5 * (1.13 * earDist + 2.39 * eyeDist) * sx, "px", "head.size");
}

} // namespace certphoto::core::detail

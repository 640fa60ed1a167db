#pragma once
// The compliance core's entry point: bytes + profile -> report. OpenCV and std only (no Qt).
// Never throws: cv::Exception and std::exception are caught inside and become failing checks.

#include <certphoto/result/result.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace certphoto::core {

enum class Status { Pass, Warn, Fail };
enum class Verdict { Pass, Review, Fail };

struct Point {
    double x = 0, y = 0;
};
struct Box {
    int x = 0, y = 0, w = 0, h = 0;
};
struct GlareSpot {
    double x = 0, y = 0, radius = 0;
};

// One further quantity a check judged besides its main value (a photo's height beside its width, the skin
// hue beside the colour cast), with its own band, so a window can say which part failed and by how much.
struct Measure {
    std::string name; // "width", "height", "offset", "yaw", "skin_hue", "skin_chroma", "coverage", ...
    double value = 0; // NaN when not measurable
    std::string unit; // a unit code, as Finding::unit
    std::optional<double> min, max, warnMin, warnMax;
    Status status = Status::Pass;
};

// One check's finding. The limits are data (unit, band, parts); `limit` is the same in English words.
struct Finding {
    std::string id; // "background.uniformity"
    Status status = Status::Pass;
    double value = 0;   // the measured value (NaN when not measurable)
    std::string limit;  // the limit it was held against, e.g. "<= 6"
    std::string reason; // the reason code it maps to (same codes as the database's reason table)
    std::string detail; // short English note for people, optional
    // The value's unit code: "KB", "px", "deg", "dE", "dL*", "L*", "frame_height" (share of the frame's
    // height), "per_mille" (of the face), "score", "count", "components", "" (none).
    std::string unit;
    std::optional<double> min, max;         // the band a failing value falls outside of
    std::optional<double> warnMin, warnMax; // the usual band: outside it (inside min..max) warns
    std::vector<Measure> parts;             // further quantities judged (see Measure)
    // What decided a warn/fail status: a part's name, or a kind of problem ("not_jpeg.png", "components",
    // "bit_depth", "empty", "incomplete", "analysis", "detector"); empty when it was the main value.
    std::string cause;
};

struct Landmarks {
    std::optional<Point> leftEye, rightEye, nose, mouth, leftEar, rightEar;
};

struct Report {
    std::string profile;
    std::string coreVersion;
    Verdict verdict = Verdict::Fail;
    std::vector<Finding> findings;
    int width = 0, height = 0;  // of the image as meant to be seen (EXIF orientation applied)
    std::optional<Box> headBox; // crown to chin, ear to ear
    Landmarks landmarks;
    std::vector<GlareSpot> glareSpots;
    std::vector<std::uint8_t> maskPng; // background mask at the photo's size, PNG (255 = background)
    double elapsedMs = 0;
};

struct Profile; // defined in profile.h

// Profiles are data files; found in the build tree and in the installed share folder.
Result<Profile> loadProfile(const std::string& name);
std::vector<std::string> profileNames();

Report analyze(const std::vector<std::uint8_t>& bytes, const Profile& profile);

// The report as one JSON object (the certphoto-check line format, without "file").
std::string toJson(const Report& report);
// The words the report uses for a finding's status and the verdict ("pass", "warn"/"review", "fail"): the
// JSON's values, the store's core_verdict column.
const char* statusName(Status s);
const char* verdictName(Verdict v);
// Reads that line back (what the window shows). Keys it does not know are ignored; a missing value reads as
// NaN. Errors: "report.syntax" (not JSON), "report.schema" (JSON, but not a report).
Result<Report> reportFromJson(std::string_view json);

const char* coreVersion();
// The OpenCV the core was built with and runs on (for the About dialog and bug reports).
std::string opencvVersion();

} // namespace certphoto::core

#pragma once
// The compliance core's entry point: bytes + profile -> report. OpenCV and std only (no Qt).
// Never throws: cv::Exception and std::exception are caught inside and become failing checks.

#include <certphoto/core/result.h>

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

// One check's finding.
struct Finding {
    std::string id; // "background.uniformity"
    Status status = Status::Pass;
    double value = 0;   // the measured value (NaN when not measurable)
    std::string limit;  // the limit it was held against, e.g. "<= 6"
    std::string reason; // the reason code it maps to (same codes as the database's reason table)
    std::string detail; // short English note for people, optional
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
// Reads that line back (what the window shows). Keys it does not know are ignored; a missing value reads as
// NaN. Errors: "report.syntax" (not JSON), "report.schema" (JSON, but not a report).
Result<Report> reportFromJson(std::string_view json);

const char* coreVersion();
// The OpenCV the core was built with and runs on (for the About dialog and bug reports).
std::string opencvVersion();

} // namespace certphoto::core

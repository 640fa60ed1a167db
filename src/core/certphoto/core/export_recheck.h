#pragma once
// The recheck of an export: a re-encoded photo checked again by the compliance core without finding the
// face a second time. A resize is a known geometric map, so the approved report's head box and landmarks
// are carried over exactly; what a resize and a re-encode CAN change is measured again on the re-encoded
// pixels: the file rules (format, size, JPEG integrity, decoding, dimensions) and the pixel checks (the
// background's colour and uniformity, sharpness, exposure, lighting balance, colour cast). docs/export.md
// says why that is sound. OpenCV and std only (no Qt).

#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>

#include <map>
#include <optional>
#include <string>

namespace certphoto::core {

// What the export keeps from the approved photo's compliance report.
struct ApprovedGeometry {
    int width = 0, height = 0; // of the approved photo (EXIF orientation applied)
    Box headBox;               // crown to chin, ear to ear
    Point rightEye, leftEye, nose, mouth, rightEar, leftEar;
};

// From the report's JSON (toJson(), or the subset the store hands the export: width, height, head_box,
// landmarks). nullopt when a part is missing (no face was located): then the export falls back to the
// whole analysis.
std::optional<ApprovedGeometry> parseApprovedGeometry(const std::string& json);

// The geometry after cropping the approved photo to `crop` (in its pixels) and resizing that to
// width x height.
ApprovedGeometry mapGeometry(const ApprovedGeometry& g, const Box& crop, int width, int height);

// The checks a re-encode can change, on `bytes` with the face at `geometry` (in bytes' pixels). The
// findings are those of analyze() for the same ids, measured in the regions the geometry gives.
Report recheckExport(const std::vector<std::uint8_t>& bytes, const Profile& profile,
                     const ApprovedGeometry& geometry);

} // namespace certphoto::core

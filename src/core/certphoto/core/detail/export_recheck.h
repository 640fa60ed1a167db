#pragma once
// The pixel half of recheckExport() on an image already decoded (export_fit.cpp measures the approved
// photo with it, as the reference the re-encoded one is held against).
#include <certphoto/core/export_recheck.h>

#include <opencv2/core.hpp>

namespace certphoto::core::detail {

// The pixel checks (background colour and uniformity, sharpness, exposure, lighting balance, colour cast)
// of `bgr` with the face at `geometry`, appended to `report`.
void recheckPixels(const cv::Mat& bgr, const Profile& profile, const ApprovedGeometry& geometry,
                   Report& report);

} // namespace certphoto::core::detail

#pragma once
// A picture of a report for people: the photo with the tinted background mask, head box, landmarks and glare.

#include <certphoto/core/analysis.h>

#include <cstdint>
#include <string>
#include <vector>

namespace certphoto::check {

// Writes a PNG to `path`; false when the photo cannot be decoded or the file not written.
bool writeOverlay(const std::vector<std::uint8_t>& bytes, const core::Report& report,
                  const std::string& path);

} // namespace certphoto::check

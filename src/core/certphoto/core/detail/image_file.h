#pragma once
// What the bytes are, read from their headers alone (never from a file name), and a guarded decode.

#include <opencv2/core.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace certphoto::core::detail {

enum class Format { Unknown, Jpeg, Png, Webp, Gif, Bmp, Tiff };
const char* formatName(Format f);

struct FileInfo {
    Format format = Format::Unknown;
    int width = 0, height = 0; // from the header, before any EXIF rotation
    int components = 0;        // JPEG: 1 grey, 3 colour, 4 CMYK; PNG: channels
    int bitDepth = 0;          // bits per sample
    bool headerOk = false;     // dimensions were read
    bool complete = false;     // JPEG: walked to the end-of-image marker; PNG: IEND seen
    bool dataChecked = false;  // JPEG: every scan's entropy-coded data decoded cleanly (jpeg_entropy.h)
    bool dataCorrupt = false;  // JPEG: the entropy-coded data is damaged; `problem` says what and where
    std::string problem;       // why the structure is broken, for people
};

FileInfo inspect(const std::vector<std::uint8_t>& bytes);

// Refuse anything larger before decoding: ID photos are small, decoders allocate what headers claim.
constexpr std::int64_t kMaxPixels = 40'000'000;

// Decodes to 8-bit BGR with the EXIF orientation applied. Empty on failure, with `why` set.
cv::Mat decode(const std::vector<std::uint8_t>& bytes, const FileInfo& info, std::string& why);

} // namespace certphoto::core::detail

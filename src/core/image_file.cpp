// Header sniffing and structural checks. libjpeg decodes a truncated JPEG to a full-size grey-padded image
// with only a warning, so completeness is checked here by walking the markers to EOI; damage inside the
// entropy-coded data (also only a warning) is found by decoding it without IDCT (jpeg_entropy.cpp).
#include <certphoto/core/detail/image_file.h>
#include <certphoto/core/detail/jpeg_entropy.h>

#include <opencv2/imgcodecs.hpp>

namespace certphoto::core::detail {
namespace {

using Bytes = std::vector<std::uint8_t>;

bool startsWith(const Bytes& b, std::initializer_list<int> sig, std::size_t at = 0) {
    if (b.size() < at + sig.size())
        return false;
    std::size_t i = at;
    for (int v : sig)
        if (b[i++] != static_cast<std::uint8_t>(v))
            return false;
    return true;
}

unsigned be16(const Bytes& b, std::size_t i) {
    return (unsigned(b[i]) << 8) | b[i + 1];
}
std::uint32_t be32(const Bytes& b, std::size_t i) {
    return (std::uint32_t(b[i]) << 24) | (std::uint32_t(b[i + 1]) << 16) | (std::uint32_t(b[i + 2]) << 8) |
           b[i + 3];
}
unsigned le16(const Bytes& b, std::size_t i) {
    return b[i] | (unsigned(b[i + 1]) << 8);
}
std::uint32_t le24(const Bytes& b, std::size_t i) {
    return b[i] | (std::uint32_t(b[i + 1]) << 8) | (std::uint32_t(b[i + 2]) << 16);
}

void inspectJpeg(const Bytes& b, FileInfo& info) {
    std::size_t i = 2;
    bool inScan = false;
    while (i < b.size()) {
        if (inScan) {
            // Entropy-coded data: skip to the next marker that is not stuffing or a restart.
            while (i + 1 < b.size() &&
                   !(b[i] == 0xFF && b[i + 1] != 0x00 && !(b[i + 1] >= 0xD0 && b[i + 1] <= 0xD7)))
                ++i;
            if (i + 1 >= b.size())
                break;
            inScan = false;
        }
        if (b[i] != 0xFF) {
            info.problem = "bytes between JPEG segments";
            return;
        }
        while (i < b.size() && b[i] == 0xFF)
            ++i; // fill bytes
        if (i >= b.size())
            break;
        unsigned marker = b[i++];
        if (marker == 0xD9) {
            info.complete = true;
            return;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue;
        if (i + 2 > b.size())
            break;
        unsigned len = be16(b, i);
        if (len < 2 || i + len > b.size())
            break;
        bool sof = (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC);
        if (sof && len >= 8 && !info.headerOk) {
            info.bitDepth = b[i + 2];
            info.height = static_cast<int>(be16(b, i + 3));
            info.width = static_cast<int>(be16(b, i + 5));
            info.components = b[i + 7];
            info.headerOk = info.width > 0 && info.height > 0;
            if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2)
                info.problem = "unusual JPEG coding (SOF" + std::to_string(marker - 0xC0) + ")";
        }
        if (marker == 0xDA) {
            if (!info.headerOk) {
                info.problem = "JPEG scan before frame header";
                return;
            }
            inScan = true;
        }
        i += len;
    }
    if (info.problem.empty())
        info.problem = "JPEG data ends before the end-of-image marker (truncated)";
}

void inspectPng(const Bytes& b, FileInfo& info) {
    if (b.size() < 33 || !startsWith(b, {'I', 'H', 'D', 'R'}, 12)) {
        info.problem = "PNG without header chunk";
        return;
    }
    info.width = static_cast<int>(be32(b, 16));
    info.height = static_cast<int>(be32(b, 20));
    info.bitDepth = b[24];
    int colorType = b[25];
    info.components = colorType == 0 ? 1 : colorType == 2 ? 3 : colorType == 3 ? 3 : colorType == 4 ? 2 : 4;
    info.headerOk =
        info.width > 0 && info.height > 0 && be32(b, 16) < 0x80000000u && be32(b, 20) < 0x80000000u;
    // Walk the chunks to IEND.
    std::size_t i = 8;
    while (i + 12 <= b.size()) {
        std::uint32_t len = be32(b, i);
        if (len > b.size())
            break;
        if (startsWith(b, {'I', 'E', 'N', 'D'}, i + 4)) {
            info.complete = true;
            return;
        }
        i += 12 + std::size_t(len);
    }
    info.problem = "PNG data ends before its IEND chunk (truncated)";
}

void inspectWebp(const Bytes& b, FileInfo& info) {
    info.bitDepth = 8;
    info.components = 3;
    info.complete =
        b.size() >= 8 &&
        std::size_t(b[4] | (b[5] << 8) | (b[6] << 16) | (std::size_t(b[7]) << 24)) + 8 <= b.size();
    if (b.size() >= 30 && startsWith(b, {'V', 'P', '8', ' '}, 12)) {
        info.width = static_cast<int>(le16(b, 26) & 0x3FFF);
        info.height = static_cast<int>(le16(b, 28) & 0x3FFF);
    } else if (b.size() >= 25 && startsWith(b, {'V', 'P', '8', 'L'}, 12)) {
        std::uint32_t bits =
            b[21] | (std::uint32_t(b[22]) << 8) | (std::uint32_t(b[23]) << 16) | (std::uint32_t(b[24]) << 24);
        info.width = static_cast<int>((bits & 0x3FFF) + 1);
        info.height = static_cast<int>(((bits >> 14) & 0x3FFF) + 1);
    } else if (b.size() >= 30 && startsWith(b, {'V', 'P', '8', 'X'}, 12)) {
        info.width = static_cast<int>(le24(b, 24) + 1);
        info.height = static_cast<int>(le24(b, 27) + 1);
    }
    info.headerOk = info.width > 0 && info.height > 0;
    if (!info.headerOk)
        info.problem = "WebP without a readable header";
    else if (!info.complete)
        info.problem = "WebP data shorter than its RIFF size (truncated)";
}

} // namespace

const char* formatName(Format f) {
    switch (f) {
    case Format::Jpeg:
        return "JPEG";
    case Format::Png:
        return "PNG";
    case Format::Webp:
        return "WebP";
    case Format::Gif:
        return "GIF";
    case Format::Bmp:
        return "BMP";
    case Format::Tiff:
        return "TIFF";
    case Format::Unknown:
        break;
    }
    return "unknown";
}

FileInfo inspect(const Bytes& b) {
    FileInfo info;
    if (startsWith(b, {0xFF, 0xD8, 0xFF})) {
        info.format = Format::Jpeg;
        inspectJpeg(b, info);
        // Not for an oversized header: decode() refuses it with its own message. A truncated file fails
        // anyway, but damage found before its end is the better message (random bytes in the scan data
        // often make a marker that ends the structural walk early).
        if (info.headerOk && std::int64_t(info.width) * info.height <= kMaxPixels) {
            JpegEntropyCheck check = checkJpegEntropy(b.data(), b.size(), kMaxPixels);
            info.dataChecked = info.complete && check.result == JpegEntropyCheck::Result::Valid;
            info.dataCorrupt =
                check.result == JpegEntropyCheck::Result::Corrupt && (info.complete || !check.truncated);
            if (info.dataCorrupt)
                info.problem = check.detail;
        }
    } else if (startsWith(b, {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
        info.format = Format::Png;
        inspectPng(b, info);
    } else if (startsWith(b, {'R', 'I', 'F', 'F'}) && startsWith(b, {'W', 'E', 'B', 'P'}, 8)) {
        info.format = Format::Webp;
        inspectWebp(b, info);
    } else if (startsWith(b, {'G', 'I', 'F', '8'})) {
        info.format = Format::Gif;
    } else if (startsWith(b, {'B', 'M'})) {
        info.format = Format::Bmp;
    } else if (startsWith(b, {'I', 'I', 42, 0}) || startsWith(b, {'M', 'M', 0, 42})) {
        info.format = Format::Tiff;
    }
    if (info.format != Format::Jpeg && info.format != Format::Png && info.format != Format::Webp)
        info.problem = b.empty() ? "the file is empty" : "not an image format the core reads";
    return info;
}

cv::Mat decode(const Bytes& bytes, const FileInfo& info, std::string& why) {
    if (info.format != Format::Jpeg && info.format != Format::Png && info.format != Format::Webp) {
        why = info.problem;
        return {};
    }
    if (!info.headerOk) {
        why = info.problem.empty() ? "no readable image header" : info.problem;
        return {};
    }
    if (std::int64_t(info.width) * info.height > kMaxPixels) {
        why = "header claims " + std::to_string(info.width) + "x" + std::to_string(info.height) +
              " pixels; refused before decoding (limit " + std::to_string(kMaxPixels / 1'000'000) + " MP)";
        return {};
    }
    if (!info.complete || info.dataCorrupt) {
        why = info.problem;
        return {};
    }
    cv::Mat img = cv::imdecode(bytes, cv::IMREAD_COLOR);
    if (img.empty()) {
        why = std::string("the ") + formatName(info.format) + " decoder rejected the data";
        return {};
    }
    if (img.depth() != CV_8U || img.channels() != 3) {
        why = "decoded to an unexpected pixel type";
        return {};
    }
    return img;
}

} // namespace certphoto::core::detail

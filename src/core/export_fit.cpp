// An approved photo made to fit a receiver's export format (export_format.h): as it is when it already
// fits, else cropped, resized with area filtering and encoded at the highest quality whose size fits,
// then checked again by the compliance core.
#include <certphoto/core/detail/context.h>
#include <certphoto/core/detail/image_file.h>
#include <certphoto/core/export_format.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <exception>
#include <set>

namespace certphoto::core {

namespace {

using Bytes = std::vector<std::uint8_t>;

// JPEG segments from SOI up to the first SOS: calls f(marker, payload, length) for each.
template <class F> void walkSegments(const Bytes& b, F&& f) {
    if (b.size() < 4 || b[0] != 0xFF || b[1] != 0xD8)
        return;
    std::size_t i = 2;
    while (i + 4 <= b.size()) {
        if (b[i] != 0xFF)
            return;
        const std::uint8_t marker = b[i + 1];
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9)
            return;
        const std::size_t len = (std::size_t(b[i + 2]) << 8) | b[i + 3];
        if (len < 2 || i + 2 + len > b.size())
            return;
        if (!f(marker, &b[i + 4], len - 2))
            return;
        i += 2 + len;
    }
}

// EXIF orientation (tag 0x0112 of IFD0); 0 when absent.
int exifOrientation(const Bytes& b) {
    int orientation = 0;
    walkSegments(b, [&](std::uint8_t marker, const std::uint8_t* p, std::size_t n) {
        if (marker != 0xE1 || n < 14 ||
            std::string(reinterpret_cast<const char*>(p), 6) != std::string("Exif\0\0", 6))
            return true;
        const std::uint8_t* t = p + 6;
        const std::size_t tn = n - 6;
        const bool le = t[0] == 'I';
        auto u16 = [&](std::size_t o) -> unsigned {
            return o + 2 > tn ? 0 : le ? unsigned(t[o] | (t[o + 1] << 8)) : unsigned((t[o] << 8) | t[o + 1]);
        };
        auto u32 = [&](std::size_t o) -> std::size_t {
            return o + 4 > tn ? 0 : (std::size_t(u16(le ? o + 2 : o)) << 16) | u16(le ? o : o + 2);
        };
        const std::size_t ifd = u32(4);
        const unsigned count = u16(ifd);
        for (unsigned k = 0; k < count && k < 512; ++k) {
            const std::size_t e = ifd + 2 + 12 * std::size_t(k);
            if (e + 12 > tn)
                break;
            if (u16(e) == 0x0112) {
                orientation = int(u16(e + 8));
                break;
            }
        }
        return false;
    });
    return orientation;
}

// The IJG base luminance table (any order: compared as a sum).
constexpr int kLuminance[64] = {16, 11, 10, 16, 24,  40,  51,  61,  12, 12, 14, 19, 26,  58,  60,  55,
                                14, 13, 16, 24, 40,  57,  69,  56,  14, 17, 22, 29, 51,  87,  80,  62,
                                18, 22, 37, 56, 68,  109, 103, 77,  24, 35, 55, 64, 81,  104, 113, 92,
                                49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99};

Bytes encode(const cv::Mat& image, int quality) {
    std::vector<uchar> out;
    cv::imencode(".jpg", image, out, {cv::IMWRITE_JPEG_QUALITY, quality});
    return Bytes(out.begin(), out.end());
}

bool fits(const Bytes& b, const ExportFormat& f) {
    const auto n = std::int64_t(b.size());
    return n >= f.minBytes && (f.maxBytes == 0 || n <= f.maxBytes);
}

// The image cropped to the format's aspect: from both sides when too wide, from the bottom when too tall.
cv::Mat toAspect(const cv::Mat& bgr, const ExportFormat& f) {
    const double want = double(f.width) / f.height;
    const double have = double(bgr.cols) / bgr.rows;
    if (std::abs(have - want) < 1e-3)
        return bgr;
    if (have > want) {
        const int w = std::max(1, int(std::lround(bgr.rows * want)));
        return bgr(cv::Rect((bgr.cols - w) / 2, 0, w, bgr.rows));
    }
    const int h = std::max(1, int(std::lround(bgr.cols / want)));
    return bgr(cv::Rect(0, 0, bgr.cols, h));
}

// Findings that re-encoding can change: a failing one refuses the photo.
bool refusing(const Finding& f) {
    static const std::set<std::string> ids{"file.format", "file.size", "image.decode", "image.dimensions",
                                           "face.count"};
    return f.status == Status::Fail && ids.count(f.id) > 0;
}

// The file rules alone: format, size, decoding, dimensions (what a resize and an encode decide).
std::vector<Finding> fileFindings(const Bytes& bytes, const Profile& profile) {
    Report report;
    detail::Context ctx{profile, report, {}, {}, {}, 1, std::nullopt, {}, {0, 0, 0}, false, {}, 0, 0, {}, {}, {}};
    const detail::FileInfo info = detail::inspect(bytes);
    detail::checkFile(ctx, bytes, info);
    std::string why;
    cv::Mat bgr = detail::decode(bytes, info, why);
    if (bgr.empty()) {
        detail::addFinding(ctx, "image.decode", Status::Fail, NAN, "decodes completely", "file.format", why);
    } else if (profile.width > 0 && profile.height > 0) {
        const bool ok = bgr.cols == profile.width && bgr.rows == profile.height;
        detail::addFinding(ctx, "image.dimensions", ok ? Status::Pass : Status::Fail, bgr.cols * bgr.rows,
                           std::to_string(profile.width) + "x" + std::to_string(profile.height) + " px",
                           "file.resolution");
    }
    return report.findings;
}

Result<void> recheck(const Bytes& bytes, const ExportFormat& format, const Profile& profile) {
    const std::vector<Finding> findings =
        format.recheck == Recheck::Full ? analyze(bytes, profile).findings : fileFindings(bytes, profile);
    for (const auto& f : findings)
        if (refusing(f))
            return makeError("export.recheck", "the re-encoded photo fails " + f.id + " of profile " +
                                                   profile.name +
                                                   (f.detail.empty() ? "" : " (" + f.detail + ")"));
    return {};
}

Result<FittedPhoto> fitUnguarded(const Bytes& approved, const ExportFormat& format, const Profile& profile) {
    if (inFormat(approved, format))
        return FittedPhoto{approved, false, estimateJpegQuality(approved)};
    const detail::FileInfo info = detail::inspect(approved);
    std::string why;
    const cv::Mat bgr = detail::decode(approved, info, why);
    if (bgr.empty())
        return makeError("export.decode", "the approved photo does not decode: " + why);
    cv::Mat sized;
    cv::resize(toAspect(bgr, format), sized, cv::Size(format.width, format.height), 0, 0, cv::INTER_AREA);

    // The highest quality from the floor up whose size is at most the ceiling (size grows with quality).
    int lo = format.qualityMin, hi = 100;
    Bytes best = encode(sized, lo);
    if (format.maxBytes > 0 && std::int64_t(best.size()) > format.maxBytes)
        return makeError("export.too_large", "even at quality " + std::to_string(lo) + " the photo is " +
                                                 std::to_string(best.size() / 1024) +
                                                 " KB, over the format's " +
                                                 std::to_string(format.maxBytes / 1024) + " KB");
    int bestQ = lo;
    if (format.maxBytes == 0) {
        best = encode(sized, 100);
        bestQ = 100;
    } else {
        while (lo < hi) {
            const int mid = (lo + hi + 1) / 2;
            Bytes b = encode(sized, mid);
            if (std::int64_t(b.size()) <= format.maxBytes) {
                lo = mid;
                best = std::move(b);
                bestQ = mid;
            } else {
                hi = mid - 1;
            }
        }
    }
    if (!fits(best, format))
        return makeError("export.too_small", "at the highest quality that fits (" + std::to_string(bestQ) +
                                                 ") the photo is " + std::to_string(best.size()) +
                                                 " bytes, under the format's " +
                                                 std::to_string(format.minBytes) + "-byte floor");
    if (auto checked = recheck(best, format, profile); !checked)
        return checked.error();
    return FittedPhoto{std::move(best), true, bestQ};
}

} // namespace

int estimateJpegQuality(const Bytes& bytes) {
    long sum = -1;
    walkSegments(bytes, [&](std::uint8_t marker, const std::uint8_t* p, std::size_t n) {
        if (marker != 0xDB || n < 65)
            return true;
        const bool wide = (p[0] >> 4) != 0;
        if (wide && n < 129)
            return false;
        sum = 0;
        for (int k = 0; k < 64; ++k)
            sum += wide ? (p[1 + 2 * k] << 8) | p[2 + 2 * k] : p[1 + k];
        return false;
    });
    if (sum < 0)
        return 0;
    int bestQ = 0;
    long bestDiff = -1;
    for (int q = 1; q <= 100; ++q) {
        const long scale = q < 50 ? 5000 / q : 200 - 2 * q;
        long s = 0;
        for (int v : kLuminance)
            s += std::clamp((v * scale + 50) / 100, 1L, 255L);
        const long diff = std::labs(s - sum);
        if (bestDiff < 0 || diff <= bestDiff) { // ties: the higher quality
            bestDiff = diff;
            bestQ = q;
        }
    }
    return bestQ;
}

bool inFormat(const Bytes& bytes, const ExportFormat& format) {
    if (!fits(bytes, format))
        return false;
    const detail::FileInfo info = detail::inspect(bytes);
    if (info.format != detail::Format::Jpeg || !info.headerOk || !info.complete || info.dataCorrupt ||
        info.components != 3 || info.bitDepth != 8 || info.width != format.width ||
        info.height != format.height)
        return false;
    const int orientation = exifOrientation(bytes);
    if (orientation > 1)
        return false;
    return estimateJpegQuality(bytes) >= format.qualityMin;
}

Result<FittedPhoto> fitPhoto(const Bytes& approved, const ExportFormat& format, const Profile& profile) {
    try {
        return fitUnguarded(approved, format, profile);
    } catch (const cv::Exception& e) {
        return makeError("export.image", std::string("OpenCV failed: ") + e.what());
    } catch (const std::exception& e) {
        return makeError("export.image", std::string("the photo could not be processed: ") + e.what());
    }
}

} // namespace certphoto::core

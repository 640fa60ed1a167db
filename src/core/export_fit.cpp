// An approved photo made to fit a receiver's export format (export_format.h): as it is when it already
// fits, else cropped, resized with area filtering and encoded at the highest quality whose size fits,
// then checked again by the compliance core.
#include <certphoto/core/detail/context.h>
#include <certphoto/core/detail/export_recheck.h>
#include <certphoto/core/detail/image_file.h>
#include <certphoto/core/detail/jpeg_codec.h>
#include <certphoto/core/export_format.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <map>
#include <set>
#include <utility>

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
    return detail::encodeJpeg(image, quality);
}

bool fits(const Bytes& b, const ExportFormat& f) {
    const auto n = std::int64_t(b.size());
    return n >= f.minBytes && (f.maxBytes == 0 || n <= f.maxBytes);
}

// The part of the image at the format's aspect: cut from both sides when too wide, from the bottom when too
// tall.
cv::Rect aspectCrop(const cv::Mat& bgr, const ExportFormat& f) {
    const double want = double(f.width) / f.height;
    const double have = double(bgr.cols) / bgr.rows;
    if (std::abs(have - want) < 1e-3)
        return {0, 0, bgr.cols, bgr.rows};
    if (have > want) {
        const int w = std::max(1, int(std::lround(bgr.rows * want)));
        return {(bgr.cols - w) / 2, 0, w, bgr.rows};
    }
    const int h = std::max(1, int(std::lround(bgr.cols / want)));
    return {0, 0, bgr.cols, h};
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
    detail::Context ctx{profile, report};
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

Error recheckFailed(const Finding& f, const Profile& profile) {
    return makeError("export.recheck", "the re-encoded photo fails " + f.id + " of profile " + profile.name +
                                           (f.detail.empty() ? "" : " (" + f.detail + ")"));
}

// The recheck of an export: the file rules refuse as always; a pixel check refuses when it fails on the
// re-encoded photo but not on the approved one measured the same way (in the same regions, mapped), so
// what refuses is what the resize and the re-encode did, not what a person already judged.
Result<void> recheckMapped(const Bytes& bytes, const cv::Mat& approvedBgr, const ApprovedGeometry& approved,
                           const cv::Rect& crop, const ExportFormat& format, const Profile& profile) {
    const ApprovedGeometry mapped =
        mapGeometry(approved, {crop.x, crop.y, crop.width, crop.height}, format.width, format.height);
    const Report result = recheckExport(bytes, profile, mapped);
    Report reference;
    bool referenceMade = false;
    for (const auto& f : result.findings) {
        if (f.status != Status::Fail)
            continue;
        if (refusing(f))
            return recheckFailed(f, profile);
        if (!referenceMade) {
            detail::recheckPixels(approvedBgr, profile, approved, reference);
            referenceMade = true;
        }
        const auto before = std::find_if(reference.findings.begin(), reference.findings.end(),
                                         [&](const Finding& r) { return r.id == f.id; });
        if (before == reference.findings.end() || before->status != Status::Fail)
            return recheckFailed(f, profile);
    }
    return {};
}

Result<void> recheck(const Bytes& bytes, const ExportFormat& format, const Profile& profile) {
    const std::vector<Finding> findings =
        format.recheck == Recheck::File ? fileFindings(bytes, profile) : analyze(bytes, profile).findings;
    for (const auto& f : findings)
        if (refusing(f))
            return recheckFailed(f, profile);
    return {};
}

// The highest quality in [floor, 100] whose encoding is at most the ceiling, by prediction instead of
// bisection: a JPEG's size is close to log-linear in the quality, so after one encode the secant through
// the nearest known sizes points at the boundary, usually within one step; each probe narrows the bracket
// (fit at `ok`, too big at `bad`) until they are adjacent, so the answer is the one bisection finds (sizes
// grow with the quality) in 2-4 encodes instead of 7.
// -ln of the IJG quantisation scale at quality q (percent: 5000/q below 50, 200-2q from 50, at least 1):
// rises with the quality, and a JPEG's ln(bytes) rises nearly in proportion to it.
double scaleLog(int q) {
    const double scale = q < 50 ? 5000.0 / q : 200.0 - 2.0 * q;
    return -std::log(std::max(1.0, scale));
}

// The highest quality whose scaleLog is at most x (so a predicted boundary is approached from the fitting
// side).
int qualityAt(double x) {
    const double scale = std::exp(-x);
    const double q = scale <= 100 ? (200.0 - scale) / 2.0 : 5000.0 / scale;
    return int(std::floor(std::clamp(q, 1.0, 100.0) + 1e-9));
}

Result<std::pair<int, Bytes>> highestFitting(const cv::Mat& sized, const ExportFormat& format) {
    const double target = std::log(double(format.maxBytes));
    int ok = format.qualityMin - 1, bad = 101; // known: fits at ok (unless floor-1), too big at bad
    Bytes okBytes;
    std::map<int, double> logSize; // quality -> ln(bytes) of the probes so far
    int q = std::clamp(80, format.qualityMin, 100), previous = 0;
    for (;;) {
        Bytes b = encode(sized, q);
        logSize[q] = std::log(double(b.size()));
        if (std::int64_t(b.size()) <= format.maxBytes) {
            ok = q;
            okBytes = std::move(b);
        } else {
            bad = q;
            if (q == format.qualityMin)
                return makeError("export.too_large", "even at quality " + std::to_string(q) +
                                                         " the photo is " + std::to_string(b.size() / 1024) +
                                                         " KB, over the format's " +
                                                         std::to_string(format.maxBytes / 1024) + " KB");
        }
        if (ok == 100 || bad == ok + 1)
            return std::pair<int, Bytes>{ok, std::move(okBytes)};
        // Aim at the boundary: ln(bytes) is close to linear in ln of the IJG table scale (measured: slope
        // 0.47-0.55 over 80-91 on the demo photos), along the secant through the last two probes or, after
        // the first, with the typical slope.
        const double slope =
            previous > 0 ? (logSize[q] - logSize[previous]) / (scaleLog(q) - scaleLog(previous)) : 0.5;
        int next = qualityAt(scaleLog(q) + (target - logSize[q]) / std::max(0.05, slope));
        next = std::clamp(next, ok + 1, bad - 1); // inside the open bracket: every probe narrows it
        previous = q;
        q = next;
    }
}

Result<FittedPhoto> fitUnguarded(const Bytes& approved, const ExportFormat& format, const Profile& profile,
                                 const ApprovedGeometry* geometry) {
    if (inFormat(approved, format))
        return FittedPhoto{approved, false, estimateJpegQuality(approved)};
    // An approved JPEG is decoded straight away: its bytes are the ones the core checked at intake (the
    // report the person judged), so the structural walk is not repeated, and any decoder warning still
    // refuses it. Anything else (another format, an EXIF rotation) goes the core's general way.
    std::string why;
    cv::Mat bgr;
    if (approved.size() > 3 && approved[0] == 0xFF && approved[1] == 0xD8 && approved[2] == 0xFF &&
        exifOrientation(approved) <= 1) {
        bgr = detail::decodeJpeg(approved, detail::kMaxPixels, why);
    } else {
        const detail::FileInfo info = detail::inspect(approved);
        bgr = detail::decode(approved, info, why);
    }
    if (bgr.empty())
        return makeError("export.decode", "the approved photo does not decode: " + why);
    cv::Mat sized;
    const cv::Rect crop = aspectCrop(bgr, format);
    cv::resize(bgr(crop), sized, cv::Size(format.width, format.height), 0, 0, cv::INTER_AREA);

    // The highest quality from the floor up whose size is at most the ceiling (size grows with quality).
    int bestQ = 0;
    Bytes best;
    if (format.maxBytes == 0) {
        best = encode(sized, 100);
        bestQ = 100;
    } else {
        auto found = highestFitting(sized, format);
        if (!found)
            return found.error();
        bestQ = found->first;
        best = std::move(found->second);
    }
    if (!fits(best, format))
        return makeError("export.too_small", "at the highest quality that fits (" + std::to_string(bestQ) +
                                                 ") the photo is " + std::to_string(best.size()) +
                                                 " bytes, under the format's " +
                                                 std::to_string(format.minBytes) + "-byte floor");
    // The geometry is the approved report's, of the photo as seen (EXIF orientation applied, as decoded).
    const bool mapped = format.recheck == Recheck::Export && geometry && geometry->width == bgr.cols &&
                        geometry->height == bgr.rows;
    if (auto checked = mapped ? recheckMapped(best, bgr, *geometry, crop, format, profile)
                              : recheck(best, format, profile);
        !checked)
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

Result<FittedPhoto> fitPhoto(const Bytes& approved, const ExportFormat& format, const Profile& profile,
                             const ApprovedGeometry* approvedGeometry) {
    try {
        return fitUnguarded(approved, format, profile, approvedGeometry);
    } catch (const cv::Exception& e) {
        return makeError("export.image", std::string("OpenCV failed: ") + e.what());
    } catch (const std::exception& e) {
        return makeError("export.image", std::string("the photo could not be processed: ") + e.what());
    }
}

} // namespace certphoto::core

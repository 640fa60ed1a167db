#pragma once
// A receiver's export format: the pixel size, file-size range, JPEG quality floor and file naming the
// receiver wants, as data (share/certphoto/export-formats/<name>.json beside the profiles), and the one
// image step of an export: an approved photo made to fit the format. OpenCV and std only (no Qt); never
// throws (cv::Exception is caught inside and becomes an error).

#include <certphoto/core/export_recheck.h>
#include <certphoto/core/profile.h>
#include <certphoto/result/result.h>

#include <cstdint>
#include <string>
#include <vector>

namespace certphoto::core {

enum class Naming { IdNumber, ExamNumber }; // the photo's file name: "<number>.jpg"
// What the compliance core checks again on a re-encoded photo: the file rules only; the file rules and the
// pixel checks with the approved face carried over (export_recheck.h; the whole analysis when the photo
// has no approved geometry); or the whole analysis.
enum class Recheck { File, Export, Full };

struct PrintSheet {
    bool wanted = false;                // the receiver wants paper photos too (统一冲印)
    std::string paper = "a4";           // a4 or 6inch (152 x 102 mm)
    double widthMm = 33, heightMm = 48; // the printed photo's true size
};

struct ExportFormat {
    std::string name;
    std::string title;
    int width = 0, height = 0;               // output pixel size
    std::int64_t minBytes = 0, maxBytes = 0; // file-size range (max 0 = no ceiling)
    int qualityMin = 60;                     // JPEG quality floor (IJG scale)
    Naming naming = Naming::IdNumber;
    std::string profile; // the compliance profile a re-encoded photo is checked with
    Recheck recheck = Recheck::Full;
    std::string manifestName = "photo-list";    // data/<name>.csv|.xlsx
    std::string manifestKind = "csv";           // csv or xlsx
    std::string manifestEncoding = "utf-8-bom"; // utf-8-bom or gbk (csv only)
    PrintSheet print;
};

Result<ExportFormat> parseExportFormat(const std::string& json);
// From the data folders, as profiles are found (dataDirs()). Names are plain words.
Result<ExportFormat> loadExportFormat(const std::string& name);
std::vector<std::string> exportFormatNames();

// The photo as it goes out.
struct FittedPhoto {
    std::vector<std::uint8_t> bytes;
    bool reencoded = false; // false: byte-identical to the approved photo
    int quality = 0;        // the JPEG quality used (or estimated, when not re-encoded)
};

// Already in the format: a complete 8-bit colour JPEG of exactly the size (EXIF orientation none), a file
// size in range and an estimated quality at or above the floor. Then it goes out byte-identical.
bool inFormat(const std::vector<std::uint8_t>& bytes, const ExportFormat& format);

// The photo in the format: as it is when inFormat(); otherwise decoded, cropped to the format's aspect
// (from the sides, or from the bottom so the crown keeps its place), resized with area filtering, and
// encoded at the highest quality from the floor up whose size fits the range (the next one up is too
// big), then checked again by the compliance core with `profile` (Recheck::File: file format, size,
// decoding, dimensions; Export: those, and the pixel checks the re-encode made fail that the approved
// photo, measured the same way, passed — with `approved`'s geometry mapped through the crop and resize;
// Full, or Export without a geometry: the whole analysis, refusing on the file rules or on a lost face).
// Errors, each meaning "refused, not sent": export.decode, export.too_large (even the floor is too big),
// export.too_small (even quality 100 is too small), export.recheck (the core failed the result),
// export.image (OpenCV failed).
Result<FittedPhoto> fitPhoto(const std::vector<std::uint8_t>& approved, const ExportFormat& format,
                             const Profile& profile, const ApprovedGeometry* approvedGeometry = nullptr);

// The IJG quality (1..100) whose luminance table is closest to the JPEG's first quantisation table; 0 when
// the bytes hold none.
int estimateJpegQuality(const std::vector<std::uint8_t>& bytes);

} // namespace certphoto::core

// file.format, file.size: judged on the bytes alone.
#include <certphoto/core/detail/context.h>
#include <certphoto/core/detail/image_file.h>

#include <cmath>

namespace certphoto::core::detail {

void checkFile(Context& ctx, const std::vector<std::uint8_t>& bytes, const FileInfo& info) {
    const Rule* formatRule = ctx.profile.rule("file.format");
    std::string reason = formatRule && !formatRule->reason.empty() ? formatRule->reason : "file.format";
    Status bad = formatRule ? formatRule->severity : Status::Fail;
    std::string limit = "JPEG, 8-bit, 3 colour components";
    if (info.format != Format::Jpeg) {
        std::string what = bytes.empty() ? "the file is empty"
                           : info.format == Format::Unknown
                               ? "the bytes are not a known image format"
                               : std::string("the bytes are ") + formatName(info.format) + ", not JPEG";
        if (info.format == Format::Png && info.bitDepth == 16)
            what += " (16-bit)";
        addFinding(ctx, "file.format", bad, NAN, limit, reason, what);
    } else if (info.headerOk && info.components != 3) {
        std::string what = info.components == 1   ? "greyscale JPEG (24-bit colour required)"
                           : info.components == 4 ? "CMYK JPEG (24-bit colour required)"
                                                  : std::to_string(info.components) + "-component JPEG";
        addFinding(ctx, "file.format", bad, info.components, limit, reason, what);
    } else if (info.headerOk && info.bitDepth != 8) {
        addFinding(ctx, "file.format", bad, info.bitDepth, limit, reason,
                   std::to_string(info.bitDepth) + "-bit JPEG");
    } else {
        addFinding(ctx, "file.format", Status::Pass, 3, limit, reason, "JPEG");
    }
    judge(ctx, "file.size", std::round(double(bytes.size()) / 1024.0 * 10) / 10, "KB", "file.format");
}

} // namespace certphoto::core::detail

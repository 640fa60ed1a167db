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
        Finding& f = addFinding(ctx, "file.format", bad, NAN, limit, reason, what, "components", 3, 3);
        f.cause = bytes.empty()                    ? "empty"
                  : info.format == Format::Unknown ? "not_jpeg"
                                                   : std::string("not_jpeg.") + formatName(info.format);
    } else if (info.headerOk && info.components != 3) {
        std::string what = info.components == 1   ? "greyscale JPEG (24-bit colour required)"
                           : info.components == 4 ? "CMYK JPEG (24-bit colour required)"
                                                  : std::to_string(info.components) + "-component JPEG";
        addFinding(ctx, "file.format", bad, info.components, limit, reason, what, "components", 3, 3).cause =
            "components";
    } else if (info.headerOk && info.bitDepth != 8) {
        addFinding(ctx, "file.format", bad, info.bitDepth, limit, reason,
                   std::to_string(info.bitDepth) + "-bit JPEG", "bit", 8, 8)
            .cause = "bit_depth";
    } else {
        addFinding(ctx, "file.format", Status::Pass, 3, limit, reason, "JPEG", "components", 3, 3);
    }
    judge(ctx, "file.size", std::round(double(bytes.size()) / 1024.0 * 10) / 10, "KB", "file.format");
}

} // namespace certphoto::core::detail

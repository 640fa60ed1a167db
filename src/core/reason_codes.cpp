#include <certphoto/core/reason_codes.h>

#include <algorithm>

namespace certphoto::core {

const std::vector<std::string_view>& knownReasonCodes() {
    static const std::vector<std::string_view> codes = {
        "background.color",  "background.uniformity",
        "head.size",         "head.position",
        "head.pose",         "eyes",
        "glasses.glare",     "glasses.tinted",
        "hair.covering",     "ears.hidden",
        "head.covering",     "jewellery",
        "mouth.teeth",       "makeup",
        "clothing",          "framing.shoulders",
        "image.blur",        "image.exposure",
        "image.color",       "photo.not_standard",
        "photo.reprint",     "file.format",
        "file.resolution",   "face.count",
        "identity.mismatch", "other",
        // schema 12: what the eyes-open check and shine on the skin find
        "eyes.closed",       "face.shine",
    };
    return codes;
}

bool isKnownReasonCode(std::string_view code) {
    const auto& codes = knownReasonCodes();
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

} // namespace certphoto::core

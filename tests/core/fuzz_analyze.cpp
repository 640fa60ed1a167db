// libFuzzer target over the core's entry point: any bytes -> a report, never a crash, leak or UB.
#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>

#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const certphoto::core::Profile profile = [] {
        auto p = certphoto::core::loadProfile("chsi-graduation");
        if (!p)
            std::abort(); // run with CERTPHOTO_DATA_DIR=<build>/share/certphoto
        return *p;
    }();
    std::vector<std::uint8_t> bytes(data, data + size);
    auto report = certphoto::core::analyze(bytes, profile);
    auto json = certphoto::core::toJson(report);
    if (json.empty() || report.findings.empty())
        std::abort();
    // The reader takes back what the writer wrote, unchanged; and any bytes are a value, never a crash.
    auto back = certphoto::core::reportFromJson(json);
    if (!back || certphoto::core::toJson(*back) != json)
        std::abort();
    if (size > 0 && data[0] == '{')
        (void)certphoto::core::reportFromJson(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}

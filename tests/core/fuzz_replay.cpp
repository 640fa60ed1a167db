// Replays the fuzz corpus (tests/core/fuzz-corpus) through analyze(): in the normal suite and under the
// sanitizer build, so what the fuzzer found once stays fixed. Exit 1 when an input gets no verdict.
#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    fs::path dir = argc > 1 ? argv[1] : CERTPHOTO_FUZZ_CORPUS;
    auto profile = certphoto::core::loadProfile("chsi-graduation");
    if (!profile) {
        std::fprintf(stderr, "%s\n", profile.error().message.c_str());
        return 1;
    }
    int count = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        auto report = certphoto::core::analyze(bytes, *profile);
        if (report.findings.empty() || certphoto::core::toJson(report).empty()) {
            std::fprintf(stderr, "no findings for %s\n", entry.path().c_str());
            return 1;
        }
        ++count;
    }
    std::printf("%d corpus inputs analyzed\n", count);
    return count > 0 ? 0 : 1;
}

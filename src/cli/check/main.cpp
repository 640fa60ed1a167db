// certphoto-check [--profile NAME] [--overlay-dir DIR] [--jobs N] FILE...
// One JSON object per file, one per line, in argument order. Exit 0 when every file got its line, 2 on bad
// usage.
#include "overlay.h"

#include <certphoto/core/allocator.h>
#include <certphoto/core/analysis.h>
#include <certphoto/core/detail/json.h>
#include <certphoto/core/profile.h>

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace core = certphoto::core;
namespace fs = std::filesystem;

int usage(const std::string& message) {
    std::cerr << "certphoto-check: " << message << "\n"
              << "usage: certphoto-check [--profile NAME] [--overlay-dir DIR] [--jobs N] FILE...\n";
    return 2;
}

bool readFile(const std::string& path, std::vector<std::uint8_t>& bytes) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return false;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

std::string overlayName(const std::string& file, std::size_t index) {
    // Index first: two inputs with one base name must not overwrite each other.
    return std::to_string(index + 1) + "-" + fs::path(file).stem().string() + ".png";
}

} // namespace

int main(int argc, char** argv) {
    certphoto::core::keepFreedMemoryForReuse(); // a photo after another without page faults
    std::string profileName = "chsi-graduation", overlayDir;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        if (a == "--profile") {
            const char* v = value();
            if (!v)
                return usage("--profile needs a name");
            profileName = v;
        } else if (a == "--overlay-dir") {
            const char* v = value();
            if (!v)
                return usage("--overlay-dir needs a folder");
            overlayDir = v;
        } else if (a == "--jobs") {
            const char* v = value();
            char* end = nullptr;
            long n = v ? std::strtol(v, &end, 10) : 0;
            if (!v || *end || n < 1 || n > 256)
                return usage("--jobs needs a number from 1 to 256");
            jobs = unsigned(n);
        } else if (a == "--help" || a == "-h") {
            std::cout
                << "Usage: certphoto-check [--profile NAME] [--overlay-dir DIR] [--jobs N] FILE...\n"
                   "Checks certificate photos against a receiver's profile with the compliance core and\n"
                   "prints one JSON line per file (verdict, findings, head box, glare spots).\n\n"
                   "Options:\n"
                   "  --profile NAME      the profile to check against (default chsi-graduation)\n"
                   "  --overlay-dir DIR   also write each photo with its findings drawn on it\n"
                   "  --jobs N            photos analyzed at once (default: the number of cores)\n"
                   "  -h, --help          this help\n"
                   "  --version           the program's and the core's versions\n\n"
                   "Exit status: 0 once every file is reported (a file that cannot be read or\n"
                   "decoded gets a line saying why), 2 for bad usage.\n";
            return 0;
        } else if (a == "--version") {
            std::cout << "certphoto-check " CERTPHOTO_VERSION " (" << core::coreVersion() << ")\n";
            return 0;
        } else if (a == "--") {
            for (++i; i < argc; ++i)
                files.emplace_back(argv[i]);
        } else if (a.size() > 1 && a[0] == '-') {
            return usage("unknown option " + a);
        } else {
            files.push_back(a);
        }
    }
    if (files.empty())
        return usage("no files given");
    auto profile = core::loadProfile(profileName);
    if (!profile) {
        std::string known;
        for (const auto& n : core::profileNames())
            known += (known.empty() ? "" : ", ") + n;
        return usage(profile.error().message + (known.empty() ? "" : " (known: " + known + ")"));
    }
    if (!overlayDir.empty()) {
        std::error_code ec;
        fs::create_directories(overlayDir, ec);
        if (ec)
            return usage("cannot create overlay folder " + overlayDir);
    }

    // Workers take files by index; lines are printed in argument order as soon as each is ready.
    std::vector<std::string> lines(files.size());
    std::vector<bool> done(files.size(), false);
    std::mutex m;
    std::condition_variable cv;
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next++) < files.size();) {
            std::vector<std::uint8_t> bytes;
            core::Report report;
            if (readFile(files[i], bytes)) {
                report = core::analyze(bytes, *profile);
            } else {
                report.profile = profile->name;
                report.coreVersion = core::coreVersion();
                report.verdict = core::Verdict::Fail;
                core::Finding unreadable;
                unreadable.id = "file.format";
                unreadable.status = core::Status::Fail;
                unreadable.value = NAN;
                unreadable.limit = "a readable file";
                unreadable.reason = "file.format";
                unreadable.detail = "cannot read the file";
                unreadable.cause = "unreadable";
                report.findings.push_back(unreadable);
            }
            if (!overlayDir.empty())
                certphoto::check::writeOverlay(bytes, report,
                                               (fs::path(overlayDir) / overlayName(files[i], i)).string());
            std::string json = core::toJson(report);
            std::string line = "{\"file\":" + core::json::quote(files[i]) + "," + json.substr(1);
            std::lock_guard lock(m);
            lines[i] = std::move(line);
            done[i] = true;
            cv.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < std::min<std::size_t>(jobs, files.size()); ++t)
        pool.emplace_back(work);
    for (std::size_t i = 0; i < files.size(); ++i) {
        std::unique_lock lock(m);
        cv.wait(lock, [&] { return done[i]; });
        std::fwrite(lines[i].data(), 1, lines[i].size(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }
    for (auto& t : pool)
        t.join();
    return 0;
}

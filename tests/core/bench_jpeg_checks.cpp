// The two ways to find damage inside a JPEG's scan data, on the same files: the core's own entropy decoder
// (jpeg_entropy.cpp, what image.decode uses) and libjpeg decoding the coefficients with an error manager
// that counts its warnings ("Corrupt JPEG data: ..."), as Gwenview's jpegerrormanager.h does. Prints, for
// each, how many damaged files it catches, how many valid files it wrongly refuses, what it cannot check,
// and its time per file (median and spread over rounds).
//   bench-jpeg-checks [--rounds 5]
#include "core_test_util.h"

#include <certphoto/core/detail/image_file.h>
#include <certphoto/core/detail/jpeg_entropy.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <jpeglib.h>

namespace detail = certphoto::core::detail;
using Bytes = std::vector<std::uint8_t>;

namespace {

struct Counted {
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
    int warnings = 0;
};

void onWarning(j_common_ptr info, int level) {
    if (level < 0)
        ++reinterpret_cast<Counted*>(info->err)->warnings;
}

void onError(j_common_ptr info) {
    std::longjmp(reinterpret_cast<Counted*>(info->err)->jump, 1);
}

// True when libjpeg, reading every scan's coefficients (no IDCT), warns or fails.
bool libjpegFindsDamage(const Bytes& b) {
    jpeg_decompress_struct cinfo{};
    Counted err{};
    cinfo.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = onError;
    err.mgr.emit_message = onWarning;
    if (setjmp(err.jump)) {
        jpeg_destroy_decompress(&cinfo);
        return true;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, b.data(), static_cast<unsigned long>(b.size()));
    jpeg_read_header(&cinfo, TRUE);
    jpeg_read_coefficients(&cinfo);
    jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    return err.warnings > 0;
}

enum class Said { Damaged, Valid, NotChecked };

Said entropySays(const Bytes& b) {
    const auto c = detail::checkJpegEntropy(b.data(), b.size(), detail::kMaxPixels);
    return c.result == detail::JpegEntropyCheck::Result::Corrupt ? Said::Damaged
           : c.result == detail::JpegEntropyCheck::Result::Valid ? Said::Valid
                                                                 : Said::NotChecked;
}

Said libjpegSays(const Bytes& b) {
    return libjpegFindsDamage(b) ? Said::Damaged : Said::Valid;
}

Bytes encode(const cv::Mat& img, std::vector<int> params) {
    std::vector<uchar> buf;
    cv::imencode(".jpg", img, buf, params);
    return {buf.begin(), buf.end()};
}

Bytes readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Where the entropy-coded data lies: after the first scan header, up to the end-of-image marker.
bool scanData(const Bytes& b, std::size_t& from, std::size_t& to) {
    std::size_t i = 2;
    while (i + 4 <= b.size() && b[i] == 0xFF) {
        const unsigned len = (unsigned(b[i + 2]) << 8) | b[i + 3];
        if (b[i + 1] == 0xDA) {
            from = i + 2 + len;
            to = b.size() - 2;
            return from + 16 < to;
        }
        i += 2 + len;
    }
    return false;
}

struct Set {
    std::vector<Bytes> valid, damaged;
    std::vector<std::string> damageKind; // per damaged file
};

Set makeSet() {
    Set s;
    cv::Mat src = cv::imread(coretest::testData("faces/portrait-plain-light.jpg"), cv::IMREAD_COLOR);
    cv::Mat photo;
    cv::resize(src, photo, {480, 640}, 0, 0, cv::INTER_AREA);
    std::vector<Bytes> bases;
    for (int q : {60, 75, 90})
        for (int prog : {0, 1})
            for (int rst : {0, 4}) {
                Bytes b = encode(photo, {cv::IMWRITE_JPEG_QUALITY, q, cv::IMWRITE_JPEG_PROGRESSIVE, prog,
                                         cv::IMWRITE_JPEG_RST_INTERVAL, rst, cv::IMWRITE_JPEG_OPTIMIZE, 1});
                s.valid.push_back(b);
                bases.push_back(b);
            }
    const std::string variants = std::string(CERTPHOTO_SOURCE_DIR) + "/tests/core/jpeg-variants";
    for (const auto& e : std::filesystem::directory_iterator(variants))
        if (e.path().extension() == ".jpg")
            s.valid.push_back(readFile(e.path()));
    std::mt19937 rng(20261204);
    for (const Bytes& base : bases) {
        std::size_t from = 0, to = 0;
        if (!scanData(base, from, to))
            continue;
        for (int n = 0; n < 20; ++n) {
            std::uniform_int_distribution<std::size_t> at(from, to - 65);
            // 64 random bytes over the data (a smeared band), one byte changed, one bit flipped, cut short.
            Bytes a = base;
            const std::size_t p = at(rng);
            for (int k = 0; k < 64; ++k)
                a[p + std::size_t(k)] = std::uint8_t(rng());
            s.damaged.push_back(a);
            s.damageKind.push_back("64 bytes");
            Bytes c = base;
            const std::size_t q = at(rng);
            c[q] = std::uint8_t(c[q] ^ std::uint8_t(1 + rng() % 255));
            s.damaged.push_back(c);
            s.damageKind.push_back("1 byte");
            Bytes d = base;
            const std::size_t r = at(rng);
            d[r] = std::uint8_t(d[r] ^ std::uint8_t(1u << (rng() % 8)));
            s.damaged.push_back(d);
            s.damageKind.push_back("1 bit");
            Bytes t(base.begin(), base.begin() + std::ptrdiff_t(at(rng)));
            s.damaged.push_back(t);
            s.damageKind.push_back("cut short");
        }
    }
    return s;
}

template <class F> double microsPerFile(const std::vector<Bytes>& files, F f) {
    const auto t0 = std::chrono::steady_clock::now();
    for (const Bytes& b : files)
        (void)f(b);
    const auto t1 = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::micro>(t1 - t0).count() / double(files.size());
}

void report(const char* name, const Set& s, Said (*says)(const Bytes&), int rounds) {
    int caught = 0, refused = 0, notChecked = 0;
    std::map<std::string, std::pair<int, int>> byKind;
    for (std::size_t i = 0; i < s.damaged.size(); ++i) {
        const Said r = says(s.damaged[i]);
        auto& k = byKind[s.damageKind[i]];
        ++k.second;
        if (r == Said::Damaged) {
            ++caught;
            ++k.first;
        }
    }
    for (const Bytes& b : s.valid) {
        const Said r = says(b);
        refused += r == Said::Damaged;
        notChecked += r == Said::NotChecked;
    }
    std::vector<double> t;
    for (int n = 0; n < rounds; ++n)
        t.push_back(microsPerFile(s.valid, says));
    std::sort(t.begin(), t.end());
    std::printf("| %s | %d/%zu |", name, caught, s.damaged.size());
    for (const auto& [kind, c] : byKind)
        std::printf(" %s %d/%d;", kind.c_str(), c.first, c.second);
    std::printf(" | %d/%zu | %d | %.0f µs (%.0f–%.0f) |\n", refused, s.valid.size(), notChecked,
                t[t.size() / 2], t.front(), t.back());
}

} // namespace

int main(int argc, char** argv) {
    int rounds = 5;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--rounds") == 0)
            rounds = std::max(1, std::atoi(argv[i + 1]));
    const Set s = makeSet();
    std::printf(
        "%zu valid files (OpenCV baseline/progressive/restart at q 60/75/90, tests/core/jpeg-variants), "
        "%zu damaged ones made from the 12 OpenCV files\n\n",
        s.valid.size(), s.damaged.size());
    std::printf("| method | damaged caught | valid refused | valid not checked | time per valid file, median "
                "(spread over %d rounds) |\n|---|---|---|---|---|\n",
                rounds);
    report("core: jpeg_entropy.cpp", s, entropySays, rounds);
    report("libjpeg: coefficients, warnings counted", s, libjpegSays, rounds);
    return 0;
}

// The JPEG entropy-data check (jpeg_entropy.cpp): every valid JPEG we can make or find passes, damage inside
// the scan data fails image.decode with a message that says where.
#include "core_test_util.h"

#include <certphoto/core/analysis.h>
#include <certphoto/core/detail/image_file.h>
#include <certphoto/core/detail/jpeg_entropy.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QtTest>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <regex>

using namespace certphoto::core;
using detail::checkJpegEntropy;
using detail::JpegEntropyCheck;
using Bytes = std::vector<std::uint8_t>;
using Result = JpegEntropyCheck::Result;

namespace {

JpegEntropyCheck check(const Bytes& b) {
    return checkJpegEntropy(b.data(), b.size(), detail::kMaxPixels);
}

Bytes encode(const cv::Mat& img, std::vector<int> params) {
    std::vector<uchar> buf;
    if (!cv::imencode(".jpg", img, buf, params))
        throw std::runtime_error("imencode failed");
    return {buf.begin(), buf.end()};
}

// Where the entropy-coded data lies: from the end of the first scan header to the end-of-image marker.
std::pair<std::size_t, std::size_t> scanData(const Bytes& b) {
    std::size_t i = 2;
    while (i + 4 <= b.size() && b[i] == 0xFF) {
        unsigned len = (unsigned(b[i + 2]) << 8) | b[i + 3];
        if (b[i + 1] == 0xDA)
            return {i + 2 + len, b.size() - 2};
        i += 2 + len;
    }
    throw std::runtime_error("no scan");
}

// `width` bytes from a seeded generator written over the data at `pos`; false if nothing changed.
bool overwrite(Bytes& b, std::size_t pos, int width, std::mt19937& rng) {
    bool changed = false;
    for (int k = 0; k < width; ++k) {
        auto v = static_cast<std::uint8_t>(rng());
        changed |= b[pos + std::size_t(k)] != v;
        b[pos + std::size_t(k)] = v;
    }
    return changed;
}

std::string sourceDir() {
    const char* dir = std::getenv("CERTPHOTO_SOURCE_DIR");
    return dir ? dir : ".";
}

cv::Mat portrait(cv::Size size) {
    cv::Mat src = cv::imread(coretest::testData("faces/portrait-plain-light.jpg"), cv::IMREAD_COLOR);
    if (src.empty())
        throw std::runtime_error("fixture missing");
    cv::Mat out;
    cv::resize(src, out, size, 0, 0, cv::INTER_AREA);
    return out;
}

} // namespace

class JpegData : public QObject {
    Q_OBJECT

    Profile profile_;
    Bytes photo_; // the benchmark's 480x640 portrait, quality 90

    const Finding* decodeFinding(const Bytes& b, Report& keep) {
        keep = analyze(b, profile_);
        return coretest::finding(keep, "image.decode");
    }

private slots:
    void initTestCase() {
        profile_ = coretest::chsi();
        photo_ = coretest::encodeJpeg(coretest::framePortrait().image, 90);
        QCOMPARE(check(photo_).result, Result::Valid);
    }

    // Every variant OpenCV 4.6 writes (it has no sampling-factor option: those are in jpeg-variants/).
    void opencvVariantsValidate() {
        cv::Mat checker(48, 64, CV_8UC3);
        for (int y = 0; y < checker.rows; ++y)
            for (int x = 0; x < checker.cols; ++x)
                checker.at<cv::Vec3b>(y, x) = (x + y) % 2 ? cv::Vec3b(255, 255, 255) : cv::Vec3b(0, 0, 0);
        cv::Mat noise(48, 64, CV_8UC3);
        cv::randu(noise, 0, 256);
        cv::Mat grey;
        cv::cvtColor(portrait({481, 641}), grey, cv::COLOR_BGR2GRAY);
        const std::vector<std::pair<const char*, cv::Mat>> images = {
            {"portrait 481x641", portrait({481, 641})},
            {"portrait 480x640", portrait({480, 640})},
            {"grey 481x641", grey},
            {"1x1", portrait({1, 1})},
            {"grey 1x1", cv::Mat(1, 1, CV_8UC1, cv::Scalar(77))},
            {"7x9", portrait({7, 9})},
            {"grey 9x7", grey(cv::Rect(100, 100, 9, 7)).clone()},
            {"17x33", portrait({17, 33})},
            {"100x1", portrait({100, 1})},
            {"checkerboard", checker},
            {"noise", noise},
            {"white", cv::Mat(16, 16, CV_8UC3, cv::Scalar(255, 255, 255))},
            {"black", cv::Mat(16, 16, CV_8UC3, cv::Scalar(0, 0, 0))},
            {"blue", cv::Mat(24, 40, CV_8UC3, cv::Scalar(255, 0, 0))},
        };
        int files = 0, progressive = 0, restarts = 0;
        for (const auto& [name, img] : images) {
            for (int q : {30, 40, 50, 60, 70, 80, 90, 95, 100})
                for (int prog : {0, 1})
                    for (int opt : {0, 1})
                        for (int rst : {0, 1, 7}) {
                            Bytes b = encode(img, {cv::IMWRITE_JPEG_QUALITY, q, cv::IMWRITE_JPEG_PROGRESSIVE,
                                                   prog, cv::IMWRITE_JPEG_OPTIMIZE, opt,
                                                   cv::IMWRITE_JPEG_RST_INTERVAL, rst});
                            JpegEntropyCheck c = check(b);
                            std::string what = std::string(name) + " q" + std::to_string(q) +
                                               " progressive " + std::to_string(prog) + " optimize " +
                                               std::to_string(opt) + " rst " + std::to_string(rst) + ": " +
                                               c.detail;
                            QVERIFY2(c.result == Result::Valid, what.c_str());
                            ++files;
                            progressive += c.scans > 1;
                            restarts += rst > 0;
                        }
            for (auto [luma, chroma] : {std::pair{95, 30}, std::pair{30, 95}, std::pair{100, 0}}) {
                Bytes b = encode(
                    img, {cv::IMWRITE_JPEG_LUMA_QUALITY, luma, cv::IMWRITE_JPEG_CHROMA_QUALITY, chroma});
                QVERIFY2(check(b).result == Result::Valid,
                         (std::string(name) + " luma/chroma quality").c_str());
                ++files;
            }
        }
        qInfo("%d OpenCV-written JPEGs valid (%d progressive)", files, progressive);
        QVERIFY(progressive > files / 3); // the progressive flag really gave multi-scan files
        QVERIFY(restarts > 0);
    }

    // The JPEGs in the repository: test fixtures, the synth's photos, and jpeg-variants/ (libjpeg-turbo's
    // cjpeg: 4:1:1, 4:2:2, 4:4:0, 4:4:4, 3x1 and mixed sampling, progressive with restarts and custom scan
    // scripts, one sequential scan per component, greyscale 2x2, 16-bit quantisers (SOF1), arithmetic
    // coding).
    void repositoryJpegsValidate() {
        namespace fs = std::filesystem;
        int valid = 0, notChecked = 0;
        for (const std::string& dir : {coretest::testData(""), sourceDir() + "/src/synth/assets",
                                       sourceDir() + "/tests/core/jpeg-variants"}) {
            for (const auto& entry : fs::recursive_directory_iterator(dir)) {
                if (!entry.is_regular_file())
                    continue;
                Bytes b = coretest::readBytes(entry.path().string());
                if (b.size() < 3 || b[0] != 0xFF || b[1] != 0xD8 || b[2] != 0xFF)
                    continue;
                JpegEntropyCheck c = check(b);
                std::string what = entry.path().string() + ": " + c.detail;
                if (entry.path().filename().string().find("not-checked") != std::string::npos) {
                    QVERIFY2(c.result == Result::NotChecked, what.c_str());
                    ++notChecked;
                    continue;
                }
                QVERIFY2(c.result == Result::Valid, what.c_str());
                ++valid;
                Report r;
                const Finding* f = decodeFinding(b, r);
                QVERIFY2(f && f->status == Status::Pass, what.c_str());
            }
        }
        qInfo("%d repository JPEGs valid, %d not checked (arithmetic)", valid, notChecked);
        QVERIFY(valid >= 20);
        QCOMPARE(notChecked, 2);
    }

    // Motion-JPEG frames leave out DHT; libjpeg then uses the standard tables (T.81 K.3), and so must we.
    void withoutHuffmanTablesUsesStandardOnes() {
        Bytes b = encode(portrait({97, 65}), {cv::IMWRITE_JPEG_QUALITY, 85});
        Bytes stripped(b.begin(), b.begin() + 2);
        int removed = 0;
        std::size_t i = 2;
        while (i + 4 <= b.size() && b[i] == 0xFF && b[i + 1] != 0xDA) {
            std::size_t len = (std::size_t(b[i + 2]) << 8) | b[i + 3];
            if (b[i + 1] == 0xC4)
                ++removed;
            else
                stripped.insert(stripped.end(), b.begin() + std::ptrdiff_t(i),
                                b.begin() + std::ptrdiff_t(i + 2 + len));
            i += 2 + len;
        }
        stripped.insert(stripped.end(), b.begin() + std::ptrdiff_t(i), b.end());
        QVERIFY(removed > 0);
        cv::Mat a = cv::imdecode(b, cv::IMREAD_COLOR), s = cv::imdecode(stripped, cv::IMREAD_COLOR);
        QVERIFY(!s.empty());
        QCOMPARE(cv::norm(a, s, cv::NORM_INF), 0.0); // libjpeg decodes it the same: the standard tables
        QCOMPARE(check(stripped).result, Result::Valid);
    }

    void damagedPhotoFailsImageDecode() {
        auto [start, end] = scanData(photo_);
        for (unsigned seed = 1; seed <= 8; ++seed) {
            std::mt19937 rng(seed);
            Bytes b = photo_;
            std::size_t pos = start + (end - start) / 4 + rng() % ((end - start) / 2);
            QVERIFY(overwrite(b, pos, 64, rng));
            // libjpeg hands back a full image for this (with a warning OpenCV drops): that is why we check.
            QVERIFY(!cv::imdecode(b, cv::IMREAD_COLOR).empty());
            Report r;
            const Finding* f = decodeFinding(b, r);
            QVERIFY(f);
            std::string what = "seed " + std::to_string(seed) + ": " + f->detail;
            QVERIFY2(f->status == Status::Fail, what.c_str());
            QVERIFY2(f->detail.rfind("JPEG data is corrupt: ", 0) == 0, what.c_str());
            QCOMPARE(r.verdict, Verdict::Fail);
            QCOMPARE(coretest::finding(r, "file.format")->status, Status::Pass);
            QVERIFY(!r.headBox); // nothing measured on a damaged photo
        }
        Report r;
        QCOMPARE(decodeFinding(photo_, r)->status, Status::Pass);
    }

    void messageSaysWhere() {
        auto [start, end] = scanData(photo_);
        std::mt19937 rng(3);
        Bytes b = photo_;
        QVERIFY(overwrite(b, start + (end - start) / 2, 64, rng));
        JpegEntropyCheck c = check(b);
        QCOMPARE(c.result, Result::Corrupt);
        // 640 rows of 16-pixel MCUs (4:2:0) = 40 MCU rows; the damage is in the middle.
        std::smatch m;
        QVERIFY2(std::regex_search(c.detail, m, std::regex("in scan 1 near MCU row (\\d+) of 40")),
                 c.detail.c_str());
        int row = std::stoi(m[1]);
        QVERIFY2(row >= 15 && row <= 30, c.detail.c_str());
    }

    // Measures how much damage is caught; prints the figures quoted in docs/core.md. Single bytes that only
    // change a coefficient's value cannot be told from a photo, so the floors are well below 100 %.
    void catchRate() {
        struct Case {
            const char* name;
            std::vector<int> params;
        };
        cv::Mat img = coretest::framePortrait().image;
        const Case cases[] = {
            {"baseline q90", {cv::IMWRITE_JPEG_QUALITY, 90}},
            {"progressive q90", {cv::IMWRITE_JPEG_QUALITY, 90, cv::IMWRITE_JPEG_PROGRESSIVE, 1}},
            {"restart every 8 MCUs q90", {cv::IMWRITE_JPEG_QUALITY, 90, cv::IMWRITE_JPEG_RST_INTERVAL, 8}}};
        for (const Case& k : cases) {
            Bytes clean = encode(img, k.params);
            auto [start, end] = scanData(clean);
            for (int width : {1, 64}) {
                std::mt19937 rng(20261122u + unsigned(width));
                int tried = 0, caught = 0;
                for (int t = 0; t < 200; ++t) {
                    Bytes b = clean;
                    std::size_t pos = start + (end - start) / 4 + std::size_t(t) * ((end - start) / 2) / 200;
                    if (!overwrite(b, pos, width, rng))
                        continue;
                    ++tried;
                    caught += check(b).result == Result::Corrupt;
                }
                double rate = 100.0 * caught / tried;
                qInfo("%s, %zu bytes: %d-byte overwrites caught %d of %d (%.1f %%)", k.name, clean.size(),
                      width, caught, tried, rate);
                QVERIFY2(rate >= (width == 1 ? 25 : 85), k.name);
            }
        }
    }

    void restartMarkersMustComeInSequence() {
        Bytes b =
            encode(portrait({160, 120}), {cv::IMWRITE_JPEG_QUALITY, 80, cv::IMWRITE_JPEG_RST_INTERVAL, 2});
        QCOMPARE(check(b).result, Result::Valid);
        auto [start, end] = scanData(b);
        std::vector<std::size_t> rst;
        for (std::size_t i = start; i + 1 < end; ++i)
            if (b[i] == 0xFF && b[i + 1] >= 0xD0 && b[i + 1] <= 0xD7)
                rst.push_back(i);
        QVERIFY(rst.size() > 10);
        Bytes swapped = b;
        swapped[rst[5] + 1] = static_cast<std::uint8_t>(0xD0 + (swapped[rst[5] + 1] - 0xD0 + 1) % 8);
        JpegEntropyCheck c = check(swapped);
        QCOMPARE(c.result, Result::Corrupt);
        QVERIFY2(c.detail.find("restart marker RST5 missing") != std::string::npos, c.detail.c_str());
        Bytes dropped = b;
        dropped.erase(dropped.begin() + std::ptrdiff_t(rst[3]), dropped.begin() + std::ptrdiff_t(rst[3] + 2));
        QCOMPARE(check(dropped).result, Result::Corrupt);
    }

    void bytesLeftOverOrMissing() {
        Bytes b = photo_;
        Bytes extra = b;
        extra.insert(extra.end() - 2, {0x12, 0x34, 0x56});
        JpegEntropyCheck c = check(extra);
        QCOMPARE(c.result, Result::Corrupt);
        QVERIFY2(c.detail.find("3 bytes of extra data after the last MCU of scan 1") != std::string::npos,
                 c.detail.c_str());
        auto [start, end] = scanData(b);
        // A marker inside the scan (here the end of the image) cuts it short.
        Bytes cut = b;
        cut[(start + end) / 2] = 0xFF;
        cut[(start + end) / 2 + 1] = 0xD9;
        c = check(cut);
        QCOMPARE(c.result, Result::Corrupt);
        QVERIFY2(c.detail.find("data ends early (end-of-image marker) in scan 1") != std::string::npos,
                 c.detail.c_str());
    }

    // A small file claiming a large frame: refused quickly, nothing allocated for the blocks it claims.
    void largeClaimOnLittleData() {
        Bytes b = encode(portrait({64, 48}), {cv::IMWRITE_JPEG_PROGRESSIVE, 1});
        for (std::size_t i = 2; i + 9 < b.size(); ++i)
            if (b[i] == 0xFF && b[i + 1] == 0xC2) {
                b[i + 5] = 0x17; // 6000 x 6000: under the 40 MP cap
                b[i + 6] = 0x70;
                b[i + 7] = 0x17;
                b[i + 8] = 0x70;
                break;
            }
        JpegEntropyCheck c = check(b);
        QCOMPARE(c.result, Result::Corrupt);
        QVERIFY2(c.detail.find("data ends early") != std::string::npos, c.detail.c_str());
    }
};

QTEST_APPLESS_MAIN(JpegData)
#include "tst_jpeg_data.moc"

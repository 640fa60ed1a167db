// Bad input: each gets a clear failing check, never a crash or a hang.
#include "core_test_util.h"

#include <certphoto/core/analysis.h>

#include <opencv2/imgcodecs.hpp>

#include <opencv2/imgproc.hpp>

#include <QtTest>

#include <chrono>
#include <random>

using namespace certphoto::core;
using coretest::finding;

class BadInput : public QObject {
    Q_OBJECT

    Profile profile_;

    Report run(const std::vector<std::uint8_t>& bytes) { return analyze(bytes, profile_); }

    void expectFail(const Report& r, const std::string& id, const std::string& detailPart = {}) {
        const Finding* f = finding(r, id);
        QVERIFY2(f, ("no finding " + id).c_str());
        QCOMPARE(f->status, Status::Fail);
        QCOMPARE(r.verdict, Verdict::Fail);
        if (!detailPart.empty())
            QVERIFY2(f->detail.find(detailPart) != std::string::npos, (id + ": " + f->detail).c_str());
    }

private slots:
    void initTestCase() { profile_ = coretest::chsi(); }

    void emptyFile() {
        Report r = run({});
        expectFail(r, "file.format", "empty");
        expectFail(r, "image.decode");
        QVERIFY(!r.headBox);
    }

    void truncatedJpeg() {
        auto bytes = coretest::readBytes(coretest::testData("faces/portrait-plain-light.jpg"));
        bytes.resize(bytes.size() * 6 / 10);
        // libjpeg itself would hand back a grey-padded full-size image here.
        QVERIFY(!cv::imdecode(bytes, cv::IMREAD_COLOR).empty());
        Report r = run(bytes);
        expectFail(r, "image.decode", "truncated");
        QCOMPARE(finding(r, "file.format")->status, Status::Pass);
    }

    void pngNamedJpg() {
        Report r = run(coretest::readBytes(coretest::testData("faces/portrait-child-png-named.jpg")));
        expectFail(r, "file.format", "PNG");
    }

    void webpNamedJpg() {
        Report r = run(coretest::readBytes(coretest::testData("faces/portrait-street-webp-named.jpg")));
        expectFail(r, "file.format", "WebP");
    }

    void cmykJpeg() {
        Report r = run(coretest::readBytes(coretest::testData("core/cmyk.jpg")));
        expectFail(r, "file.format", "CMYK");
    }

    void greyscaleJpeg() {
        cv::Mat grey(640, 480, CV_8UC1, cv::Scalar(128));
        cv::circle(grey, {240, 300}, 100, cv::Scalar(200), -1);
        std::vector<uchar> buf;
        cv::imencode(".jpg", grey, buf);
        Report r = run({buf.begin(), buf.end()});
        expectFail(r, "file.format", "greyscale");
    }

    void sixteenBitPng() {
        cv::Mat img(64, 48, CV_16UC3, cv::Scalar(1000, 30000, 65000));
        std::vector<uchar> buf;
        cv::imencode(".png", img, buf);
        Report r = run({buf.begin(), buf.end()});
        expectFail(r, "file.format", "16-bit");
    }

    void hugeHeaderRefusedBeforeDecoding() {
        auto bytes = coretest::encodeJpeg(cv::Mat(64, 48, CV_8UC3, cv::Scalar(90, 120, 200)));
        // Patch the frame header (SOF0) to claim 60000x60000.
        bool patched = false;
        for (std::size_t i = 2; i + 9 < bytes.size(); ++i) {
            if (bytes[i] == 0xFF && bytes[i + 1] == 0xC0) {
                bytes[i + 5] = 0xEA;
                bytes[i + 6] = 0x60; // height 60000
                bytes[i + 7] = 0xEA;
                bytes[i + 8] = 0x60; // width 60000
                patched = true;
                break;
            }
        }
        QVERIFY(patched);
        auto start = std::chrono::steady_clock::now();
        Report r = run(bytes);
        double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        expectFail(r, "image.decode", "60000x60000");
        QVERIFY2(ms < 2000, "the decoder was not stopped before allocating");
    }

    void randomBytes() {
        std::mt19937 rng(20261122);
        for (int i = 0; i < 300; ++i) {
            std::vector<std::uint8_t> bytes(rng() % 4096);
            for (auto& b : bytes)
                b = static_cast<std::uint8_t>(rng());
            if (i % 3 == 1 && bytes.size() > 3) {
                bytes[0] = 0xFF;
                bytes[1] = 0xD8;
                bytes[2] = 0xFF;
            }
            if (i % 3 == 2 && bytes.size() > 8) { // a PNG signature over garbage
                const std::uint8_t sig[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
                std::copy(sig, sig + 8, bytes.begin());
            }
            Report r = run(bytes);
            QCOMPARE(r.verdict, Verdict::Fail);
            const Finding* decode = finding(r, "image.decode");
            const Finding* format = finding(r, "file.format");
            QVERIFY(format);
            QVERIFY((decode && decode->status == Status::Fail) || format->status == Status::Fail);
        }
    }

    void corruptedMiddleFails() {
        // Garbage inside the entropy-coded data: libjpeg repairs it with a warning OpenCV drops, so the core
        // decodes the scan data itself (more in tst_jpeg_data.cpp).
        auto bytes = coretest::readBytes(coretest::testData("faces/portrait-plain-light.jpg"));
        std::mt19937 rng(7);
        for (std::size_t i = bytes.size() / 3; i < bytes.size() / 3 + 2000; ++i)
            bytes[i] = static_cast<std::uint8_t>(rng());
        QVERIFY(!cv::imdecode(bytes, cv::IMREAD_COLOR).empty());
        Report r = run(bytes);
        expectFail(r, "image.decode", "JPEG data is corrupt");
        QCOMPARE(finding(r, "file.format")->status, Status::Pass);
    }
};

QTEST_APPLESS_MAIN(BadInput)
#include "tst_bad_input.moc"

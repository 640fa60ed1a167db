// The head box and framing checks on a portrait framed by hand (positions known by construction), and EXIF
// orientation: a photo stored sideways with an orientation tag is analyzed upright.
#include "core_test_util.h"

#include <certphoto/core/analysis.h>

#include <opencv2/core.hpp>

#include <QtTest>

#include <cmath>

using namespace certphoto::core;
using coretest::finding;

namespace {

// Inserts an EXIF APP1 segment with one Orientation tag right after SOI.
std::vector<std::uint8_t> withOrientation(const std::vector<std::uint8_t>& jpeg, std::uint16_t orientation) {
    const std::uint8_t tiff[] = {'M',
                                 'M',
                                 0,
                                 42,
                                 0,
                                 0,
                                 0,
                                 8, // big-endian TIFF header, IFD at 8
                                 0,
                                 1, // one entry
                                 0x01,
                                 0x12,
                                 0,
                                 3,
                                 0,
                                 0,
                                 0,
                                 1, // Orientation, SHORT, count 1
                                 std::uint8_t(orientation >> 8),
                                 std::uint8_t(orientation & 0xFF),
                                 0,
                                 0,
                                 0,
                                 0,
                                 0,
                                 0}; // no next IFD
    const std::uint8_t exifId[] = {'E', 'x', 'i', 'f', 0, 0};
    const std::size_t len = 2 + sizeof exifId + sizeof tiff;
    std::vector<std::uint8_t> out;
    out.reserve(jpeg.size() + len + 2);
    for (std::uint8_t b : {std::uint8_t(0xFF), std::uint8_t(0xD8), std::uint8_t(0xFF), std::uint8_t(0xE1),
                           std::uint8_t(len >> 8), std::uint8_t(len & 0xFF)})
        out.push_back(b);
    for (std::uint8_t b : exifId)
        out.push_back(b);
    for (std::uint8_t b : tiff)
        out.push_back(b);
    for (std::size_t i = 2; i < jpeg.size(); ++i)
        out.push_back(jpeg[i]);
    return out;
}

} // namespace

class Geometry : public QObject {
    Q_OBJECT
    Profile profile_;

private slots:
    void initTestCase() { profile_ = coretest::chsi(); }

    void framedPortraitMeasuresWhereItWasPut() {
        auto framed = coretest::framePortrait(65, 240, 1.1);
        Report r = analyze(coretest::encodeJpeg(framed.image), profile_);
        QVERIFY(r.headBox);
        const Box& b = *r.headBox;
        qInfo("head box %d,%d %dx%d; crown %.0f eyes %.0f chin %.0f", b.x, b.y, b.w, b.h, framed.crownY,
              framed.eyeY, framed.chinY);
        QVERIFY2(std::abs(b.y - framed.crownY) <= 8, "crown not where the hair meets the background");
        QVERIFY2(std::abs(b.y + b.h - framed.chinY) <= 25, "chin far from where it was put");
        QVERIFY2(std::abs(b.x + b.w / 2.0 - framed.centreX) <= 15, "head box not centred on the face");
        QVERIFY(r.landmarks.leftEye && r.landmarks.rightEye);
        double eyeY = (r.landmarks.leftEye->y + r.landmarks.rightEye->y) / 2;
        QVERIFY2(std::abs(eyeY - framed.eyeY) <= 8, "eye line off");
        // The person's left eye is on the image's right.
        QVERIFY(r.landmarks.leftEye->x > r.landmarks.rightEye->x);
        for (const char* id :
             {"face.count", "head.position", "eyes.line", "face.width", "head.tilt", "head.size"}) {
            const Finding* f = finding(r, id);
            QVERIFY2(f, id);
            QVERIFY2(f->status == Status::Pass, (std::string(id) + " " + f->detail).c_str());
        }
        QVERIFY(finding(r, "image.dimensions")->status == Status::Pass);
        QVERIFY(!r.maskPng.empty());
    }

    void crownTooHighFailsPosition() {
        auto framed = coretest::framePortrait(25, 240, 1.1);
        Report r = analyze(coretest::encodeJpeg(framed.image), profile_);
        QCOMPARE(finding(r, "head.position")->status, Status::Fail);
        QCOMPARE(finding(r, "head.position")->reason, std::string("head.position"));
    }

    void offCentreFailsPosition() {
        auto framed = coretest::framePortrait(65, 300, 1.1);
        Report r = analyze(coretest::encodeJpeg(framed.image), profile_);
        QCOMPARE(finding(r, "head.position")->status, Status::Fail);
    }

    void rolledHeadFailsTilt() {
        auto framed = coretest::framePortrait(70, 240, 1.05, 14);
        Report r = analyze(coretest::encodeJpeg(framed.image), profile_);
        const Finding* f = finding(r, "head.tilt");
        QVERIFY(f);
        QCOMPARE(f->status, Status::Fail);
        QVERIFY2(std::abs(f->value - 14) < 4, f->detail.c_str());
        QCOMPARE(f->reason, std::string("head.pose"));
    }

    void exifOrientationIsAppliedAndCoordinatesUpright() {
        auto framed = coretest::framePortrait(65, 240, 1.1);
        Report upright = analyze(coretest::encodeJpeg(framed.image), profile_);
        // Stored rotated 90 degrees counter-clockwise; orientation 6 says "rotate 90 clockwise to view".
        cv::Mat stored;
        cv::rotate(framed.image, stored, cv::ROTATE_90_COUNTERCLOCKWISE);
        Report r = analyze(withOrientation(coretest::encodeJpeg(stored), 6), profile_);
        QCOMPARE(r.width, 480);
        QCOMPARE(r.height, 640);
        QVERIFY(finding(r, "image.dimensions")->status == Status::Pass);
        QVERIFY(r.headBox && upright.headBox);
        QVERIFY(std::abs(r.headBox->y - upright.headBox->y) <= 4);
        QVERIFY(std::abs(r.headBox->x - upright.headBox->x) <= 4);
        QVERIFY(r.landmarks.leftEye && upright.landmarks.leftEye);
        QVERIFY(std::abs(r.landmarks.leftEye->y - upright.landmarks.leftEye->y) <= 3);
        QVERIFY(r.landmarks.mouth->y > r.landmarks.nose->y); // upright: mouth below nose
    }
};

QTEST_APPLESS_MAIN(Geometry)
#include "tst_geometry.moc"

// Single defects made by hand on the framed portrait, each caught by its own check - and the things that
// look like defects but are not (the catch-light in the pupil) left alone.
#include "core_test_util.h"

#include <certphoto/core/analysis.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QtTest>

using namespace certphoto::core;
using coretest::finding;

class Checks : public QObject {
    Q_OBJECT
    Profile profile_;
    coretest::Framed framed_;
    Report base_;

    // Pixels the base report's mask does not call background.
    cv::Mat personMask() const {
        std::vector<uchar> png(base_.maskPng.begin(), base_.maskPng.end());
        cv::Mat background = cv::imdecode(png, cv::IMREAD_GRAYSCALE);
        return background == 0;
    }

    // Red up, blue down, where `where` is set (everywhere when empty).
    static cv::Mat warmed(const cv::Mat& bgr, const cv::Mat& where) {
        cv::Mat warm = bgr.clone();
        cv::Mat channels[3];
        cv::split(warm, channels);
        channels[2].convertTo(channels[2], -1, 1.0, 28);
        channels[0].convertTo(channels[0], -1, 0.8, 0);
        cv::merge(channels, 3, warm);
        if (where.empty())
            return warm;
        cv::Mat out = bgr.clone();
        warm.copyTo(out, where);
        return out;
    }

    Status statusOf(const cv::Mat& img, const std::string& id, Report* out = nullptr) {
        Report r = analyze(coretest::encodeJpeg(img, 92), profile_);
        const Finding* f = finding(r, id);
        if (out)
            *out = r;
        return f ? f->status : Status::Fail;
    }

private slots:
    void initTestCase() {
        profile_ = coretest::chsi();
        framed_ = coretest::framePortrait();
        base_ = analyze(coretest::encodeJpeg(framed_.image, 92), profile_);
        for (const char* id :
             {"glare.spots", "image.sharpness", "image.exposure", "lighting.balance", "image.color"})
            QVERIFY2(finding(base_, id) && finding(base_, id)->status == Status::Pass, id);
    }

    void glareOnTheCheekFails() {
        cv::Mat img = framed_.image.clone();
        const Point& eye = *base_.landmarks.rightEye; // image left
        // Two specular reflections, as on a lens: small, white, clipped.
        cv::circle(img, cv::Point(int(eye.x) - 14, int(eye.y) + 22), 6, cv::Scalar(255, 255, 255), -1,
                   cv::LINE_AA);
        cv::circle(img, cv::Point(int(eye.x) + 130, int(eye.y) + 20), 5, cv::Scalar(255, 255, 255), -1,
                   cv::LINE_AA);
        Report r;
        QCOMPARE(statusOf(img, "glare.spots", &r), Status::Fail);
        QVERIFY(r.glareSpots.size() >= 2);
        // No glasses on this portrait: shine on the skin, not a reflection on lenses.
        QCOMPARE(finding(r, "glare.spots")->reason, std::string("face.shine"));
    }

    void pupilCatchLightIsNotGlare() {
        cv::Mat img = framed_.image.clone();
        for (const auto& e : {*base_.landmarks.leftEye, *base_.landmarks.rightEye})
            cv::circle(img, cv::Point(int(e.x) + 2, int(e.y) - 2), 2, cv::Scalar(255, 255, 255), -1,
                       cv::LINE_AA);
        Report r;
        QCOMPARE(statusOf(img, "glare.spots", &r), Status::Pass);
        QVERIFY(r.glareSpots.empty());
    }

    void blurFailsSharpness() {
        cv::Mat img;
        cv::GaussianBlur(framed_.image, img, {0, 0}, 4.0);
        QCOMPARE(statusOf(img, "image.sharpness"), Status::Fail);
    }

    void darkPhotoFailsExposure() {
        cv::Mat img;
        framed_.image.convertTo(img, -1, 0.3, 0);
        QCOMPARE(statusOf(img, "image.exposure"), Status::Fail);
    }

    void oneSideInShadowFailsBalance() {
        cv::Mat img = framed_.image.clone();
        int split = int(framed_.centreX);
        cv::Mat left = img(cv::Rect(0, 0, split, img.rows));
        left.convertTo(left, -1, 0.45, 0);
        QCOMPARE(statusOf(img, "lighting.balance"), Status::Fail);
    }

    void greenCastFailsColour() {
        cv::Mat img = framed_.image.clone();
        cv::Mat channels[3];
        cv::split(img, channels);
        channels[1].convertTo(channels[1], -1, 1.0, 45); // green up
        channels[2].convertTo(channels[2], -1, 0.75, 0); // red down
        cv::merge(channels, 3, img);
        QCOMPARE(statusOf(img, "image.color"), Status::Fail);
    }

    // image.color judges a cast, not a skin tone: warmer skin in front of the right background passes,
    // the same warmth over the whole frame (background included) is a cast.
    void warmSkinAloneIsNotACast() {
        const cv::Mat img = warmed(framed_.image, personMask());
        QCOMPARE(statusOf(img, "image.color"), Status::Pass);
    }

    void warmCastOverTheWholeFrameFails() {
        const cv::Mat img = warmed(framed_.image, cv::Mat());
        QCOMPARE(statusOf(img, "image.color"), Status::Fail);
    }

    void wrongBackgroundColourFails() {
        // Everything the mask calls background turned red.
        cv::Mat img = framed_.image.clone();
        std::vector<uchar> png(base_.maskPng.begin(), base_.maskPng.end());
        cv::Mat mask = cv::imdecode(png, cv::IMREAD_GRAYSCALE);
        QCOMPARE(mask.size(), img.size());
        img.setTo(cv::Scalar(40, 40, 220), mask);
        QCOMPARE(statusOf(img, "background.color"), Status::Fail);
    }
};

QTEST_APPLESS_MAIN(Checks)
#include "tst_checks.moc"

// Grabs the review pane's states (issue 10) without a database: the photo with the profile's guide lines,
// a selected finding's region, zoom 2:1 with the magnifier, and the findings worded as sentences (and the
// details view), for real core reports of fixture photos and of photos altered to fail checks.
//   QT_QPA_PLATFORM=offscreen CERTPHOTO_TEST_DATA=tests/data CERTPHOTO_DATA_DIR=<build>/share/certphoto
//     certphoto-review-pane-screenshots --lang zh|en OUTDIR
#include "core_test_util.h"

#include "app_options.h"
#include "findings_view.h"
#include "loaded_submission.h"
#include "photo_view.h"

#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace certphoto;

namespace {

struct Pane {
    QWidget frame;
    app::PhotoView* photo;
    app::FindingsView* findings;
    Pane() {
        frame.resize(1180, 700);
        auto* layout = new QHBoxLayout(&frame);
        photo = new app::PhotoView(&frame);
        findings = new app::FindingsView(&frame);
        photo->setMinimumWidth(480);
        layout->addWidget(photo, 4);
        layout->addWidget(findings, 5);
        QObject::connect(findings, &app::FindingsView::findingSelected, photo, &app::PhotoView::highlight);
    }
    void show(const std::vector<std::uint8_t>& bytes, const core::Profile& profile) {
        const core::Report r = core::analyze(bytes, profile);
        app::LoadedSubmission s;
        s.detail.photo = QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
        s.detail.maskPng =
            QByteArray(reinterpret_cast<const char*>(r.maskPng.data()), qsizetype(r.maskPng.size()));
        app::decodeImages(s);
        s.report = app::parseReport(QByteArray::fromStdString(core::toJson(r)));
        if (s.photo.isNull())
            photo->clear(s.photoError);
        else
            photo->setPhoto(s.photo, s.maskOverlay, s.report, s.photoSize);
        findings->showReport(s.report);
    }
    void select(const QString& id) {
        for (int i = 0; i < findings->topLevelItemCount(); ++i)
            if (findings->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
                findings->setCurrentItem(findings->topLevelItem(i));
    }
};

bool save(QWidget* w, const QString& path) {
    QTest::qWait(50);
    const bool ok = w->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int langAt = int(args.indexOf(QStringLiteral("--lang")));
    const QString lang = langAt > 0 && langAt + 1 < args.size() ? args.at(langAt + 1) : QStringLiteral("en");
    const QString out = args.last();
    QDir().mkpath(out);
    app::installTranslators(app, lang);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    auto profile = core::loadProfile("chsi-graduation");
    if (!profile)
        qFatal("no profile: %s", profile.error().message.c_str());
    bool ok = true;
    Pane pane;
    pane.frame.show();
    (void)QTest::qWaitForWindowExposed(&pane.frame);
    auto name = [&](const char* what) {
        return out + QStringLiteral("/pane-%1-%2.png").arg(QLatin1String(what), lang);
    };

    const cv::Mat framed = coretest::framePortrait().image;
    pane.show(coretest::encodeJpeg(framed, 92), *profile);
    ok &= save(&pane.frame, name("guides"));
    pane.select(QStringLiteral("eyes.line"));
    ok &= save(&pane.frame, name("eye-band"));

    pane.show(coretest::readBytes(coretest::testData("faces/grace-hopper-glasses.jpg")), *profile);
    pane.select(QStringLiteral("glare.spots"));
    ok &= save(&pane.frame, name("glare"));
    pane.photo->setZoom(2);
    pane.photo->setMagnifier(true);
    ok &= save(&pane.frame, name("zoom-magnifier"));
    pane.photo->setZoom(0);
    pane.photo->setMagnifier(false);
    pane.findings->setDetailsShown(true);
    ok &= save(&pane.frame, name("details"));
    pane.findings->setDetailsShown(false);

    cv::Mat small;
    cv::resize(framed, small, {297, 360}, 0, 0, cv::INTER_AREA);
    pane.show(coretest::encodeJpeg(small, 92), *profile);
    ok &= save(&pane.frame, name("small-photo"));

    pane.show(coretest::encodeJpeg(coretest::framePortrait(150).image, 92), *profile);
    pane.select(QStringLiteral("head.position"));
    ok &= save(&pane.frame, name("crown-low"));

    pane.show(coretest::encodeJpeg(coretest::framePortrait(65, 240, 1.1, 11).image, 92), *profile);
    ok &= save(&pane.frame, name("rolled"));

    cv::Mat cast = framed.clone();
    cast.forEach<cv::Vec3b>([](cv::Vec3b& p, const int*) { p[1] = cv::saturate_cast<uchar>(p[1] + 45); });
    pane.show(coretest::encodeJpeg(cast, 92), *profile);
    pane.select(QStringLiteral("background.color"));
    ok &= save(&pane.frame, name("colour-cast"));

    pane.show(coretest::readBytes(coretest::testData("faces/portrait-child-png-named.jpg")), *profile);
    ok &= save(&pane.frame, name("png"));
    return ok ? 0 : 1;
}

// Workstation pieces without a database: the reason picker by keyboard, the report reader, the photo
// overlays as painted, time left, and connection-string edits.
#include "app_options.h"
#include "conninfo.h"
#include "icons.h"
#include "login_dialog.h"
#include "photo_view.h"
#include "queue_page_model.h"
#include "reason_dialog.h"
#include "report_view.h"
#include "time_left.h"
#include "verdict_text.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace certphoto;

namespace {

std::vector<store::ReasonCode> codes() {
    auto code = [](const char* c, const char* zh, const char* en, bool note = false) {
        store::ReasonCode r;
        r.code = QString::fromUtf8(c);
        r.labelZh = QString::fromUtf8(zh);
        r.labelEn = QString::fromUtf8(en);
        r.needsNote = note;
        return r;
    };
    return {code("background.color", "背景颜色不符合要求", "Background colour not allowed"),
            code("glasses.glare", "眼镜反光", "Reflection on glasses"),
            code("image.blur", "照片模糊", "Blurry"),
            code("other", "其他（需填写说明）", "Other (note required)", true)};
}

const QByteArray kReport = R"({"profile":"chsi-graduation","verdict":"fail",
 "checks":[{"id":"background.color","status":"fail","value":18.4,"limit":"<= 6","reason":"background.color"},
           {"id":"glare.spots","status":"warn","value":1,"limit":"0","reason":"glasses.glare"},
           {"id":"image.sharpness","status":"pass","value":null,"limit":">= 40","reason":"image.blur"}],
 "head_box":[100,50,200,260],"landmarks":{"left_eye":[150,200],"right_eye":[250,200]},
 "glare_spots":[[160,205,4]],"elapsed_ms":11.8})";

void key(Qt::Key k) {
    QTest::keyClick(static_cast<QWidget*>(nullptr), k);
}

// keyClicks() takes Latin-1 only; Chinese goes in as text events to the focus widget.
void type(const QString& text) {
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, QApplication::focusWidget(), Qt::Key_unknown, QString(c),
                            Qt::NoModifier);
}

} // namespace

class TestWidgets : public QObject {
    Q_OBJECT
private slots:
    void reportIsRead() {
        const app::ReportView r = app::parseReport(kReport);
        QVERIFY(r.present);
        QCOMPARE(r.verdict, QStringLiteral("fail"));
        QCOMPARE(r.findings.size(), 3);
        QVERIFY(r.findings[0].hasValue);
        QCOMPARE(r.findings[0].value, 18.4);
        QVERIFY(!r.findings[2].hasValue); // null: not measured
        QCOMPARE(*r.headBox, QRect(100, 50, 200, 260));
        QCOMPARE(r.landmarks.value(QStringLiteral("right_eye")), QPointF(250, 200));
        QCOMPARE(r.glareSpots.size(), 1);
        QCOMPARE(r.failingReasons(), QStringList{QStringLiteral("background.color")});
        QVERIFY(!app::parseReport("").present);
        const app::ReportView broken = app::parseReport("{\"verdict\":");
        QVERIFY(!broken.present);
        QVERIFY(!broken.parseError.isEmpty());
        const app::ReportView noFace = app::parseReport(R"({"verdict":"fail","checks":[],"head_box":null})");
        QVERIFY(!noFace.headBox);
    }

    void overlaysArePaintedWhereTheReportSays() {
        QImage photo(400, 600, QImage::Format_RGB32);
        photo.fill(QColor(100, 197, 255));
        QImage mask(photo.size(), QImage::Format_ARGB32_Premultiplied);
        mask.fill(Qt::transparent);
        app::PhotoView view;
        view.resize(416, 616); // 8 px margin: the photo is drawn 1:1 at (8, 8)
        view.setPhoto(photo, mask, app::parseReport(kReport));
        QImage shot = view.grab().toImage();
        // The head box's left edge (x = 100) is drawn in cyan; inside the box the photo shows through.
        const QColor edge = shot.pixelColor(8 + 100, 8 + 150);
        QVERIFY2(edge.blue() > 200 && edge.red() < 60, qPrintable(edge.name()));
        QCOMPARE(shot.pixelColor(8 + 200, 8 + 120), QColor(100, 197, 255));
        // Turned off, the box is gone.
        view.setOverlay(app::PhotoView::HeadBox, false);
        shot = view.grab().toImage();
        QCOMPARE(shot.pixelColor(8 + 100, 8 + 150), QColor(100, 197, 255));
        view.setOverlay(app::PhotoView::HeadBox, true);
        // A photo scaled down for display: the report's coordinates still refer to the photo's own size.
        view.setPhoto(photo.scaled(200, 300), mask.scaled(200, 300), app::parseReport(kReport),
                      QSize(400, 600));
        shot = view.grab().toImage();
        const QColor scaledEdge = shot.pixelColor(8 + 100, 8 + 150);
        QVERIFY2(scaledEdge.blue() > 200 && scaledEdge.red() < 60, qPrintable(scaledEdge.name()));
    }

    void reasonPickerByKeyboard() {
        app::ReasonDialog dialog(codes(), {QStringLiteral("background.color")});
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // The core's failing check comes pre-ticked.
        QCOMPARE(dialog.selectedCodes(), QStringList{QStringLiteral("background.color")});
        key(Qt::Key_1); // unticks it
        QVERIFY(dialog.selectedCodes().isEmpty());
        key(Qt::Key_Return); // nothing ticked: refused
        QCOMPARE(accepted.count(), 0);
        QTest::keyClicks(nullptr, QStringLiteral("other"));
        key(Qt::Key_1); // the only match
        QCOMPARE(dialog.selectedCodes(), QStringList{QStringLiteral("other")});
        key(Qt::Key_Return); // "other" without a note: refused, focus goes to the note
        QCOMPARE(accepted.count(), 0);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("noteEdit"));
        type(QStringLiteral("耳朵被头发挡住"));
        QCOMPARE(dialog.note(), QStringLiteral("耳朵被头发挡住"));
        key(Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.note(), QStringLiteral("耳朵被头发挡住"));
    }

    void timeLeftText() {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
        QCOMPARE(app::timeLeftText(now.addSecs(12 * 3600 + 5 * 60 + 30), now),
                 QStringLiteral("12 h 05 min left"));
        QCOMPARE(app::urgency(now.addSecs(12 * 3600), now), app::Urgency::Normal);
        QCOMPARE(app::urgency(now.addSecs(5 * 3600), now), app::Urgency::Soon);
        QCOMPARE(app::timeLeftText(now.addSecs(-90 * 60), now), QStringLiteral("overdue by 1 h 30 min"));
        QCOMPARE(app::urgency(now.addSecs(-1), now), app::Urgency::Overdue);
        // The queue's narrow column says no more than its header does not.
        QCOMPARE(app::timeLeftShort(now.addSecs(12 * 3600 + 5 * 60 + 30), now),
                 QStringLiteral("12 h 05 min"));
        QCOMPARE(app::timeLeftShort(now.addSecs(-90 * 60), now), QStringLiteral("overdue 1 h 30 min"));
    }

    void translationsAndIconAreBuiltIn() {
        // The application icon at every hicolor size, and every action icon drawable (the SVG engine is
        // there and each file parses: a broken SVG renders as a null pixmap).
        const QIcon appIcon = app::applicationIcon();
        QVERIFY(!appIcon.isNull());
        QCOMPARE(appIcon.pixmap(QSize(16, 16)).size(), QSize(16, 16));
        for (int id = 0; id <= int(app::IconId::Quit); ++id) {
            const QString file = app::iconResource(app::IconId(id));
            QVERIFY2(QFile::exists(file), qPrintable(file));
            const QImage drawn = QIcon(file).pixmap(QSize(24, 24)).toImage();
            QVERIFY2(!drawn.isNull(), qPrintable(file));
            int inked = 0;
            for (int y = 0; y < drawn.height(); ++y)
                for (int x = 0; x < drawn.width(); ++x)
                    inked += qAlpha(drawn.pixel(x, y)) > 0;
            QVERIFY2(inked > 40, qPrintable(file)); // drawn, not an empty pixmap
        }
        // Approve and reject differ in colour: green against red where each is drawn most.
        const QImage approve = app::icon(app::IconId::Approve).pixmap(QSize(24, 24)).toImage();
        const QImage reject = app::icon(app::IconId::Reject).pixmap(QSize(24, 24)).toImage();
        const QColor a = approve.pixelColor(12, 6), r = reject.pixelColor(12, 6);
        QVERIFY(a.green() > a.red() + 60);
        QVERIFY(r.red() > r.green() + 60);
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/certphoto_zh_CN.qm")));
        QCOMPARE(app::installTranslators(*qApp, QStringLiteral("zh")), QStringLiteral("zh"));
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
        QCOMPARE(app::timeLeftText(now.addSecs(12 * 3600 + 5 * 60), now), QStringLiteral("剩余 12小时 05分"));
        QCOMPARE(app::timeLeftShort(now.addSecs(12 * 3600 + 5 * 60), now), QStringLiteral("12小时05分"));
        QCOMPARE(app::timeLeftShort(now.addSecs(-65 * 60), now), QStringLiteral("超时 1小时05分"));
        QCOMPARE(
            app::QueuePageModel(nullptr).headerData(app::QueuePageModel::TimeLeft, Qt::Horizontal).toString(),
            QStringLiteral("剩余时间"));
        // Qt's own buttons too (qt6-translations-l10n): no English "Cancel" beside Chinese text.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        // Back to the source language for the other tests.
        for (QTranslator* t : qApp->findChildren<QTranslator*>())
            QCoreApplication::removeTranslator(t);
        QCOMPARE(app::timeLeftText(now.addSecs(3600), now), QStringLiteral("1 h 00 min left"));
    }

    void loginHintFollowsTheLogin() {
        // On this computer's private cluster the account's own login needs no password; anyone else's does.
        app::LoginDialog dialog({}, {}, QStringLiteral("wang"));
        auto* hint = dialog.findChild<QLabel*>(QStringLiteral("hintLabel"));
        auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"));
        QVERIFY(hint && user);
        QCOMPARE(user->text(), QStringLiteral("wang"));
        QVERIFY2(hint->text().contains(QLatin1String("no password is needed")), qPrintable(hint->text()));
        user->setText(QStringLiteral("li.wei"));
        QVERIFY2(
            hint->text().contains(QLatin1String("li.wei logs in with the password its admin (wang) set")),
            qPrintable(hint->text()));
        auto* server = dialog.findChild<QLineEdit*>(QStringLiteral("serverEdit"));
        server->setText(QStringLiteral("host=db.example"));
        QVERIFY2(hint->text().startsWith(QLatin1String("Shared server")), qPrintable(hint->text()));
    }

    void connInfoEdits() {
        QCOMPARE(
            app::withUser(QStringLiteral("host=/tmp/s dbname=certphoto user=owner"), QStringLiteral("alice")),
            QStringLiteral("host=/tmp/s dbname=certphoto user=alice"));
        QCOMPARE(app::withUser(QStringLiteral("host=db dbname='my db'"), QStringLiteral("bob")),
                 QStringLiteral("host=db dbname='my db' user=bob"));
        QCOMPARE(app::connInfoValue(QStringLiteral("postgresql://carol@db.example:5433/certphoto"),
                                    QStringLiteral("dbname")),
                 QStringLiteral("certphoto"));
        QCOMPARE(
            app::withUser(QStringLiteral("postgresql://carol@db.example/certphoto"), QStringLiteral("dave")),
            QStringLiteral("postgresql://dave@db.example/certphoto"));
        const QString shown =
            app::describeServer(QStringLiteral("host=db port=5433 dbname=certphoto password=secret"));
        QCOMPARE(shown, QStringLiteral("certphoto@db:5433"));
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"

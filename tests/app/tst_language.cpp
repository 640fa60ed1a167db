// The workstation follows the system's language: run once with LANG=zh_CN.UTF-8 (Chinese menus, titles
// and buttons in the real main window) and once with LANG=en_US.UTF-8 (English); dates in both are ISO
// (2026-12-03 09:41), not the US short format. ctest sets LANG and CERTPHOTO_EXPECT_LANG per run.
#include "app_fixture.h"
#include "app_options.h"
#include "app_settings.h"
#include "date_format.h"
#include "main_window.h"
#include "queue_page_model.h"
#include "verdict_text.h"

#include <certphoto/common/logging.h>

#include <QApplication>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace certphoto;

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-app-language")); }
    void cleanupTestCase() { logging::shutdown(); }

    void mainWindowInTheSystemLanguage() {
        QTemporaryDir settingsDir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        const QString expected = qEnvironmentVariable("CERTPHOTO_EXPECT_LANG");
        QVERIFY2(expected == u"zh" || expected == u"en", "CERTPHOTO_EXPECT_LANG is zh or en");
        // No --lang, nothing in the settings: the system's language decides.
        QCOMPARE(app::installTranslators(*qApp, app::AppSettings::language()), expected);
        app::useDateStyle(app::AppSettings::dateStyle());

        test::AppDb db(QStringLiteral("lang"));
        db.importFaces(2);
        app::Session session;
        const auto worker = db.connect(db.auditor, &session);
        app::MainWindow window(worker.get(), session);
        window.show();
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus << a->text();
        const auto* approve = window.findChild<QToolButton*>(QStringLiteral("approveButton"));
        QVERIFY(approve);
        if (expected == u"zh") {
            QVERIFY2(menus.contains(QStringLiteral("文件(&F)")) && menus.contains(QStringLiteral("审核(&R)")),
                     qPrintable(menus.join(u'|')));
            QVERIFY2(approve->text().contains(QStringLiteral("通过")), qPrintable(approve->text()));
            QVERIFY2(window.windowTitle().contains(QStringLiteral("照片审核")),
                     qPrintable(window.windowTitle()));
        } else {
            QVERIFY2(menus.contains(QStringLiteral("&File")) && menus.contains(QStringLiteral("&Review")),
                     qPrintable(menus.join(u'|')));
            QVERIFY2(approve->text().startsWith(QStringLiteral("Approve")), qPrintable(approve->text()));
        }
        // Dates: ISO in the queue, whatever the language; this year's without the year in the narrow
        // column, in full in its tooltip.
        QTRY_VERIFY_WITH_TIMEOUT(window.queueModel()->rowAt(1) != nullptr, 20'000);
        const QModelIndex cell = window.queueModel()->index(0, app::QueuePageModel::Arrived);
        const QString arrived = cell.data(Qt::DisplayRole).toString();
        static const QRegularExpression shortIso(QStringLiteral("^\\d\\d-\\d\\d \\d\\d:\\d\\d$"));
        QVERIFY2(shortIso.match(arrived).hasMatch(), qPrintable(arrived));
        const QString full = cell.data(Qt::ToolTipRole).toString();
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"));
        QVERIFY2(iso.match(full).hasMatch() && full.endsWith(arrived), qPrintable(full));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"

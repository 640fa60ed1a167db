// The admin's export dialog against a real PostgreSQL: the preview fills its table (checked with
// QAbstractItemModelTester), a batch is created off the GUI thread and sealed, and the window's menu
// offers the dialog to admins only. With CERTPHOTO_SCREENSHOT_DIR set it saves what a person sees
// (export-preview-<lang>.png, export-done-<lang>.png; language from CERTPHOTO_SCREENSHOT_LANG).
#include "app_fixture.h"

#include "app_options.h"
#include "batches_dialog.h"
#include "database.h"
#include "export_dialog.h"
#include "export_rows_model.h"
#include "main_window.h"
#include "session.h"

#include <certphoto/store/decisions.h>
#include <certphoto/store/queue.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace certphoto;

class TestExportDialog : public QObject {
    Q_OBJECT

    void shot(QWidget* w, const QString& name) {
        const QString dir = qEnvironmentVariable("CERTPHOTO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        const QString lang = qEnvironmentVariable("CERTPHOTO_SCREENSHOT_LANG", QStringLiteral("en"));
        QTest::qWait(100); // the layout takes in the status line's new height
        QVERIFY(w->grab().save(dir + QStringLiteral("/%1-%2.png").arg(name, lang)));
    }

private slots:
    void initTestCase() {
        app::installTranslators(*qApp,
                                qEnvironmentVariable("CERTPHOTO_SCREENSHOT_LANG", QStringLiteral("en")));
        QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    }

    void previewThenCreate() {
        test::AppDb db(QStringLiteral("expdlg"));
        db.importFaces(6);
        {
            auto aud = db.store.open(db.auditor);
            for (qint64 id : db.submissionIds) {
                VERIFY_OK(store::claimSubmission(aud, id));
                VERIFY_OK(store::decide(aud, test::approve(id)));
            }
        }
        app::Session session;
        auto worker = db.connect(db.store.adminLogin, &session);
        app::ExportDialog dialog(worker.get());
        dialog.resize(1000, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* receiver = dialog.findChild<QComboBox*>(QStringLiteral("receiverCombo"));
        QVERIFY(QTest::qWaitFor([&] { return receiver->count() > 0; }, 20000));
        receiver->setCurrentText(QStringLiteral("北京市第一中学"));
        QAbstractItemModelTester tester(dialog.rowsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("previewButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.busy() && dialog.rowsModel()->rowCount() > 0; }, 30000));
        QCOMPARE(dialog.rowsModel()->rowCount(), 6);
        QCOMPARE(dialog.rowsModel()->columnCount(), int(app::ExportRowsModel::ColumnCount));
        QVERIFY(dialog.rowsModel()
                    ->data(dialog.rowsModel()->index(0, 0))
                    .toString()
                    .endsWith(QStringLiteral(".jpg")));
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        QVERIFY(create->isEnabled());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().isEmpty());
        shot(&dialog, QStringLiteral("export-preview"));

        QTemporaryDir out;
        dialog.findChild<QLineEdit*>(QStringLiteral("outEdit"))->setText(out.path());
        QVERIFY(create->isEnabled()); // the folder is not part of the selection
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(dialog.busy());
        QVERIFY(QTest::qWaitFor([&] { return !dialog.busy(); }, 120000));
        const QString status = dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
        QCOMPARE(db.store.count(
                     QStringLiteral("SELECT count(*) FROM certphoto.export_batches WHERE state = 'sealed'")),
                 qint64(1));
        QVERIFY2(status.contains(QStringLiteral("certphoto-batch-")), qPrintable(status));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 1);
        shot(&dialog, QStringLiteral("export-done"));

        // The batch list: sealed, then transmitted, then voided with a reason.
        app::BatchesDialog batches(worker.get());
        batches.resize(900, 360);
        batches.show();
        QVERIFY(QTest::qWaitForWindowExposed(&batches));
        QAbstractItemModelTester listTester(batches.model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(QTest::qWaitFor([&] { return !batches.busy() && batches.model()->rowCount() == 1; }, 20000));
        QCOMPARE(batches.model()->batch(0)->state, QStringLiteral("sealed"));
        auto* transmitted = batches.findChild<QPushButton*>(QStringLiteral("transmittedButton"));
        QVERIFY(transmitted->isEnabled());
        QTest::mouseClick(transmitted, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !batches.busy() && batches.model()->batch(0)->state == QLatin1String("transmitted");
            },
            20000));
        QVERIFY(!transmitted->isEnabled());
        shot(&batches, QStringLiteral("export-batches"));
        batches.voidSelected(QStringLiteral("sent to the wrong office"));
        QVERIFY(QTest::qWaitFor(
            [&] { return !batches.busy() && batches.model()->batch(0)->state == QLatin1String("voided"); },
            20000));
        QCOMPARE(db.store.count(QStringLiteral(
                     "SELECT count(*) FROM certphoto.export_batches WHERE state = 'voided' AND "
                     "void_reason = 'sent to the wrong office'")),
                 qint64(1));
    }

    static bool ui_menuFileHas(app::MainWindow& window, const QString& action) {
        auto* file = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"));
        if (!file)
            return false;
        for (QAction* a : file->actions())
            if (a->objectName() == action)
                return true;
        return false;
    }

    void onlyAdminsSeeTheMenu() {
        test::AppDb db(QStringLiteral("expmenu"));
        for (const bool admin : {true, false}) {
            app::Session session;
            auto worker = db.connect(admin ? db.store.adminLogin : db.auditor, &session);
            app::MainWindow window(worker.get(), session);
            auto* action = window.findChild<QAction*>(QStringLiteral("actionExport"));
            QCOMPARE(action != nullptr, admin);
            QCOMPARE(window.findChild<QAction*>(QStringLiteral("actionBatches")) != nullptr, admin);
            if (action)
                QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
            if (!admin)
                continue;
            // The admin's transmissions together in one menu: export batch, batches, outbox.
            auto* menu = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuAdmin"));
            QVERIFY(menu);
            QStringList names;
            for (QAction* a : menu->actions())
                if (!a->isSeparator())
                    names << a->objectName();
            QVERIFY2(names.indexOf(QStringLiteral("actionExport")) >= 0 &&
                         names.indexOf(QStringLiteral("actionExport")) <
                             names.indexOf(QStringLiteral("actionBatches")) &&
                         names.indexOf(QStringLiteral("actionBatches")) <
                             names.indexOf(QStringLiteral("actionOutbox")),
                     qPrintable(names.join(QLatin1Char(' '))));
            QVERIFY(!ui_menuFileHas(window, QStringLiteral("actionExport")));
            window.show();
            menu->popup(QPoint(0, 0));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            shot(menu, QStringLiteral("admin-menu"));
            menu->hide();
        }
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"

// The admin's outbox view: the model (QAbstractItemModelTester, states, masked recipients), the dialog
// against a real PostgreSQL (counts, table, Retry failed), and the menu entry only admins get.
#include "app_fixture.h"
#include "outbox_fixture.h"

#include "main_window.h"
#include "outbox_dialog.h"
#include "outbox_model.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/outbox.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTableView>

using namespace certphoto;
using namespace certphoto::test;

namespace {

QString labelText(QWidget* w, const char* name) {
    auto* l = w->findChild<QLabel*>(QString::fromLatin1(name));
    return l ? l->text() : QStringLiteral("(missing %1)").arg(QString::fromLatin1(name));
}

bool anyCellHolds(const QAbstractItemModel& m, const QString& needle) {
    for (int r = 0; r < m.rowCount(); ++r)
        for (int c = 0; c < m.columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                if (m.index(r, c).data(role).toString().contains(needle))
                    return true;
    return false;
}

} // namespace

class TestOutboxView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-app-outbox")); }
    void cleanupTestCase() { logging::shutdown(); }

    void modelStates() {
        app::OutboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-06-01T08:00:00Z"), Qt::ISODate);
        model.setClock([now] { return now; });
        std::vector<store::OutboxEntry> rows(6);
        for (size_t i = 0; i < rows.size(); ++i) {
            rows[i].outboxId = qint64(10 - i);
            rows[i].maskedRecipient = QStringLiteral("138****000%1").arg(i);
            rows[i].text = QStringLiteral("【证照审核】考生，您提交的证件照片审核成功，无需再次提交。");
            rows[i].status = QStringLiteral("pending");
            rows[i].createdAt = now.addSecs(-600);
            rows[i].sendAfter = now.addSecs(-600);
        }
        rows[0].status = QStringLiteral("sent");
        rows[0].sentAt = now.addSecs(-60);
        rows[1].status = QStringLiteral("failed");
        rows[1].lastAnswer = QStringLiteral("HTTP 400: bad number");
        rows[2].sendAfter = now.addSecs(300);
        rows[3].nextAttemptAt = now.addSecs(30);
        rows[4].sending = true;
        model.setEntries(rows);
        QCOMPARE(model.rowCount(), 6);
        const QStringList expected{QStringLiteral("sent"),    QStringLiteral("failed"),
                                   QStringLiteral("waiting"), QStringLiteral("retry later"),
                                   QStringLiteral("sending"), QStringLiteral("due")};
        for (int r = 0; r < 6; ++r)
            QCOMPARE(model.index(r, app::OutboxModel::State).data().toString(), expected[r]);
        QCOMPARE(model.index(1, app::OutboxModel::Answer).data().toString(),
                 QStringLiteral("HTTP 400: bad number"));
        QCOMPARE(model.index(0, 0).data(app::OutboxModel::OutboxIdRole).toLongLong(), 10);
        QCOMPARE(model.index(1, 0).data(app::OutboxModel::StatusRole).toString(), QStringLiteral("failed"));
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void dialogShowsTheOutboxAndRetriesFailed() {
        AppDb db(QStringLiteral("ov"));
        const auto ids = makeOutbox(db.store, 5);
        {
            // A relay's work: two sent, two refused for good (the gateway echoing the number), one pending.
            auto relay = db.store.open(db.store.adminLogin);
            auto batch = store::takeOutboxBatch(relay, 4);
            QVERIFY(batch && batch->messages.size() == 4);
            for (int i = 0; i < 2; ++i)
                QVERIFY(store::markOutboxSent(relay, ids[size_t(i)], batch->leaseToken,
                                              QStringLiteral("HTTP 200"))
                            .ok());
            for (int i = 2; i < 4; ++i)
                QVERIFY(store::markOutboxFailed(relay, ids[size_t(i)], batch->leaseToken,
                                                store::FailureKind::Permanent,
                                                QStringLiteral("HTTP 400: refused %1").arg(validPhone(i)))
                            .ok());
        }
        app::Session session;
        auto worker = db.connect(db.store.adminLogin, &session);
        app::OutboxDialog dialog(worker.get());
        dialog.show();
        QVERIFY(QTest::qWaitFor([&] { return dialog.loaded(); }, 20'000));
        QCOMPARE(labelText(&dialog, "pendingValue"), QStringLiteral("1"));
        QCOMPARE(labelText(&dialog, "sentValue"), QStringLiteral("2"));
        QCOMPARE(labelText(&dialog, "failedValue"), QStringLiteral("2"));
        QCOMPARE(labelText(&dialog, "dueValue"), QStringLiteral("1"));
        QVERIFY(labelText(&dialog, "oldestValue") != QStringLiteral("none"));
        app::OutboxModel* model = dialog.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 5);
        // Masked everywhere: no phone number in clear in any cell or tooltip.
        for (int i = 0; i < 5; ++i)
            QVERIFY2(!anyCellHolds(*model, validPhone(i)), "a phone number in clear");
        QVERIFY(
            model->index(0, app::OutboxModel::Recipient).data().toString().contains(QStringLiteral("****")));

        // A selected sent row is not retried.
        auto* view = dialog.findChild<QTableView*>(QStringLiteral("outboxView"));
        QVERIFY(view);
        int sentRow = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(app::OutboxModel::StatusRole).toString() == QLatin1String("sent"))
                sentRow = r;
        view->selectRow(sentRow);
        dialog.retryFailed();
        QVERIFY(dialog.messageText().contains(QStringLiteral("None of the selected")));
        QCOMPARE(db.store.count(
                     QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE status = 'failed'")),
                 2);

        // Nothing selected, Ctrl+R: every failed row goes back to pending, due now.
        view->clearSelection();
        QTest::keyClick(&dialog, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&] { return dialog.messageText().contains(QStringLiteral("2 failed")); },
                                20'000));
        QCOMPARE(db.store.count(
                     QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE status = 'failed'")),
                 0);
        QCOMPARE(db.store.count(
                     QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE status = 'pending'")),
                 3);
        QVERIFY(QTest::qWaitFor([&] { return labelText(&dialog, "failedValue") == QStringLiteral("0"); },
                                20'000));
        QCOMPARE(labelText(&dialog, "dueValue"), QStringLiteral("3"));
        dialog.close();
        QVERIFY(QTest::qWaitFor([&] { return worker->pendingJobs() == 0; }, 20'000));
    }

    void onlyAdminsHaveTheOutboxMenu() {
        AppDb db(QStringLiteral("om"));
        makeOutbox(db.store, 1);
        for (const QString& login : {db.store.adminLogin, db.auditor}) {
            app::Session session;
            auto worker = db.connect(login, &session);
            auto window = std::make_unique<app::MainWindow>(worker.get(), session);
            window->show();
            auto* action = window->findChild<QAction*>(QStringLiteral("actionOutbox"));
            if (login == db.auditor) {
                QVERIFY(!action);
            } else {
                QVERIFY(action);
                QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
                action->trigger();
                QVERIFY(QTest::qWaitFor([&] { return window->findChild<app::OutboxDialog*>() != nullptr; },
                                        5000));
                auto* dialog = window->findChild<app::OutboxDialog*>();
                QVERIFY(QTest::qWaitFor([&] { return dialog->loaded(); }, 20'000));
                QCOMPARE(dialog->model()->rowCount(), 1);
            }
            window->close();
            QVERIFY(QTest::qWaitFor([&] { return worker->pendingJobs() == 0; }, 20'000));
            window.reset();
        }
    }
};

QTEST_MAIN(TestOutboxView)
#include "tst_outbox_view.moc"

// The review loop of issue 10 by keyboard only, against a real PostgreSQL, then the database row by row:
// 50 decisions with mixed reasons (one approval against a failing core verdict: asked, Esc goes back, then
// asked again and confirmed), an undo inside the grace period (no SMS sendable, the audit trail has both),
// an undo after it (refused by the server, the refusal shown), a skip, the connection's backend killed in
// the middle (pg_terminate_backend), a grid page with two exceptions (after the submission left waiting).
// Also the key table under QAbstractItemModelTester, a remapped key in force, and the cheat sheet on `?`.
#include "app_fixture.h"
#include "app_settings.h"

#include "approve_confirm_dialog.h"
#include "grid_dialog.h"
#include "grid_model.h"
#include "grid_page.h"
#include "key_dialogs.h"
#include "key_map.h"
#include "main_window.h"
#include "reason_dialog.h"
#include "review_actions.h"
#include "review_session.h"
#include "undo_tracker.h"

#include <certphoto/common/logging.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace certphoto;
using namespace certphoto::test;
using State = app::ReviewSession::State;

namespace {

void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
    QTest::keyClick(static_cast<QWidget*>(nullptr), k, mods);
}

bool showActive(QWidget& window) {
    window.show();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

QString one(const AppDb& db, const QString& sql) {
    QSqlQuery q(db.store.scratch.superuserConnection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<no row: %1>").arg(sql);
    return q.value(0).toString();
}

bool exec(const AppDb& db, const QString& sql) {
    QSqlQuery q(db.store.scratch.superuserConnection());
    return q.exec(sql);
}

struct Expected {
    QString verdict; // approve / reject
    QStringList reasons;
    bool grid = false;
};

} // namespace

class TestReviewLoop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        logging::init(QStringLiteral("test-app-review-loop"));
        settingsDir_ = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir_->path());
    }
    void cleanupTestCase() { logging::shutdown(); }

    void keyTableAndRemappedKey() {
        app::KeyMapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() >= 15);
        // Remap Undo to Ctrl+Y through the keys editor's model: the window's action takes it.
        app::KeysDialog dialog;
        dialog.select(QStringLiteral("actionUndo"));
        int row = -1;
        for (int r = 0; r < dialog.model()->rowCount(); ++r)
            if (dialog.model()->index(r, 0).data(app::KeyMapModel::CommandIdRole) ==
                QStringLiteral("actionUndo"))
                row = r;
        QVERIFY(row >= 0);
        dialog.model()->setKeys(row, {QKeySequence(Qt::CTRL | Qt::Key_Y)});
        dialog.accept();
        QCOMPARE(app::KeyMap::keys(QStringLiteral("actionUndo")),
                 QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Y)});
        // A key already taken is found as a conflict.
        QCOMPARE(app::KeyMap::conflict(QKeySequence(Qt::Key_A), QStringLiteral("actionUndo")),
                 QStringLiteral("actionApprove"));
        app::AppSettings::setKeys(QStringLiteral("actionUndo"), QString()); // back to Ctrl+Z
        QCOMPARE(app::KeyMap::keys(QStringLiteral("actionUndo")).value(0),
                 QKeySequence(Qt::CTRL | Qt::Key_Z));
    }

    void scriptedSessionByKeyboard() {
        AppDb db(QStringLiteral("loop"));
        // 90 submissions by deadline: every third one the core fails (a tilted head), the rest it passes.
        for (int n = 0; n < 90; ++n)
            db.importSynth(1, n % 3 == 0 ? std::string("head.tilt") : std::string(), n);
        QCOMPARE(db.store.count(QStringLiteral(
                     "SELECT count(*) FROM certphoto.submission_overview WHERE core_verdict = 'pass'")),
                 60);
        QVERIFY(exec(db, QStringLiteral(
                             "UPDATE certphoto.settings SET value = '4' WHERE key = 'undo_grace_seconds'")));
        app::Session session;
        auto worker = db.connect(db.auditor, &session);
        app::MainWindow window(worker.get(), session);
        window.resize(1400, 860);
        QVERIFY(showActive(window));
        auto* review = window.review();
        auto* actions = window.reviewActions();
        QVERIFY(actions);
        QSignalSpy saved(review, &app::ReviewSession::decisionSaved);

        // Every action shows its key: menu shortcut, tooltip and the button's text.
        for (const char* name :
             {"actionApprove", "actionReject", "actionSkip", "actionNext", "actionUndo", "actionGrid"}) {
            QAction* a = window.findChild<QAction*>(QLatin1String(name));
            QVERIFY2(a && !a->shortcut().isEmpty(), name);
            QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(a->toolTip()));
        }

        // The cheat sheet on `?`, Esc closes it.
        key(Qt::Key_Question, Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<app::CheatSheetDialog*>(QApplication::activeModalWidget()),
                                 5'000);
        auto* sheet = qobject_cast<app::CheatSheetDialog*>(QApplication::activeModalWidget());
        QCOMPARE(sheet->model()->rowCount(), int(app::KeyMap::commands().size()));
        key(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), 5'000);

        std::map<qint64, Expected> expected;
        const QStringList mixed = {QStringLiteral("image.blur"), QStringLiteral("background.color"),
                                   QStringLiteral("jewellery"), QStringLiteral("makeup"),
                                   QStringLiteral("clothing")};
        bool askedOnce = false, undoneInside = false, refusedAfter = false, skipped = false, killed = false;
        qint64 undoneId = 0, refusedId = 0, skippedId = 0;
        int decisions = 0;

        key(Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        while (decisions < 50) {
            QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
            const qint64 id = review->current()->detail.submissionId;
            const bool coreFailed = app::approvingAgainstCore(review->current()->report);

            if (!skipped && decisions == 25) { // S: given back, no decision
                skippedId = id;
                key(Qt::Key_S);
                QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
                QVERIFY(review->current()->detail.submissionId != id);
                QTRY_COMPARE_WITH_TIMEOUT(
                    one(db, QStringLiteral("SELECT coalesce(lease_holder, '-') || '/' || status "
                                           "FROM certphoto.submissions WHERE id = %1")
                                .arg(id)),
                    QStringLiteral("-/pending"), 10'000);
                skipped = true;
                continue;
            }
            if (!killed && decisions == 30) { // the connection's backend killed under the window
                QVERIFY(exec(db, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                "WHERE usename = '%1'")
                                     .arg(db.auditor)));
                killed = true;
            }

            Expected e;
            if (coreFailed && !askedOnce) {
                // Approving against the core: asked; Esc goes back, nothing saved; asked again, Enter
                // confirms.
                key(Qt::Key_A);
                QTRY_VERIFY_WITH_TIMEOUT(
                    qobject_cast<app::ApproveConfirmDialog*>(QApplication::activeModalWidget()), 5'000);
                auto* ask = qobject_cast<app::ApproveConfirmDialog*>(QApplication::activeModalWidget());
                QVERIFY(!ask->listedFailures().isEmpty());
                key(Qt::Key_Escape);
                QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), 5'000);
                QCOMPARE(review->state(), State::Reviewing);
                QCOMPARE(
                    db.store.count(
                        QStringLiteral("SELECT count(*) FROM certphoto.decisions WHERE submission_id = %1")
                            .arg(id)),
                    0);
                key(Qt::Key_A);
                QTRY_VERIFY_WITH_TIMEOUT(
                    qobject_cast<app::ApproveConfirmDialog*>(QApplication::activeModalWidget()), 5'000);
                key(Qt::Key_Return);
                e.verdict = QStringLiteral("approve");
                askedOnce = true;
            } else if (coreFailed || decisions % 4 == 1) {
                // Reject with mixed reasons: type the code to filter, tick it with 1, Enter.
                key(Qt::Key_R);
                QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<app::ReasonDialog*>(QApplication::activeModalWidget()),
                                         5'000);
                auto* dialog = qobject_cast<app::ReasonDialog*>(QApplication::activeModalWidget());
                const QString code = mixed[decisions % mixed.size()];
                QTest::keyClicks(nullptr, code);
                if (!dialog->selectedCodes().contains(code))
                    key(Qt::Key_1);
                QVERIFY2(dialog->selectedCodes().contains(code), qPrintable(code));
                e.reasons = dialog->selectedCodes();
                key(Qt::Key_Return);
                e.verdict = QStringLiteral("reject");
            } else {
                key(Qt::Key_A); // the core passed it: one key, nothing asked
                QVERIFY(!QApplication::activeModalWidget());
                e.verdict = QStringLiteral("approve");
            }
            QTRY_VERIFY_WITH_TIMEOUT(
                review->state() != State::Deciding && review->state() != State::Reviewing, 30'000);
            if (review->state() == State::NotSaved) { // the killed connection: the same key again retries
                QVERIFY2(killed, qPrintable(window.bannerText()));
                QVERIFY(window.bannerText().contains(QStringLiteral("retry")));
                if (e.verdict == QStringLiteral("approve"))
                    review->approve(); // same id (the window's key would ask again for a failed photo)
                else
                    review->reject(e.reasons, QString());
                QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Decided, 30'000);
            }
            QCOMPARE(review->state(), State::Decided);
            expected[id] = e;
            ++decisions;

            if (!undoneInside && decisions == 10) {
                // Undo inside the grace period: the SMS is written but not sendable yet; Ctrl+Z takes it
                // back.
                QCOMPARE(
                    db.store.count(
                        QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE submission_id = %1 "
                                       "AND status = 'pending' AND send_after <= now()")
                            .arg(id)),
                    0);
                QVERIFY(actions->undo()->secondsLeft() > 0);
                QVERIFY(actions->undoAction()->text().contains(QStringLiteral("left")));
                key(Qt::Key_Z, Qt::ControlModifier);
                QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
                QCOMPARE(review->current()->detail.submissionId, id);
                QVERIFY2(window.bannerText().contains(QStringLiteral("Undone")),
                         qPrintable(window.bannerText()));
                QCOMPARE(
                    db.store.count(
                        QStringLiteral("SELECT count(*) FROM certphoto.decisions WHERE submission_id = %1")
                            .arg(id)),
                    0);
                QCOMPARE(
                    one(db, QStringLiteral("SELECT status FROM certphoto.sms_outbox WHERE submission_id = %1")
                                .arg(id)),
                    QStringLiteral("withdrawn"));
                expected.erase(id);
                --decisions;
                undoneId = id;
                undoneInside = true;
                continue; // decided again in the next round
            }
            if (!refusedAfter && decisions == 20) {
                // Undo after the grace period: the server refuses and the window says so.
                QTest::qWait(4'500);
                key(Qt::Key_Z, Qt::ControlModifier);
                QTRY_VERIFY_WITH_TIMEOUT(window.bannerText().startsWith(QStringLiteral("Not undone")),
                                         20'000);
                QVERIFY2(window.bannerText().contains(QStringLiteral("grace")) ||
                             window.bannerText().contains(QStringLiteral("time")),
                         qPrintable(window.bannerText()));
                QCOMPARE(review->state(), State::Decided);
                QCOMPARE(
                    db.store.count(
                        QStringLiteral("SELECT count(*) FROM certphoto.decisions WHERE submission_id = %1")
                            .arg(id)),
                    1);
                refusedId = id;
                refusedAfter = true;
            }
            key(Qt::Key_N);
        }
        QVERIFY(askedOnce && undoneInside && refusedAfter && skipped && killed);
        QTRY_VERIFY_WITH_TIMEOUT(worker->isConnected(), 20'000);

        // Grid mode: P opens a page of 12 photos the core passed; mark 2 and 5; Enter approves the other ten.
        // The submission on screen stays held and waits for the auditor's return.
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        const qint64 waiting = review->current()->detail.submissionId;
        key(Qt::Key_P);
        QTRY_VERIFY_WITH_TIMEOUT(actions->grid(), 5'000);
        app::GridDialog* grid = actions->grid();
        QApplication::setActiveWindow(grid);
        QVERIFY(QTest::qWaitForWindowActive(grid));
        QTRY_COMPARE_WITH_TIMEOUT(grid->page()->state(), app::GridPage::State::Showing, 30'000);
        QCOMPARE(int(grid->page()->items().size()), 12);
        QAbstractItemModelTester gridTester(grid->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<qint64> page;
        for (const auto& item : grid->page()->items()) {
            QCOMPARE(item.s.report.verdict, QStringLiteral("pass"));
            page.push_back(item.s.detail.submissionId);
        }
        key(Qt::Key_2);
        key(Qt::Key_5);
        QCOMPARE(grid->page()->exceptionCount(), 2);
        key(Qt::Key_Return);
        // The next page follows by itself once the ten are saved; Esc leaves it (its photos go back).
        QTRY_VERIFY_WITH_TIMEOUT(grid->page()->state() == app::GridPage::State::Showing &&
                                     grid->page()->items().front().s.detail.submissionId != page.front(),
                                 30'000);
        for (size_t n = 0; n < page.size(); ++n)
            if (n != 1 && n != 4)
                expected[page[n]] = Expected{QStringLiteral("approve"), {}, true};
        key(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!actions->grid(), 5'000);
        // Back where the auditor left: the waiting submission; after it the exceptions one at a time, in
        // page order, already held.
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        QCOMPARE(review->current()->detail.submissionId, waiting);
        QVERIFY(std::find(page.begin(), page.end(), waiting) == page.end());
        key(Qt::Key_R);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<app::ReasonDialog*>(QApplication::activeModalWidget()), 5'000);
        QTest::keyClicks(nullptr, QStringLiteral("jewellery"));
        key(Qt::Key_1);
        // A photo the core failed comes with its reasons ticked already.
        const QStringList waitingReasons =
            qobject_cast<app::ReasonDialog*>(QApplication::activeModalWidget())->selectedCodes();
        QVERIFY(waitingReasons.contains(QStringLiteral("jewellery")));
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Decided, 20'000);
        expected[waiting] = Expected{QStringLiteral("reject"), waitingReasons};
        key(Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        QCOMPARE(review->current()->detail.submissionId, page[1]);
        key(Qt::Key_R);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<app::ReasonDialog*>(QApplication::activeModalWidget()), 5'000);
        QTest::keyClicks(nullptr, QStringLiteral("jewellery"));
        key(Qt::Key_1);
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Decided, 20'000);
        expected[page[1]] = Expected{QStringLiteral("reject"), {QStringLiteral("jewellery")}};
        key(Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        QCOMPARE(review->current()->detail.submissionId, page[4]);
        key(Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Decided, 20'000);
        expected[page[4]] = Expected{QStringLiteral("approve"), {}};

        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(worker->pendingJobs() == 0, 20'000);

        // The database, row by row.
        QCOMPARE(db.store.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")),
                 qint64(expected.size()));
        QCOMPARE(qint64(expected.size()), 50 + 1 + 12);
        for (const auto& [id, e] : expected) {
            const QString row = one(
                db, QStringLiteral(
                        "SELECT verdict || '|' || actor || '|' || array_to_string(reason_codes, ',') "
                        "|| '|' || (seconds_spent >= %2) FROM certphoto.decisions WHERE submission_id = %1")
                        .arg(id)
                        .arg(e.grid ? 1 : 0)); // a grid approval has its share of the page's time
            QCOMPARE(row,
                     e.verdict + u'|' + db.auditor + u'|' + e.reasons.join(u',') + QStringLiteral("|true"));
            QCOMPARE(
                one(db, QStringLiteral("SELECT status FROM certphoto.submissions WHERE id = %1").arg(id)),
                e.verdict == QStringLiteral("approve") ? QStringLiteral("approved")
                                                       : QStringLiteral("rejected"));
            // Exactly one SMS row in force per decision, for this decision.
            QCOMPARE(db.store.count(
                         QStringLiteral(
                             "SELECT count(*) FROM certphoto.sms_outbox o JOIN certphoto.decisions d "
                             "ON d.id = o.decision_id WHERE d.submission_id = %1 AND o.status = 'pending'")
                             .arg(id)),
                     1);
            QCOMPARE(db.store.count(
                         QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE submission_id = %1 "
                                        "AND action = 'decide'")
                             .arg(id)),
                     id == undoneId ? 2 : 1);
        }
        // The undone decision: withdrawn with its SMS row, the audit trail keeps the decision and the undo.
        QCOMPARE(
            db.store.count(
                QStringLiteral("SELECT count(*) FROM certphoto.withdrawn_decisions WHERE submission_id = %1")
                    .arg(undoneId)),
            1);
        QCOMPARE(db.store.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE "
                                               "submission_id = %1 AND status = 'withdrawn'")
                                    .arg(undoneId)),
                 1);
        QCOMPARE(
            db.store.count(
                QStringLiteral(
                    "SELECT count(*) FROM certphoto.audit_trail WHERE submission_id = %1 AND action = 'undo'")
                    .arg(undoneId)),
            1);
        // The refused undo changed nothing.
        QCOMPARE(
            db.store.count(
                QStringLiteral(
                    "SELECT count(*) FROM certphoto.audit_trail WHERE submission_id = %1 AND action = 'undo'")
                    .arg(refusedId)),
            0);
        QCOMPARE(db.store.count(QStringLiteral("SELECT count(*) FROM certphoto.withdrawn_decisions")), 1);
        // Nothing else decided, nothing held.
        QVERIFY(
            expected.count(skippedId) ||
            one(db,
                QStringLiteral("SELECT status FROM certphoto.submissions WHERE id = %1").arg(skippedId)) ==
                QStringLiteral("pending"));
        QCOMPARE(db.store.count(QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE "
                                               "lease_holder IS NOT NULL AND lease_expires_at > now()")),
                 0);
    }

private:
    std::unique_ptr<QTemporaryDir> settingsDir_;
};

QTEST_MAIN(TestReviewLoop)
#include "tst_review_loop.moc"

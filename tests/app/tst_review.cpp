// The review loop by keyboard only, against a real PostgreSQL: log in as an auditor, claim, approve, next,
// reject with a reason, and find the decisions and SMS rows in the database. Also the queue model under
// QAbstractItemModelTester, and a lease taken away while the photo is open.
#include "app_fixture.h"
#include "app_settings.h"
#include "first_run_dialog.h"

#include "app_controller.h"
#include "approve_confirm_dialog.h"
#include "login_dialog.h"
#include "main_window.h"
#include "photo_view.h"
#include "queue_page_model.h"
#include "reason_dialog.h"
#include "review_session.h"
#include "store_error_text.h"
#include "verdict_text.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/private_cluster.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace certphoto;
using namespace certphoto::test;
using State = app::ReviewSession::State;

namespace {

// Types into whatever has the keyboard focus, as a person would.
void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
    QTest::keyClick(static_cast<QWidget*>(nullptr), k, mods);
}

// Approves by key. The fixture faces all fail the core, so approving asks once (issue 10): Enter confirms.
void approveKey(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
    key(k, mods);
    if (QTest::qWaitFor(
            [] {
                return qobject_cast<app::ApproveConfirmDialog*>(QApplication::activeModalWidget()) != nullptr;
            },
            5'000))
        key(Qt::Key_Return);
}

// Shows the window and waits until it has the keyboard, so key() reaches it.
bool showActive(QWidget& window) {
    window.show();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

// A short server-side lease, so the heartbeat and lease-loss tests take seconds.
bool setLeaseSeconds(QSqlQuery& q, int seconds) {
    return q.exec(QStringLiteral("UPDATE certphoto.settings SET value = '%1' WHERE key = 'lease_seconds'")
                      .arg(seconds));
}

QString one(const AppDb& db, const QString& sql) {
    QSqlQuery q(db.store.scratch.superuserConnection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<no row: %1>").arg(sql);
    return q.value(0).toString();
}

// The workstation against the test database, started with a saved login nobody has: it shows its login
// dialog, which the login tests then type into.
std::unique_ptr<app::AppController> startAtLogin(AppDb& db) {
    app::AppOptions options;
    options.database = db.store.scratch.server().connInfo(db.store.scratch.name(), QStringLiteral("nobody"));
    options.user = QStringLiteral("not_a_user");
    auto controller = std::make_unique<app::AppController>(options);
    controller->start();
    return controller;
}

} // namespace

class TestReview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-app-review")); }
    void cleanupTestCase() { logging::shutdown(); }

    void logInByKeyboard() {
        // Keep the test's settings away from the person's own.
        QTemporaryDir settingsDir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        AppDb db(QStringLiteral("appi"));
        db.importFaces(1);
        const auto started = startAtLogin(db);
        app::AppController& controller = *started;
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<app::LoginDialog*>(QApplication::activeWindow()), 5'000);
        // Focus starts in the password field: a wrong user first, refused with a message.
        QTest::keyClicks(nullptr, QStringLiteral("pw"));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("passwordEdit"));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::focusWidget() && QApplication::focusWidget()->isEnabled() &&
                                     QApplication::focusWidget()->objectName() ==
                                         QStringLiteral("passwordEdit"),
                                 20'000);
        QVERIFY(!controller.mainWindow());
        const QString error =
            QApplication::activeWindow()->findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
        // The store's sentence for a refused login, not libpq's text ('role "not_a_user" does not exist').
        QVERIFY2(error.startsWith(QStringLiteral("Could not log in.")) &&
                     error.contains(QStringLiteral("login name or the password is wrong")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("not_a_user")) && !error.contains(QStringLiteral("exist")),
                 qPrintable(error));
        // Back to the user field, type the auditor, on to the password, Enter.
        key(Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("userEdit"));
        key(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(nullptr, db.auditor);
        key(Qt::Key_Tab);
        QTest::keyClicks(nullptr, QStringLiteral("pw-") + db.auditor);
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(), 20'000);
        QApplication::setActiveWindow(controller.mainWindow());
        QTRY_COMPARE_WITH_TIMEOUT(controller.mainWindow()->queueModel()->rowCount(), 1, 20'000);
        key(Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(controller.mainWindow()->review()->state(), State::Reviewing, 20'000);
        // The login is remembered for next time, for this server; the one-off --database is not saved.
        QSettings settings(QStringLiteral("certphoto"), QStringLiteral("certphoto"));
        QCOMPARE(app::AppSettings::lastLogin(
                     db.store.scratch.server().connInfo(db.store.scratch.name(), QStringLiteral("nobody"))),
                 db.auditor);
        QVERIFY(!settings.contains(QStringLiteral("database/connInfo")));
    }

    void privateClusterStartsAndItsAdminLogsIn() {
        // No server configured: the program starts its own cluster; the person who started it is its admin.
        QTemporaryDir settingsDir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QTemporaryDir home(QStringLiteral("/tmp/cpapp-XXXXXX"));
        qputenv("CERTPHOTO_DATA_HOME", home.path().toLocal8Bit());
        qunsetenv("CERTPHOTO_DATABASE");
        {
            app::AppController controller(app::AppOptions{});
            controller.start();
            // The first start asks where the data lives; Enter takes "this computer only".
            QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<app::FirstRunDialog*>(QApplication::activeWindow()), 5'000);
            key(Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<app::LoginDialog*>(QApplication::activeWindow()), 5'000);
            auto* login = qobject_cast<app::LoginDialog*>(QApplication::activeWindow());
            QVERIFY(login->request().server.isEmpty());
            QVERIFY(!login->request().user.isEmpty()); // the OS user, prefilled
            key(Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(),
                                     120'000);
            QApplication::setActiveWindow(controller.mainWindow());
            key(Qt::Key_N);
            QTRY_COMPARE_WITH_TIMEOUT(controller.mainWindow()->review()->state(), State::Empty, 20'000);
        } // the last copy to exit stops the server
        QTRY_VERIFY_WITH_TIMEOUT(!store::PrivateCluster::isRunning(home.path()), 20'000);
        qunsetenv("CERTPHOTO_DATA_HOME");
    }

    void queueModelPassesTheModelTester() {
        AppDb db(QStringLiteral("appq"));
        db.importFaces(3);
        app::Session session;
        auto worker = db.connect(db.auditor, &session);
        app::MainWindow window(worker.get(), session);
        auto* model = window.queueModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowAt(2) != nullptr, 20'000); // the page is in
        // Time left: 48 h promise, arrived about an hour ago.
        model->setClock([] { return QDateTime::currentDateTimeUtc(); });
        const QString left = model->index(0, app::QueuePageModel::TimeLeft).data().toString();
        static const QRegularExpression hoursMinutes(QStringLiteral("^\\d+ h \\d\\d min$"));
        QVERIFY2(hoursMinutes.match(left).hasMatch(), qPrintable(left));
        QVERIFY(model->index(0, app::QueuePageModel::TimeLeft)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"left"));
        QCOMPARE(model->index(0, app::QueuePageModel::ExamNumber).data().toString(),
                 QStringLiteral("E000000"));
        // Past the deadline: marked overdue and coloured.
        model->setClock([] { return QDateTime::currentDateTimeUtc().addDays(3); });
        QVERIFY(model->index(0, app::QueuePageModel::TimeLeft)
                    .data()
                    .toString()
                    .contains(QStringLiteral("overdue")));
        QVERIFY(model->index(0, app::QueuePageModel::TimeLeft).data(Qt::BackgroundRole).isValid());
        model->tick();
        window.refreshQueue();
        QTRY_VERIFY_WITH_TIMEOUT(worker->pendingJobs() == 0, 20'000);
        QCOMPARE(model->rowCount(), 3);
    }

    void keyboardOnlyLoopSavesDecisionsAndSms() {
        AppDb db(QStringLiteral("appk"));
        db.importFaces(4);
        app::Session session;
        auto worker = db.connect(db.auditor, &session);
        QVERIFY(!session.reasonCodes.empty());
        app::MainWindow window(worker.get(), session);
        QVERIFY(showActive(window));
        auto* review = window.review();
        QSignalSpy saved(review, &app::ReviewSession::decisionSaved);
        QTRY_COMPARE_WITH_TIMEOUT(window.queueModel()->rowCount(), 4, 20'000);

        // Claim: Space.
        key(Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        const qint64 first = review->current()->detail.submissionId;
        QVERIFY(!window.photoView()->photo().isNull());
        QVERIFY(review->current()->report.present);
        // The auditor sees personal data masked.
        QVERIFY2(review->current()->detail.phone.contains(u'*'), qPrintable(review->current()->detail.phone));
        // The next one is preloaded (claimed by us) while this one is looked at.
        QTRY_VERIFY_WITH_TIMEOUT(review->hasPreloaded(), 20'000);

        // Approve: A.
        approveKey(Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Decided, 20'000);
        QCOMPARE(saved.count(), 1);
        QVERIFY(window.bannerText().contains(QStringLiteral("Saved")));

        // Next: N shows the preloaded submission at once.
        key(Qt::Key_N);
        QCOMPARE(review->state(), State::Reviewing);
        const qint64 second = review->current()->detail.submissionId;
        QVERIFY(second != first);

        // Reject: R opens the reason picker; filter by typing, tick by number, Enter confirms.
        key(Qt::Key_R);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<app::ReasonDialog*>(QApplication::activeModalWidget()), 5'000);
        auto* dialog = qobject_cast<app::ReasonDialog*>(QApplication::activeModalWidget());
        QTest::keyClicks(nullptr, QStringLiteral("blur"));
        if (!dialog->selectedCodes().contains(QStringLiteral("image.blur")))
            key(Qt::Key_1);
        QVERIFY(dialog->selectedCodes().contains(QStringLiteral("image.blur")));
        const QStringList chosen = dialog->selectedCodes();
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Decided, 20'000);
        QCOMPARE(saved.count(), 2);

        // In the database, as the superuser sees it.
        QCOMPARE(
            one(db, QStringLiteral(
                        "SELECT verdict || '/' || actor FROM certphoto.decisions WHERE submission_id = %1")
                        .arg(first)),
            QStringLiteral("approve/") + db.auditor);
        QCOMPARE(one(db, QStringLiteral("SELECT verdict FROM certphoto.decisions WHERE submission_id = %1")
                             .arg(second)),
                 QStringLiteral("reject"));
        QCOMPARE(one(db, QStringLiteral("SELECT array_to_string(reason_codes, ',') FROM certphoto.decisions "
                                        "WHERE submission_id = %1")
                             .arg(second)),
                 chosen.join(u','));
        QCOMPARE(one(db, QStringLiteral("SELECT status FROM certphoto.submissions WHERE id = %1").arg(first)),
                 QStringLiteral("approved"));
        QCOMPARE(
            one(db, QStringLiteral("SELECT status FROM certphoto.submissions WHERE id = %1").arg(second)),
            QStringLiteral("rejected"));
        QCOMPARE(
            db.store.count(
                QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE submission_id IN (%1, %2) "
                               "AND status = 'pending'")
                    .arg(first)
                    .arg(second)),
            2);
        QVERIFY(
            one(db,
                QStringLiteral("SELECT text FROM certphoto.sms_outbox WHERE submission_id = %1").arg(first))
                .contains(QStringLiteral("审核成功")));

        // Skip: S gives the third back; closing gives back the preloaded one.
        key(Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(worker->pendingJobs() == 0, 20'000);
        QCOMPARE(db.store.count(QStringLiteral(
                     "SELECT count(*) FROM certphoto.submissions WHERE lease_holder IS NOT NULL "
                     "AND lease_expires_at > now()")),
                 0);
        QCOMPARE(db.store.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 2);
    }

    void claimAQueueRowWithEnterApproveWithCtrlEnter() {
        AppDb db(QStringLiteral("appe"));
        db.importFaces(3);
        app::Session session;
        auto worker = db.connect(db.auditor, &session);
        app::MainWindow window(worker.get(), session);
        QVERIFY(showActive(window));
        QTRY_COMPARE_WITH_TIMEOUT(window.queueModel()->rowCount(), 3, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(window.queueModel()->rowAt(2) != nullptr, 20'000);
        // Down to the third row (the queue has the focus), Enter claims that one, not the first by deadline.
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        const qint64 chosen = window.queueModel()->rowAt(2)->entry.submissionId;
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("queueView"));
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.review()->state(), State::Reviewing, 20'000);
        QCOMPARE(window.review()->current()->detail.submissionId, chosen);
        approveKey(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(window.review()->state(), State::Decided, 20'000);
        QCOMPARE(one(db, QStringLiteral("SELECT verdict FROM certphoto.decisions WHERE submission_id = %1")
                             .arg(chosen)),
                 QStringLiteral("approve"));
        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(worker->pendingJobs() == 0, 20'000);
    }

    void leaseTakenAwayIsReportedAndDecisionRefused() {
        AppDb db(QStringLiteral("appl"));
        db.importFaces(1);
        app::Session session;
        auto worker = db.connect(db.auditor, &session);
        app::MainWindow window(worker.get(), session);
        QVERIFY(showActive(window));
        auto* review = window.review();
        key(Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        const qint64 id = review->current()->detail.submissionId;
        // Another auditor now holds it (as if our lease ran out and someone claimed it).
        QSqlQuery q(db.store.scratch.superuserConnection());
        QVERIFY(q.exec(QStringLiteral("UPDATE certphoto.submissions SET lease_holder = 'someone_else', "
                                      "lease_expires_at = now() + interval '1 hour' WHERE id = %1")
                           .arg(id)));
        approveKey(Qt::Key_A);
        QTRY_VERIFY_WITH_TIMEOUT(review->state() != State::Deciding, 20'000);
        QCOMPARE(review->state(), State::LeaseLost);
        QVERIFY2(window.bannerText().startsWith(QStringLiteral("Not saved")),
                 qPrintable(window.bannerText()));
        QCOMPARE(db.store.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 0);
        QCOMPARE(db.store.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox")), 0);
    }

    void approveAndAdvanceShowsTheNextBeforeTheAnswer() {
        QTemporaryDir settingsDir; // the approve-and-advance setting stays in this test
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        AppDb db(QStringLiteral("appv"));
        db.importFaces(4);
        app::Session session;
        auto worker = db.connect(db.auditor, &session);
        app::AppSettings::setApproveAdvances(true);
        app::MainWindow window(worker.get(), session);
        QVERIFY(showActive(window));
        auto* review = window.review();
        QSignalSpy saved(review, &app::ReviewSession::decisionSaved);
        key(Qt::Key_N);
        QTRY_VERIFY_WITH_TIMEOUT(review->state() == State::Reviewing && review->preloadedCount() >= 1,
                                 20'000);
        const qint64 first = review->current()->detail.submissionId;
        // How many decisions were saved when the next photo came on screen: none, it did not wait.
        int savedWhenShown = -1;
        auto watch = connect(review, &app::ReviewSession::currentChanged, this, [&] {
            if (savedWhenShown < 0 && review->current() && review->current()->detail.submissionId != first)
                savedWhenShown = int(saved.count());
        });
        approveKey(Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20'000);
        QCOMPARE(savedWhenShown, 0);
        disconnect(watch);
        QCOMPARE(review->state(), State::Reviewing);
        QCOMPARE(one(db, QStringLiteral("SELECT verdict FROM certphoto.decisions WHERE submission_id = %1")
                             .arg(first)),
                 QStringLiteral("approve"));
        QVERIFY2(window.bannerText().contains(QString::number(first)), qPrintable(window.bannerText()));

        // Refused in the background (someone else holds it now): the photo comes back, saying why.
        QTRY_VERIFY_WITH_TIMEOUT(review->preloadedCount() >= 1, 20'000);
        const qint64 second = review->current()->detail.submissionId;
        QSqlQuery q(db.store.scratch.superuserConnection());
        QVERIFY(q.exec(QStringLiteral("UPDATE certphoto.submissions SET lease_holder = 'someone_else', "
                                      "lease_expires_at = now() + interval '1 hour' WHERE id = %1")
                           .arg(second)));
        approveKey(Qt::Key_A);
        QTRY_VERIFY_WITH_TIMEOUT(review->current() && review->current()->detail.submissionId == second &&
                                     review->state() == State::LeaseLost,
                                 20'000);
        QVERIFY2(window.bannerText().contains(QString::number(second)) &&
                     window.bannerText().contains(QStringLiteral("was not saved")),
                 qPrintable(window.bannerText()));
        QCOMPARE(
            db.store.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions WHERE submission_id = %1")
                               .arg(second)),
            0);
        QCOMPARE(saved.count(), 1);
        // N goes on to the photo that was shown meanwhile (still held, given back in front of the line).
        key(Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        QVERIFY(review->current()->detail.submissionId != second);
        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(worker->pendingJobs() == 0, 20'000);
    }

    void heartbeatKeepsAShortLeaseAlive() {
        AppDb db(QStringLiteral("apph"));
        db.importFaces(1);
        QSqlQuery q(db.store.scratch.superuserConnection());
        QVERIFY(setLeaseSeconds(q, 3));
        app::Session session;
        auto worker = db.connect(db.auditor, &session);
        app::MainWindow window(worker.get(), session);
        QVERIFY(showActive(window));
        auto* review = window.review();
        key(Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        // The auditor looks for three lease lengths; the heartbeat keeps the claim.
        QTest::qWait(9'000);
        QCOMPARE(review->state(), State::Reviewing);
        approveKey(Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Decided, 20'000);
        QCOMPARE(db.store.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 1);
    }

    void serverDownMeansNotSavedThenTheRetrySavesOnce() {
        AppDb db(QStringLiteral("appd"));
        db.importFaces(1);
        app::Session session;
        auto worker = db.connect(db.auditor, &session);
        app::MainWindow window(worker.get(), session);
        QVERIFY(showActive(window));
        auto* review = window.review();
        key(Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(worker->pendingJobs() == 0, 20'000);
        const qint64 id = review->current()->detail.submissionId;
        // The test cluster runs with synchronous_commit = off: write what is committed before the crash.
        QVERIFY(QSqlQuery(db.store.scratch.superuserConnection()).exec(QStringLiteral("CHECKPOINT")));
        // The server is gone: the decision cannot be saved, and the window says so.
        QVERIFY(db.store.scratch.server().control(QStringLiteral("kill")));
        struct Restart { // whatever happens below, the suite's server comes back
            const PgTestServer& server;
            bool done = false;
            ~Restart() {
                if (!done)
                    server.control(QStringLiteral("startonly"));
            }
        } restart{db.store.scratch.server()};
        approveKey(Qt::Key_A);
        QTRY_VERIFY_WITH_TIMEOUT(review->state() != State::Deciding, 30'000);
        QCOMPARE(review->state(), State::NotSaved);
        QVERIFY2(window.bannerText().contains(QStringLiteral("Press the key again")),
                 qPrintable(window.bannerText()));
        // Worded from the store's code: the connection was lost, and it reconnects; no libpq text.
        QVERIFY2(window.bannerText().contains(QStringLiteral("connection to the database server was lost")),
                 qPrintable(window.bannerText()));
        QVERIFY(!worker->isConnected());
        QCOMPARE(worker->lastConnectionMessage(), app::storeErrorText(makeError("db.connection", {})));
        QVERIFY(window.statusBar()->findChildren<QLabel*>().size() >= 3);
        bool statusSaysDisconnected = false;
        for (const QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
            QVERIFY2(!label->text().contains(QStringLiteral("server closed")) &&
                         !label->text().contains(QStringLiteral("PGSQL")),
                     qPrintable(label->text()));
            statusSaysDisconnected |=
                label->text().startsWith(QStringLiteral("Disconnected: The connection"));
        }
        QVERIFY(statusSaysDisconnected);
        // Back up: the same key saves it, once.
        restart.done = true;
        QVERIFY(db.store.scratch.server().control(QStringLiteral("startonly")));
        approveKey(Qt::Key_A);
        QTRY_VERIFY_WITH_TIMEOUT(review->state() != State::Deciding, 30'000);
        QCOMPARE(review->state(), State::Decided);
        QVERIFY(worker->isConnected());
        QCOMPARE(
            db.store.count(
                QStringLiteral("SELECT count(*) FROM certphoto.decisions WHERE submission_id = %1").arg(id)),
            1);
        QCOMPARE(
            db.store.count(
                QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE submission_id = %1").arg(id)),
            1);
    }

    void heartbeatNoticesALostLease() {
        AppDb db(QStringLiteral("appn"));
        db.importFaces(1);
        QSqlQuery q(db.store.scratch.superuserConnection());
        QVERIFY(setLeaseSeconds(q, 3));
        app::Session session;
        auto worker = db.connect(db.auditor, &session);
        app::MainWindow window(worker.get(), session);
        QVERIFY(showActive(window));
        auto* review = window.review();
        key(Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        const qint64 id = review->current()->detail.submissionId;
        QVERIFY(q.exec(QStringLiteral("UPDATE certphoto.submissions SET lease_holder = 'someone_else', "
                                      "lease_expires_at = now() + interval '1 hour' WHERE id = %1")
                           .arg(id)));
        // No key pressed: the next heartbeat finds out and the window says so.
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::LeaseLost, 10'000);
        QVERIFY2(window.bannerText().contains(QStringLiteral("ran out")), qPrintable(window.bannerText()));
        key(Qt::Key_A); // refused on the spot: the action is off
        QCOMPARE(review->state(), State::LeaseLost);
        QCOMPARE(db.store.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 0);
    }

    void decisionSurvivesAServerRestart() {
        AppDb db(QStringLiteral("appr"));
        db.importFaces(2);
        app::Session session;
        auto worker = db.connect(db.auditor, &session);
        app::MainWindow window(worker.get(), session);
        QVERIFY(showActive(window));
        auto* review = window.review();
        key(Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(review->state(), State::Reviewing, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(review->hasPreloaded(), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(worker->pendingJobs() == 0, 20'000);
        const qint64 id = review->current()->detail.submissionId;
        // The server restarts while the photo is open: the worker's connection is dead.
        QVERIFY(db.store.scratch.server().control(QStringLiteral("restart")));
        approveKey(Qt::Key_A);
        QTRY_VERIFY_WITH_TIMEOUT(review->state() != State::Deciding, 30'000);
        // Saved once on a reopened connection, or reported as not saved: never lost silently.
        if (review->state() == State::NotSaved) {
            QVERIFY(window.bannerText().startsWith(QStringLiteral("Not saved")));
            approveKey(Qt::Key_A); // the retry carries the same decision id
            QTRY_VERIFY_WITH_TIMEOUT(review->state() != State::Deciding, 30'000);
        }
        QCOMPARE(review->state(), State::Decided);
        QCOMPARE(
            db.store.count(
                QStringLiteral("SELECT count(*) FROM certphoto.decisions WHERE submission_id = %1").arg(id)),
            1);
        QCOMPARE(
            db.store.count(
                QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE submission_id = %1").arg(id)),
            1);
        QVERIFY(worker->isConnected());
    }

    // Last: it switches the language. A refused login in Chinese reads Chinese, with no libpq English in it.
    void refusedLoginIsToldInChinese() {
        QTemporaryDir settingsDir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        AppDb db(QStringLiteral("appz"));
        QCOMPARE(app::installTranslators(*qApp, QStringLiteral("zh")), QStringLiteral("zh"));
        struct Back { // whatever happens below, the other tests get English back
            ~Back() {
                for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
                    QCoreApplication::removeTranslator(t);
                    delete t;
                }
                QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            }
        } back;
        const auto started = startAtLogin(db);
        app::AppController& controller = *started;
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<app::LoginDialog*>(QApplication::activeWindow()), 5'000);
        auto* label = QApplication::activeWindow()->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QTest::keyClicks(nullptr, QStringLiteral("pw"));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible() && !label->text().isEmpty(), 20'000);
        const QString error = label->text();
        QVERIFY2(error.startsWith(QStringLiteral("登录失败。")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("用户名或密码错误")), qPrintable(error));
        static const QRegularExpression english(QStringLiteral("[A-Za-z]{2,}"));
        QVERIFY2(!english.match(error).hasMatch(), qPrintable(error));
        QVERIFY(!controller.mainWindow());
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"

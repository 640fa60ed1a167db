// Faults: a workstation killed while it holds a lease, and PostgreSQL restarted under open connections.
#include "store_fixture.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/admin.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/queue.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <atomic>

using namespace certphoto;
using namespace certphoto::test;

class TestFaults : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-store-faults")); }
    void cleanupTestCase() { logging::shutdown(); }

    void killedClientsLeaseComesBack() {
        StoreDb db(QStringLiteral("f1"));
        db.seed(2);
        {
            auto admin = db.open(db.adminLogin);
            VERIFY_OK(store::setLeaseSeconds(admin, 4));
        }
        auto other = db.open(db.makeUser(store::Role::Auditor));
        const QString victim = db.makeUser(store::Role::Auditor, QStringLiteral("victim"));
        QProcess helper;
        helper.start(QStringLiteral(CERTPHOTO_STORE_TEST_HELPER),
                     {QStringLiteral("claim"), db.scratch.server().connInfo(db.scratch.name(), victim)});
        QVERIFY(helper.waitForStarted());
        QVERIFY(helper.waitForReadyRead(30000));
        const qint64 id = helper.readLine().trimmed().toLongLong();
        QVERIFY(id > 0);
        helper.kill(); // SIGKILL: no release, no goodbye
        QVERIFY(helper.waitForFinished());

        VERIFY_ERROR(store::claimSubmission(other, id),
                     "lease.held_by_other"); // the dead client still holds it
        QElapsedTimer waited;
        waited.start();
        bool back = false;
        while (waited.elapsed() < 15000 && !back) {
            QThread::msleep(250);
            back = store::claimSubmission(other, id).ok();
        }
        QVERIFY2(back, "the dead client's submission did not come back after its lease");
        VERIFY_OK(store::decide(other, approve(id)));
        QCOMPARE(
            db.count(
                QStringLiteral("SELECT count(*) FROM certphoto.decisions WHERE submission_id = %1").arg(id)),
            1);
    }

    void restartBeforeDecisionThenRetry() {
        StoreDb db(QStringLiteral("f2"));
        db.seed(1);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        auto lease = store::claimNext(a);
        VERIFY_OK(lease);
        const auto request = approve((*lease)->submissionId);
        QVERIFY(db.scratch.server().control(QStringLiteral("restart")));

        auto lost = store::decide(a, request);
        QVERIFY(!lost.ok());
        QCOMPARE(QString::fromStdString(lost.error().code), QStringLiteral("db.connection"));
        QVERIFY(!a.isOpen());
        VERIFY_OK(a.reopen());
        QVERIFY(a.isOpen());
        auto saved = store::decide(a, request); // same id: safe to repeat
        VERIFY_OK(saved);
        QVERIFY(!saved->alreadyRecorded);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox")), 1);
    }

    void acknowledgementLostRetryFindsTheFirst() {
        StoreDb db(QStringLiteral("f3"));
        db.seed(1);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        auto lease = store::claimNext(a);
        VERIFY_OK(lease);
        const auto request = approve((*lease)->submissionId);
        auto first = store::decide(a, request);
        VERIFY_OK(first); // pretend this answer never reached the person
        QVERIFY(db.scratch.server().control(QStringLiteral("restart")));
        (void)store::listQueue(a); // notices the dropped connection
        VERIFY_OK(a.reopen());
        auto retry = store::decide(a, request);
        VERIFY_OK(retry);
        QVERIFY(retry->alreadyRecorded);
        QCOMPARE(retry->outboxId, first->outboxId);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox")), 1);
    }

    // An auditor deciding as fast as possible while the server restarts: every decision the client was told
    // about is stored once, every stored decision was told about, none is doubled.
    void restartWhileDecisionsAreInFlight() {
        constexpr int kSubmissions = 3000;
        StoreDb db(QStringLiteral("f4"));
        db.seed(kSubmissions);
        const QString connInfo =
            db.scratch.server().connInfo(db.scratch.name(), db.makeUser(store::Role::Auditor));
        std::atomic<bool> stop{false};
        std::atomic<int> connectionErrors{0};
        QSet<qint64> confirmed;
        int doubled = 0;
        QString failure;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto c = store::Connection::open({connInfo, {}}, QStringLiteral("inflight"));
            if (!c) {
                failure = QStringLiteral("connect");
                return;
            }
            auto recover = [&]() -> bool {
                ++connectionErrors;
                for (int i = 0; i < 100; ++i) {
                    if (c->reopen().ok())
                        return true;
                    QThread::msleep(100);
                }
                failure = QStringLiteral("reconnect");
                return false;
            };
            while (!stop) {
                auto lease = store::claimNext(*c);
                if (!lease) {
                    if (lease.error().code == "db.connection" && recover())
                        continue;
                    failure = QString::fromStdString(lease.error().code);
                    return;
                }
                if (!lease->has_value())
                    return;
                const auto request = approve((*lease)->submissionId);
                for (;;) {
                    auto out = store::decide(*c, request);
                    if (out) {
                        if (confirmed.contains(request.submissionId))
                            ++doubled;
                        confirmed.insert(request.submissionId);
                        break;
                    }
                    if (out.error().code == "db.connection" && recover())
                        continue; // same decision id: a retry cannot decide twice
                    failure = QString::fromStdString(out.error().code);
                    return;
                }
            }
        }));
        worker->start();
        QThread::msleep(700);
        QVERIFY(db.scratch.server().control(QStringLiteral("restart")));
        QThread::msleep(700);
        QVERIFY(db.scratch.server().control(QStringLiteral("restart")));
        QThread::msleep(300);
        stop = true;
        QVERIFY(worker->wait(120000));
        QCOMPARE(failure, QString());
        QVERIFY(connectionErrors.load() > 0); // the restarts did hit the worker
        QCOMPARE(doubled, 0);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")),
                 qint64(confirmed.size()));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox")),
                 qint64(confirmed.size()));
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE status = 'pending'")),
            kSubmissions - qint64(confirmed.size()));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"

// The server as the guard under abuse (issue 12, schema 10): each test does what a role MAY do, in the way
// that got through before, and checks the server now holds. See docs/security.md for the whole table.
#include "store_fixture.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/limits.h>
#include <certphoto/store/queue.h>
#include <certphoto/store/scram.h>

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QThread>

#include <atomic>

using namespace certphoto;
using namespace certphoto::test;

namespace {

// A statement on a connection: "ok" or its SQLSTATE, plus the error text for messages.
QString raw(store::Connection& c, const QString& sql, QString* text = nullptr) {
    QSqlQuery q(c.db());
    if (q.exec(sql))
        return QStringLiteral("ok");
    if (text)
        *text = q.lastError().text();
    return q.lastError().nativeErrorCode();
}

void setSetting(const StoreDb& db, const char* key, int value) {
    QCOMPARE(execAll(db.scratch.superuserConnection(),
                     QStringLiteral("UPDATE certphoto.settings SET value = '%2' WHERE key = '%1'")
                         .arg(QLatin1String(key))
                         .arg(value)),
             QString());
}

qint64 claimOne(store::Connection& c) {
    auto lease = store::claimNext(c);
    if (!lease || !lease->has_value())
        return 0;
    return (*lease)->submissionId;
}

} // namespace

class TestGuard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-store-guard")); }
    void cleanupTestCase() { logging::shutdown(); }

    // 1. One login cannot take the whole queue: at most max_leases_per_login live leases (3 here), also when
    // its connections claim at once.
    void oneLoginHoldsAtMostTheLeaseLimit() {
        StoreDb db(QStringLiteral("g1"));
        db.seed(12);
        // The default leaves room for the grid's page of 12 beside the current one and its preload.
        {
            auto admin = db.open(db.adminLogin);
            auto limit = store::guardSetting(admin, QStringLiteral("max_leases_per_login"));
            VERIFY_OK(limit);
            QCOMPARE(limit.value(), 16);
        }
        setSetting(db, "max_leases_per_login", 3);
        const QString hoarder = db.makeUser(store::Role::Auditor, QStringLiteral("hoard"));
        auto a = db.open(hoarder);
        for (int i = 0; i < 3; ++i)
            QVERIFY(claimOne(a) > 0);
        VERIFY_ERROR(store::claimNext(a), "lease.limit");
        auto queue = store::listQueue(a);
        VERIFY_OK(queue);
        VERIFY_ERROR(store::claimSubmission(a, queue->at(5).submissionId), "lease.limit");
        // Others still get work.
        auto b = db.open(db.makeUser(store::Role::Auditor));
        QVERIFY(claimOne(b) > 0);
        // Give one back: one more claim.
        VERIFY_OK(store::releaseLease(a, queue->at(0).submissionId));
        QVERIFY(claimOne(a) > 0);
        VERIFY_ERROR(store::claimNext(a), "lease.limit");

        // Six connections of one fresh login claiming at the same moment: exactly three get one.
        const QString racer = db.makeUser(store::Role::Auditor, QStringLiteral("race"));
        std::atomic<int> got{0};
        std::vector<std::unique_ptr<QThread>> threads;
        const store::ConnectionSettings settings{db.scratch.server().connInfo(db.scratch.name(), racer), {}};
        for (int i = 0; i < 6; ++i) {
            threads.emplace_back(QThread::create([&] {
                auto c = store::Connection::open(settings, QStringLiteral("race"));
                if (c && claimOne(*c) > 0)
                    ++got;
            }));
            threads.back()->start();
        }
        for (auto& t : threads)
            t->wait();
        QCOMPARE(got.load(), 3);
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE lease_holder = '%1' "
                                    "AND lease_expires_at > clock_timestamp()")
                         .arg(racer)),
            3);
    }

    // 1. renew_lease cannot keep a lease for ever: one claim ends lease_max_seconds after it began.
    void renewingStopsAtTheCap() {
        StoreDb db(QStringLiteral("g2"));
        db.seed(2);
        setSetting(db, "lease_seconds", 1);
        setSetting(db, "lease_max_seconds", 3);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        const qint64 id = claimOne(a);
        QVERIFY(id > 0);
        const QDateTime began = QDateTime::currentDateTimeUtc();
        QThread::msleep(700);
        auto renewed = store::renewLease(a, id);
        VERIFY_OK(renewed);
        QVERIFY(renewed->expiresAt <= began.addSecs(4));
        // Claiming it again while it is ours is a renewal, not a new claim: the cap stays.
        VERIFY_OK(store::claimSubmission(a, id));
        QElapsedTimer t;
        t.start();
        bool capped = false;
        while (t.elapsed() < 8000 && !capped) {
            QThread::msleep(400);
            auto r = store::renewLease(a, id);
            if (!r) {
                QCOMPARE(QString::fromStdString(r.error().code), QStringLiteral("lease.renew_limit"));
                capped = true;
            }
        }
        QVERIFY2(capped, "the lease was renewed past its cap");
        QVERIFY(began.msecsTo(QDateTime::currentDateTimeUtc()) < 5000);
        // And it is free for someone else.
        auto b = db.open(db.makeUser(store::Role::Auditor));
        VERIFY_OK(store::claimSubmission(b, id));
    }

    // 1. Picking a chosen submission works only near the front of the queue.
    void pickingIsLimitedToTheFrontOfTheQueue() {
        StoreDb db(QStringLiteral("g3"));
        db.seed(10);
        setSetting(db, "claim_pick_window", 3);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        auto queue = store::listQueue(a);
        VERIFY_OK(queue);
        QCOMPARE(queue->size(), std::size_t(10));
        VERIFY_ERROR(store::claimSubmission(a, queue->at(7).submissionId), "lease.pick_too_far");
        VERIFY_ERROR(store::claimSubmission(a, queue->at(3).submissionId), "lease.pick_too_far");
        VERIFY_OK(store::claimSubmission(a, queue->at(2).submissionId));
        // Submissions others hold do not count: with the first two held, the fifth is third among the free.
        auto b = db.open(db.makeUser(store::Role::Auditor));
        VERIFY_OK(store::claimSubmission(b, queue->at(0).submissionId));
        VERIFY_OK(store::claimSubmission(b, queue->at(1).submissionId));
        auto c = db.open(db.makeUser(store::Role::Auditor));
        VERIFY_OK(store::claimSubmission(c, queue->at(5).submissionId));
        VERIFY_ERROR(store::claimSubmission(c, queue->at(7).submissionId), "lease.pick_too_far");
    }

    // 2. The note: bounded, never blank-looking, no control or direction characters, no web address.
    void notesAreBoundedAndClean() {
        StoreDb db(QStringLiteral("g4"));
        db.seed(3);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        const qint64 id = claimOne(a);
        QVERIFY(id > 0);
        const QStringList other{QStringLiteral("other")};
        VERIFY_ERROR(store::decide(a, reject(id, other, QString(10'000'000, QLatin1Char('A')))),
                     "decision.note_too_long");
        for (const QString& blank : {QStringLiteral("\t"), QStringLiteral("\n"), QStringLiteral("\u200B"),
                                     QStringLiteral(" \u3000\u00A0\u200B\uFEFF \u2028")})
            VERIFY_ERROR(store::decide(a, reject(id, other, blank)), "decision.note_required");
        for (const QString& bad : {QStringLiteral("请重拍\u202E片照"), QStringLiteral("a\u0007b"),
                                   QStringLiteral("a\u200Bb"), QStringLiteral("\u2066隔离\u2069")})
            VERIFY_ERROR(store::decide(a, reject(id, other, bad)), "decision.note_bad_character");
        for (const QString& url :
             {QStringLiteral("请访问 https://evil.example 重新上传"), QStringLiteral("详见 www.example.org"),
              QStringLiteral("重拍后发到 pay-now.cn 领取"), QStringLiteral("ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ"),
              QStringLiteral("登录 example。com 查看")})
            VERIFY_ERROR(store::decide(a, reject(id, other, url)), "decision.note_url");
        // Refused notes stored nothing.
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 0);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox")), 0);

        // The rendered SMS has a bound too (a long note within note_max_chars, fewer parts allowed).
        setSetting(db, "sms_max_parts", 2);
        VERIFY_ERROR(store::decide(a, reject(id, other, QString(135, QChar(0x7167)))),
                     "decision.sms_too_long");
        setSetting(db, "sms_max_parts", 3);

        // White space of every kind becomes one space; the note and the SMS carry the cleaned text.
        auto ok =
            store::decide(a, reject(id, other, QStringLiteral("  背景有杂物\n\t请在纯色背景前\u3000重拍  ")));
        VERIFY_OK(ok);
        QVERIFY2(ok->smsText.contains(QStringLiteral("其他：背景有杂物 请在纯色背景前 重拍。")),
                 qPrintable(ok->smsText));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions WHERE note = "
                                         "'背景有杂物 请在纯色背景前 重拍'")),
                 1);
        QVERIFY(ok->smsParts <= 3);
    }

    // 6. An approval carries no reason codes; seconds spent is bounded by the claim's own age.
    void approvalWithReasonsRefusedAndSecondsBounded() {
        StoreDb db(QStringLiteral("g5"));
        db.seed(2);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        const qint64 id = claimOne(a);
        auto request = approve(id);
        request.reasonCodes = {QStringLiteral("image.blur")};
        VERIFY_ERROR(store::decide(a, request), "decision.reasons_with_approval");
        request = approve(id);
        request.secondsSpent = 2147483647;
        VERIFY_OK(store::decide(a, request));
        QCOMPARE(
            db.count(QStringLiteral("SELECT seconds_spent FROM certphoto.decisions WHERE submission_id = %1")
                         .arg(id)),
            3600); // lease_max_seconds: no claim lasts longer
    }

    // 6. A lease that ran out while a transaction was open is expired (the clock, not now()).
    void aLeaseExpiredInsideATransactionIsExpired() {
        StoreDb db(QStringLiteral("g6"));
        db.seed(1);
        setSetting(db, "lease_seconds", 1);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        QSqlDatabase conn = a.db();
        QVERIFY(conn.transaction());
        const qint64 id = claimOne(a);
        QVERIFY(id > 0);
        QCOMPARE(raw(a, QStringLiteral("SELECT pg_sleep(1.5)")), QStringLiteral("ok"));
        VERIFY_ERROR(store::decide(a, approve(id)), "lease.lost");
        conn.rollback();
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 0);
    }

    // 5. The same decision id sent twice at once: the second waits for the first and gets its outcome.
    void aConcurrentRetryGetsTheFirstOutcome() {
        StoreDb db(QStringLiteral("g7"));
        db.seed(1);
        const QString login = db.makeUser(store::Role::Auditor);
        auto first = db.open(login);
        const qint64 id = claimOne(first);
        QVERIFY(id > 0);
        const store::DecisionRequest request = reject(id, {QStringLiteral("image.blur")});
        // The first attempt: the server function inside a transaction left open (store::decide commits at
        // once, so the test calls the function itself to hold the attempt "in flight").
        QSqlDatabase conn = first.db();
        QVERIFY(conn.transaction());
        QSqlQuery q(conn);
        QVERIFY2(q.exec(QStringLiteral(
                            "SELECT already_recorded, outbox_id, sms_text FROM certphoto.decide('%1'::uuid, "
                            "%2, 'reject', '{image.blur}'::text[], '', 7)")
                            .arg(request.decisionId.toString(QUuid::WithoutBraces))
                            .arg(id)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toBool());
        struct {
            qint64 outboxId;
            QString smsText;
        } firstOutcome{q.value(1).toLongLong(), q.value(2).toString()};
        const auto* one = &firstOutcome;
        q.finish();

        // The retry on a second connection, while the first attempt's transaction is still open.
        std::optional<Result<store::DecisionOutcome>> two;
        const store::ConnectionSettings settings{db.scratch.server().connInfo(db.scratch.name(), login), {}};
        std::unique_ptr<QThread> retry(QThread::create([&] {
            auto c = store::Connection::open(settings, QStringLiteral("retry"));
            if (c)
                two = store::decide(*c, request);
        }));
        retry->start();
        QThread::msleep(800);
        QVERIFY(!retry->isFinished()); // it waits for the first
        QVERIFY(conn.commit());
        QVERIFY(retry->wait(20000));
        QVERIFY(two.has_value());
        VERIFY_OK(*two);
        QVERIFY((*two)->alreadyRecorded);
        QCOMPARE((*two)->outboxId, one->outboxId);
        QCOMPARE((*two)->smsText, one->smsText);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox")), 1);
    }

    // 3. create_user gets a SCRAM verifier, never the password: a CREATE ROLE that fails (two admins
    // making one login at once) leaves no password in the server log.
    void noPasswordReachesTheServerLog() {
        StoreDb db(QStringLiteral("g8"));
        // The verifier is PostgreSQL's format and matches an independent computation (Python hashlib).
        QByteArray salt;
        for (int i = 0; i < 16; ++i)
            salt.append(char(i));
        QCOMPARE(store::scramSha256Verifier(QStringLiteral("pencil"), salt),
                 QStringLiteral("SCRAM-SHA-256$4096:AAECAwQFBgcICQoLDA0ODw==$zHCdol2044/ZyWzPLi7oxApCkamKw9Z+"
                                "E4U/QApd/5Y=:dd5peBOitVnLNFu7VmwP+HiDaaw4OUCv396eVCWhYiE="));

        const QString login = uniqueLogin(QStringLiteral("twice"));
        const QString pw1 = QStringLiteral("pw-race-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString pw2 = QStringLiteral("pw-race-") + QUuid::createUuid().toString(QUuid::Id128);
        auto admin1 = db.open(db.adminLogin);
        QSqlDatabase conn = admin1.db();
        QVERIFY(conn.transaction());
        VERIFY_OK(store::createUser(admin1, login, pw1, store::Role::Auditor));
        std::optional<Result<void>> second;
        const store::ConnectionSettings settings{
            db.scratch.server().connInfo(db.scratch.name(), db.adminLogin), {}};
        std::unique_ptr<QThread> other(QThread::create([&] {
            auto c = store::Connection::open(settings, QStringLiteral("admin2"));
            if (c)
                second = store::createUser(*c, login, pw2, store::Role::Auditor);
        }));
        other->start();
        QThread::msleep(800);
        QVERIFY(conn.commit());
        QVERIFY(other->wait(20000));
        QVERIFY(second.has_value());
        VERIFY_ERROR(*second, "user.exists");
        // pg_authid holds a verifier, and the server's log neither password.
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM pg_authid WHERE rolname = '%1' AND rolpassword "
                                    "LIKE 'SCRAM-SHA-256$4096:%%'")
                         .arg(login)),
            1);
        QFile log(db.scratch.server().logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(pw1.toUtf8()), "the first password is in the server log");
        QVERIFY2(!text.contains(pw2.toUtf8()), "the second password is in the server log");

        // The server refuses a password that is not a verifier, without echoing it.
        auto admin = db.open(db.adminLogin);
        QString error;
        QVERIFY(raw(admin,
                    QStringLiteral("SELECT certphoto.create_user('%1', 'plain-secret', 'certphoto_auditor')")
                        .arg(uniqueLogin(QStringLiteral("plain"))),
                    &error) != QStringLiteral("ok"));
        QVERIFY2(error.contains(QLatin1String("user.password_not_hashed")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("plain-secret")));
    }

    // 4. Every login carries its group's timeouts and connection limit; a held transaction blocks others
    // only for a bounded time; a plain login cannot hold or block the upgrade lock.
    void timeoutsAndLimitsApplyToEveryLogin() {
        StoreDb db(QStringLiteral("g9"));
        db.seed(3);
        const QString login = db.makeUser(store::Role::Auditor);
        auto a = db.open(login);
        QSqlQuery show(a.db());
        QVERIFY(show.exec(QStringLiteral("SELECT current_setting('statement_timeout'), "
                                         "current_setting('lock_timeout'), "
                                         "current_setting('idle_in_transaction_session_timeout')")));
        QVERIFY(show.next());
        QCOMPARE(show.value(0).toString(), QStringLiteral("30s"));
        QCOMPARE(show.value(1).toString(), QStringLiteral("5s"));
        QCOMPARE(show.value(2).toString(), QStringLiteral("1min"));
        show.finish();
        QCOMPARE(
            db.count(QStringLiteral("SELECT rolconnlimit FROM pg_roles WHERE rolname = '%1'").arg(login)),
            10);
        QCOMPARE(
            db.count(
                QStringLiteral("SELECT rolconnlimit FROM pg_roles WHERE rolname = '%1'").arg(db.adminLogin)),
            20);

        // The eleventh connection of one auditor is refused; the admin still gets in.
        std::vector<store::Connection> many;
        for (int i = 0; i < 9; ++i) // `a` is the first
            many.push_back(db.open(login));
        auto eleventh = store::Connection::open({db.scratch.server().connInfo(db.scratch.name(), login), {}},
                                                QStringLiteral("one too many"));
        QVERIFY(!eleventh.ok());
        many.clear();
        auto admin = db.open(db.adminLogin);
        QVERIFY(admin.isOpen());

        // A transaction left open on a claimed submission, even with the session's timeouts switched off:
        // another auditor's claim of it fails after the function's own lock_timeout instead of hanging.
        auto queue = store::listQueue(a);
        VERIFY_OK(queue);
        const qint64 id = queue->front().submissionId;
        QCOMPARE(raw(a, QStringLiteral("SET lock_timeout = 0")), QStringLiteral("ok"));
        QCOMPARE(raw(a, QStringLiteral("SET idle_in_transaction_session_timeout = 0")), QStringLiteral("ok"));
        QVERIFY(a.db().transaction());
        VERIFY_OK(store::claimSubmission(a, id));
        auto b = db.open(db.makeUser(store::Role::Auditor));
        QCOMPARE(raw(b, QStringLiteral("SET lock_timeout = 0")), QStringLiteral("ok"));
        QCOMPARE(raw(b, QStringLiteral("SET statement_timeout = '20s'")), QStringLiteral("ok"));
        QElapsedTimer waited;
        waited.start();
        auto blocked = store::claimSubmission(b, id);
        QVERIFY(!blocked.ok());
        QVERIFY2(waited.elapsed() < 10000, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(QString::fromStdString(blocked.error().code), QStringLiteral("db.timeout"));
        // claim_next skips the held row and hands out another one.
        auto next = store::claimNext(b);
        VERIFY_OK(next);
        QVERIFY(next->has_value() && (*next)->submissionId != id);
        a.db().rollback();

        // The upgrade lock: a plain login cannot lock the table, and holding the old advisory lock no longer
        // blocks an upgrade.
        QVERIFY(a.db().transaction());
        QCOMPARE(raw(a, QStringLiteral("LOCK TABLE certphoto.migration_lock IN ACCESS SHARE MODE")),
                 QStringLiteral("42501"));
        a.db().rollback();
        QCOMPARE(raw(a, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(0x6365727470686f74LL)),
                 QStringLiteral("ok"));
        auto su = db.superuser();
        QCOMPARE(raw(su, QStringLiteral("SET lock_timeout = '2s'")), QStringLiteral("ok"));
        auto up = store::upgradeSchema(su);
        VERIFY_OK(up);
        QCOMPARE(*up, store::knownSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestGuard)
#include "tst_guard.moc"

// The SMS relay: the outbox functions' guarantees, and certphoto-sms against a gateway on 127.0.0.1 that
// fails on purpose (500, 429, no answer, a permanent 400), a relay killed mid-batch, SIGTERM, two relays at
// once, the local-program gateway, and the server refusing auditors and supervisors.
#include "fake_gateway.h"
#include "outbox_fixture.h"

#include <certphoto/common/logging.h>
#include <certphoto/relay/gateway.h>
#include <certphoto/store/outbox.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <csignal>

using namespace certphoto;
using namespace certphoto::test;

namespace {

QString key(qint64 id) {
    return QString::number(id);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString httpConfig(const QTemporaryDir& dir, const FakeGateway& gw, int timeoutMs = 700) {
    QJsonObject body{{QStringLiteral("to"), QStringLiteral("{phone}")},
                     {QStringLiteral("content"), QStringLiteral("{text}")},
                     {QStringLiteral("ref"), QStringLiteral("certphoto-{outbox_id}")},
                     {QStringLiteral("parts"), QStringLiteral("{parts}")}};
    QJsonObject o{{QStringLiteral("kind"), QStringLiteral("http")},
                  {QStringLiteral("url"), gw.url()},
                  {QStringLiteral("headers"),
                   QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Bearer test-token")}}},
                  {QStringLiteral("body"), body},
                  {QStringLiteral("timeout_ms"), timeoutMs}};
    return writeFile(dir, QStringLiteral("gateway.json"), QJsonDocument(o).toJson());
}

struct RelayRun {
    int exitCode = -1;
    QJsonObject counts;
    QByteArray stderrText;
};

// Runs certphoto-sms while this thread's event loop serves the fake gateway.
RelayRun runRelay(const QString& connInfo, const QString& config,
                  QStringList extra = {QStringLiteral("--once")}, int timeoutMs = 60'000) {
    QProcess p;
    p.setProgram(QStringLiteral(CERTPHOTO_SMS_TOOL));
    p.setArguments(QStringList{QStringLiteral("--database"), connInfo, QStringLiteral("--gateway"), config} +
                   extra);
    p.start();
    RelayRun r;
    if (!p.waitForStarted(10'000))
        return r;
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    r.counts = QJsonDocument::fromJson(lines.last()).object();
    r.stderrText = p.readAllStandardError();
    return r;
}

QString statusOf(const StoreDb& db, qint64 id) {
    QSqlQuery q(db.scratch.superuserConnection());
    q.exec(QStringLiteral("SELECT status FROM certphoto.sms_outbox WHERE id = %1").arg(id));
    return q.next() ? q.value(0).toString() : QString();
}

QString answerOf(const StoreDb& db, qint64 id) {
    QSqlQuery q(db.scratch.superuserConnection());
    q.exec(QStringLiteral("SELECT last_answer FROM certphoto.sms_outbox WHERE id = %1").arg(id));
    return q.next() ? q.value(0).toString() : QString();
}

void setPolicy(StoreDb& db, int base, int max, int attempts, int lease) {
    auto admin = db.open(db.adminLogin);
    auto set = store::setOutboxRetryPolicy(admin, {base, max, attempts, lease});
    if (!set)
        qFatal("policy: %s", set.error().message.c_str());
}

} // namespace

class TestRelay : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-relay")); }
    void cleanupTestCase() { logging::shutdown(); }

    // The store's side alone: a lease per take, marks exactly once, a stale relay changes nothing.
    void outboxMarksExactlyOnce() {
        StoreDb db(QStringLiteral("o1"));
        const auto ids = makeOutbox(db, 3);
        setPolicy(db, 30, 60, 5, 60);
        auto relayA = db.open(db.adminLogin);
        auto relayB = db.open(db.adminLogin);
        auto batch = store::takeOutboxBatch(relayA, 10);
        VERIFY_OK(batch);
        QCOMPARE(batch->messages.size(), std::size_t(3));
        QCOMPARE(batch->leaseSeconds, 60);
        QVERIFY(batch->messages.front().recipient == validPhone(0)); // in clear, for the gateway
        QCOMPARE(batch->messages.front().outboxId, ids.front());
        QCOMPARE(batch->messages.front().attempt, 1);
        // Leased: a second relay gets nothing.
        auto other = store::takeOutboxBatch(relayB, 10);
        VERIFY_OK(other);
        QVERIFY(other->messages.empty());

        auto sent = store::markOutboxSent(relayA, ids[0], batch->leaseToken, QStringLiteral("HTTP 200"));
        VERIFY_OK(sent);
        QVERIFY(*sent);
        auto again = store::markOutboxSent(relayB, ids[0], QUuid::createUuid(), QStringLiteral("HTTP 200"));
        VERIFY_OK(again);
        QVERIFY(!*again); // the first mark stands
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE status = 'sent' AND "
                                    "sent_at IS NOT NULL AND lease_token IS NULL")),
            1);

        // A failure under someone else's token changes nothing.
        auto stale = store::markOutboxFailed(relayB, ids[1], QUuid::createUuid(),
                                             store::FailureKind::Permanent, QStringLiteral("x"));
        VERIFY_OK(stale);
        QCOMPARE(stale->status, QStringLiteral("lost"));
        QCOMPARE(statusOf(db, ids[1]), QStringLiteral("pending"));
        // A temporary failure waits base * 2^(attempt-1) = 30 s.
        auto temp = store::markOutboxFailed(relayA, ids[1], batch->leaseToken, store::FailureKind::Temporary,
                                            QStringLiteral("HTTP 503 to %1").arg(validPhone(1)));
        VERIFY_OK(temp);
        QCOMPARE(temp->status, QStringLiteral("pending"));
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(temp->nextAttemptAt);
        QVERIFY2(wait >= 28 && wait <= 31, qPrintable(QString::number(wait)));
        QVERIFY(!answerOf(db, ids[1]).contains(validPhone(1)));
        QVERIFY(answerOf(db, ids[1]).contains(QStringLiteral("HTTP 503")));

        // Giving back the rest: due again at once, the take not counted as an attempt.
        auto released = store::releaseOutboxBatch(relayA, batch->leaseToken);
        VERIFY_OK(released);
        QCOMPARE(*released, 1);
        auto retaken = store::takeOutboxBatch(relayB, 10);
        VERIFY_OK(retaken);
        QCOMPARE(retaken->messages.size(), std::size_t(1));
        QCOMPARE(retaken->messages.front().outboxId, ids[2]);
        QCOMPARE(retaken->messages.front().attempt, 1);

        auto overview = store::outboxOverview(relayA);
        VERIFY_OK(overview);
        QCOMPARE(overview->pending, 2);
        QCOMPARE(overview->sent, 1);
        QCOMPARE(overview->retrying, 1);
        QCOMPARE(overview->sending, 1);
        QCOMPARE(overview->due, 0);
        QVERIFY(overview->oldestPending.isValid());

        auto listed = store::listOutbox(relayA, store::OutboxFilter::All, 10);
        VERIFY_OK(listed);
        QCOMPARE(listed->size(), std::size_t(3));
        QCOMPARE(listed->front().outboxId, ids[2]); // newest first
        QVERIFY(listed->front().sending);
        for (const store::OutboxEntry& e : *listed)
            QVERIFY(e.maskedRecipient.contains(QStringLiteral("****")));
        VERIFY_ERROR(store::takeOutboxBatch(relayA, 0), "outbox.bad_batch");
    }

    // Every row ends sent exactly once or failed with the gateway's answer; backoff and send_after hold.
    void httpGatewayWithFailures() {
        StoreDb db(QStringLiteral("o2"));
        const auto ids = makeOutbox(db, 8);
        // Waits of 3 s, then 6 s: longer than one run of the tool, so a run never meets its own failures
        // again.
        setPolicy(db, 3, 6, 3, 10);
        // Two rows may only go out in an hour (as if an undo grace period held them).
        const qint64 later1 = ids[6], later2 = ids[7];
        QVERIFY(
            execAll(db.scratch.superuserConnection(),
                    QStringLiteral("UPDATE certphoto.sms_outbox SET send_after = now() + interval '1 hour' "
                                   "WHERE id IN (%1, %2)")
                        .arg(later1)
                        .arg(later2))
                .isEmpty());
        FakeGateway gw;
        const qint64 a = ids[0], b = ids[1], c = ids[2], d = ids[3];
        gw.plan(key(a), {QStringLiteral("500"), QStringLiteral("200")});
        gw.plan(key(b), {QStringLiteral("timeout"), QStringLiteral("200")});
        gw.plan(key(c), {QStringLiteral("400")});
        gw.plan(key(d), {QStringLiteral("500"), QStringLiteral("429"), QStringLiteral("503")});
        QTemporaryDir dir;
        const QString config = httpConfig(dir, gw);
        const QString conn = db.scratch.server().connInfo(db.scratch.name(), db.adminLogin);

        auto run1 = runRelay(conn, config);
        QCOMPARE(run1.exitCode, 0);
        QCOMPARE(run1.counts.value(QLatin1String("sent")).toInt(), 2); // ids[4], ids[5]
        QCOMPARE(run1.counts.value(QLatin1String("retrying")).toInt(), 3);
        QCOMPARE(run1.counts.value(QLatin1String("failed")).toInt(), 1);
        QCOMPARE(statusOf(db, c), QStringLiteral("failed"));
        QVERIFY(answerOf(db, c).startsWith(QStringLiteral("HTTP 400")));
        QVERIFY(!answerOf(db, c).contains(validPhone(2))); // the gateway echoed it; stored masked
        // What the gateway got: the template filled in, the key in its header, the auth header.
        bool sawBody = false;
        for (const FakeGateway::Request& r : gw.requests())
            if (r.key == key(ids[4])) {
                sawBody = true;
                QVERIFY(r.body.value(QLatin1String("to")).toString() == validPhone(4));
                QVERIFY(r.body.value(QLatin1String("content"))
                            .toString()
                            .startsWith(QStringLiteral("【证照审核】")));
                QCOMPARE(r.body.value(QLatin1String("ref")).toString(),
                         QStringLiteral("certphoto-") + key(ids[4]));
                QCOMPARE(r.body.value(QLatin1String("parts")).toString(), QStringLiteral("1"));
                QCOMPARE(r.authHeader, QByteArray("Bearer test-token"));
            }
        QVERIFY(sawBody);

        // Straight away: the failed ones wait for their backoff, the later ones for send_after.
        const auto before = gw.requests().size();
        auto run2 = runRelay(conn, config);
        QCOMPARE(run2.exitCode, 0);
        QCOMPARE(gw.requests().size(), before);

        QTest::qWait(3200);
        auto run3 = runRelay(conn, config);
        QCOMPARE(run3.exitCode, 0);
        QCOMPARE(statusOf(db, a), QStringLiteral("sent"));
        QCOMPARE(statusOf(db, b), QStringLiteral("sent"));
        QCOMPARE(statusOf(db, d), QStringLiteral("pending")); // second failure: waits 6 s
        QTest::qWait(800);
        QCOMPARE(runRelay(conn, config).exitCode, 0);
        QCOMPARE(gw.requestsFor(key(d)), 2); // not yet due again
        QTest::qWait(5600);
        QCOMPARE(runRelay(conn, config).exitCode, 0);
        QCOMPARE(statusOf(db, d), QStringLiteral("failed")); // third temporary failure = the last attempt
        QVERIFY(answerOf(db, d).startsWith(QStringLiteral("HTTP 503")));
        // Backoff respected: the gaps between attempts are at least 3 s, then 6 s.
        const auto ta = gw.timesFor(key(a)), td = gw.timesFor(key(d));
        QCOMPARE(ta.size(), std::size_t(2));
        QVERIFY2(ta[1] - ta[0] >= 3000, qPrintable(QString::number(ta[1] - ta[0])));
        QCOMPARE(td.size(), std::size_t(3));
        QVERIFY2(td[1] - td[0] >= 3000, qPrintable(QString::number(td[1] - td[0])));
        QVERIFY2(td[2] - td[1] >= 6000, qPrintable(QString::number(td[2] - td[1])));
        QCOMPARE(gw.requestsFor(key(b)), 2);
        // Never before send_after.
        QCOMPARE(gw.requestsFor(key(later1)), 0);
        QCOMPARE(gw.requestsFor(key(later2)), 0);
        QVERIFY(
            execAll(db.scratch.superuserConnection(),
                    QStringLiteral("UPDATE certphoto.sms_outbox SET send_after = now() WHERE id IN (%1, %2)")
                        .arg(later1)
                        .arg(later2))
                .isEmpty());
        QCOMPARE(runRelay(conn, config).counts.value(QLatin1String("sent")).toInt(), 2);

        // The admin retries the two failed rows; this time the gateway takes them.
        auto admin = db.open(db.adminLogin);
        auto retried = store::retryFailedOutbox(admin);
        VERIFY_OK(retried);
        QCOMPARE(*retried, 2);
        QCOMPARE(db.count(QStringLiteral(
                     "SELECT count(*) FROM certphoto.audit_trail WHERE action = 'outbox_retry'")),
                 1);
        QCOMPARE(runRelay(conn, config).counts.value(QLatin1String("sent")).toInt(), 2);

        // Every row sent, every message delivered once, none twice.
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE status = 'sent'")),
                 8);
        for (qint64 id : ids)
            QCOMPARE(gw.deliveredCount(key(id)), 1);
        QCOMPARE(gw.duplicates(), 0);
        // No second send of a row marked sent.
        const auto total = gw.requests().size();
        QCOMPARE(runRelay(conn, config).counts.value(QLatin1String("sent")).toInt(), 0);
        QCOMPARE(gw.requests().size(), total);
    }

    // SIGKILL mid-batch, restart: every row sent. The one in flight at the kill may be offered twice, with
    // the same idempotency key; the gateway delivers it once.
    void killedRelaySendsEveryRow() {
        StoreDb db(QStringLiteral("o3"));
        const auto ids = makeOutbox(db, 30);
        setPolicy(db, 1, 2, 5, 4);
        FakeGateway gw;
        gw.setDelayMs(100);
        QTemporaryDir dir;
        const QString config = httpConfig(dir, gw, 1000);
        const QString conn = db.scratch.server().connInfo(db.scratch.name(), db.adminLogin);
        QProcess p;
        p.start(QStringLiteral(CERTPHOTO_SMS_TOOL),
                {QStringLiteral("--database"), conn, QStringLiteral("--gateway"), config,
                 QStringLiteral("--batch"), QStringLiteral("10")});
        QVERIFY(p.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return gw.requests().size() >= 13; }, 30'000));
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        const auto atKill = gw.requests().size();
        QVERIFY(db.count(QStringLiteral(
                    "SELECT count(*) FROM certphoto.sms_outbox WHERE status = 'pending'")) >= 17);

        // Its leased rows come back after the lease (4 s); a new relay sends them.
        QTest::qWait(4200);
        auto after = runRelay(conn, config);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE status = 'sent'")),
                 30);
        QSet<QString> offered;
        for (const FakeGateway::Request& r : gw.requests())
            offered << r.key;
        QCOMPARE(offered.size(), 30);
        for (qint64 id : ids)
            QCOMPARE(gw.deliveredCount(key(id)), 1);
        // At most the one message in flight at the kill was offered twice.
        const int extra = int(gw.requests().size()) - 30;
        QVERIFY2(
            extra <= 1,
            qPrintable(QStringLiteral("%1 requests, %2 at the kill").arg(gw.requests().size()).arg(atKill)));
        QCOMPARE(gw.duplicates(), extra);
        qInfo("killed after %d requests; offered twice: %d (delivered once each)", int(atKill), extra);
    }

    // SIGTERM: the message in hand is finished and marked, the rest given back at once, exit 0.
    void sigtermStopsCleanly() {
        StoreDb db(QStringLiteral("o4"));
        makeOutbox(db, 20);
        setPolicy(db, 1, 2, 5, 60);
        FakeGateway gw;
        gw.setDelayMs(200);
        QTemporaryDir dir;
        const QString config = httpConfig(dir, gw, 1000);
        const QString conn = db.scratch.server().connInfo(db.scratch.name(), db.adminLogin);
        QProcess p;
        p.start(QStringLiteral(CERTPHOTO_SMS_TOOL),
                {QStringLiteral("--database"), conn, QStringLiteral("--gateway"), config});
        QVERIFY(p.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return gw.requests().size() >= 3; }, 30'000));
        p.terminate();
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 10'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject counts = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
        QVERIFY(counts.value(QLatin1String("stopped_by_signal")).toBool());
        QVERIFY(counts.value(QLatin1String("released")).toInt() >= 1);
        const int sent = counts.value(QLatin1String("sent")).toInt();
        QCOMPARE(
            int(db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE status = 'sent'"))),
            sent);
        QCOMPARE(int(gw.requests().size()), sent); // nothing left in flight
        QCOMPARE(db.count(QStringLiteral(
                     "SELECT count(*) FROM certphoto.sms_outbox WHERE lease_token IS NOT NULL")),
                 0);
        // Given back means due now: the next run sends the rest without waiting for a lease.
        auto rest = runRelay(conn, config);
        QCOMPARE(rest.counts.value(QLatin1String("sent")).toInt(), 20 - sent);
        QCOMPARE(gw.duplicates(), 0);
        QCOMPARE(gw.deliveredTotal(), 20);
    }

    // Two relays at once never send the same row.
    void twoRelaysShareTheWork() {
        StoreDb db(QStringLiteral("o5"));
        const auto ids = makeOutbox(db, 40);
        FakeGateway gw;
        gw.setDelayMs(10);
        QTemporaryDir dir;
        const QString config = httpConfig(dir, gw, 2000);
        const QString conn = db.scratch.server().connInfo(db.scratch.name(), db.adminLogin);
        QProcess p1, p2;
        const QStringList args{QStringLiteral("--database"), conn,
                               QStringLiteral("--gateway"),  config,
                               QStringLiteral("--once"),     QStringLiteral("--batch"),
                               QStringLiteral("5")};
        p1.start(QStringLiteral(CERTPHOTO_SMS_TOOL), args);
        p2.start(QStringLiteral(CERTPHOTO_SMS_TOOL), args);
        QVERIFY(QTest::qWaitFor(
            [&] { return p1.state() == QProcess::NotRunning && p2.state() == QProcess::NotRunning; },
            60'000));
        QCOMPARE(p1.exitCode(), 0);
        QCOMPARE(p2.exitCode(), 0);
        const int s1 = QJsonDocument::fromJson(p1.readAllStandardOutput().trimmed())
                           .object()
                           .value(QLatin1String("sent"))
                           .toInt();
        const int s2 = QJsonDocument::fromJson(p2.readAllStandardOutput().trimmed())
                           .object()
                           .value(QLatin1String("sent"))
                           .toInt();
        QCOMPARE(s1 + s2, 40);
        for (qint64 id : ids)
            QCOMPARE(gw.requestsFor(key(id)), 1);
        qInfo("relay 1 sent %d, relay 2 sent %d", s1, s2);
    }

    // The local-program gateway: exit 0 sent, 65 permanent, 75 (or anything else) and no answer temporary.
    void programGateway() {
        StoreDb db(QStringLiteral("o6"));
        const auto ids = makeOutbox(db, 5);
        setPolicy(db, 60, 120, 5, 30);
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("plan"));
        writeFile(dir, QStringLiteral("plan/%1").arg(ids[1]), "65");
        writeFile(dir, QStringLiteral("plan/%1").arg(ids[2]), "75");
        writeFile(dir, QStringLiteral("plan/%1").arg(ids[4]), "hang");
        const QString log = dir.filePath(QStringLiteral("received.jsonl"));
        QJsonObject o{{QStringLiteral("kind"), QStringLiteral("program")},
                      {QStringLiteral("program"), QStringLiteral(CERTPHOTO_PROGRAM_GATEWAY)},
                      {QStringLiteral("arguments"), QJsonArray{log, dir.filePath(QStringLiteral("plan"))}},
                      {QStringLiteral("timeout_ms"), 1500}};
        const QString config = writeFile(dir, QStringLiteral("program.json"), QJsonDocument(o).toJson());
        const QString conn = db.scratch.server().connInfo(db.scratch.name(), db.adminLogin);
        auto run = runRelay(conn, config);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.counts.value(QLatin1String("sent")).toInt(), 2);
        QCOMPARE(run.counts.value(QLatin1String("failed")).toInt(), 1);
        QCOMPARE(run.counts.value(QLatin1String("retrying")).toInt(), 2);
        QCOMPARE(statusOf(db, ids[0]), QStringLiteral("sent"));
        QCOMPARE(statusOf(db, ids[1]), QStringLiteral("failed"));
        QCOMPARE(statusOf(db, ids[2]), QStringLiteral("pending"));
        QCOMPARE(statusOf(db, ids[3]), QStringLiteral("sent"));
        QCOMPARE(statusOf(db, ids[4]), QStringLiteral("pending")); // killed after 1.5 s: retried later
        QVERIFY(answerOf(db, ids[4]).startsWith(QStringLiteral("no answer within 1500 ms")));
        QVERIFY(answerOf(db, ids[1]).startsWith(QStringLiteral("exit 65: test program: message")));
        // What the program read on stdin: one JSON object per message, the phone in clear for sending.
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QLatin1String("outbox_id")).toInteger(), ids[0]);
        QCOMPARE(first.value(QLatin1String("idempotency_key")).toString(), key(ids[0]));
        QVERIFY(first.value(QLatin1String("phone")).toString() == validPhone(0));
        QVERIFY(first.value(QLatin1String("text")).toString().contains(QStringLiteral("审核成功")));
        QCOMPARE(first.value(QLatin1String("template")).toString(), QStringLiteral("photo.approved"));
    }

    // The server refuses the relay functions to auditors and supervisors; the tool says so (exit 1).
    void onlyAdminsRelay() {
        StoreDb db(QStringLiteral("o7"));
        const auto ids = makeOutbox(db, 1);
        for (store::Role role : {store::Role::Auditor, store::Role::Supervisor}) {
            const QString login = db.makeUser(role, role == store::Role::Auditor ? QStringLiteral("aud")
                                                                                 : QStringLiteral("sup"));
            auto c = db.open(login);
            VERIFY_ERROR(store::takeOutboxBatch(c, 10), "db.permission");
            VERIFY_ERROR(store::markOutboxSent(c, ids[0], QUuid::createUuid(), {}), "db.permission");
            VERIFY_ERROR(
                store::markOutboxFailed(c, ids[0], QUuid::createUuid(), store::FailureKind::Permanent, {}),
                "db.permission");
            VERIFY_ERROR(store::releaseOutboxBatch(c, QUuid::createUuid()), "db.permission");
            VERIFY_ERROR(store::retryFailedOutbox(c), "db.permission");
            VERIFY_ERROR(store::outboxOverview(c), "db.permission");
            VERIFY_ERROR(store::listOutbox(c, store::OutboxFilter::All, 10), "db.permission");
            VERIFY_ERROR(store::setOutboxRetryPolicy(c, {}), "db.permission");
            FakeGateway gw;
            QTemporaryDir dir;
            auto run = runRelay(db.scratch.server().connInfo(db.scratch.name(), login), httpConfig(dir, gw));
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.stderrText.contains("db.permission"));
            QCOMPARE(int(gw.requests().size()), 0);
        }
        QCOMPARE(statusOf(db, ids[0]), QStringLiteral("pending"));
        QCOMPARE(db.count(QStringLiteral("SELECT attempts FROM certphoto.sms_outbox")), 0);
    }

    // Bad configuration and usage: a clear error, nothing taken.
    void badConfigurationAndUsage() {
        // Each configuration and the error it gets ("" = accepted).
        const std::pair<const char*, const char*> cases[] = {
            {"not json", "gateway.bad_config"},
            {"{\"kind\":\"smtp\"}", "gateway.bad_config"},
            {"{\"kind\":\"http\",\"url\":\"http://sms.example.com/x\",\"body\":{}}", "gateway.insecure_url"},
            {"{\"kind\":\"http\",\"url\":\"https://sms.example.com/x\",\"body\":{}}", ""},
            {"{\"kind\":\"http\",\"url\":\"http://[::1]:8080/x\",\"body\":{}}", ""},
            {"{\"kind\":\"http\",\"url\":\"http://127.0.0.2:8080/x\",\"body\":{}}", ""},
            {"{\"kind\":\"http\",\"url\":\"https://a.example/x\"}", "gateway.bad_config"}, // no body
            {"{\"kind\":\"http\",\"url\":\"https://a.example/x\",\"body\":{},\"timeout\":5}",
             "gateway.bad_config"}, // misspelt
            {"{\"kind\":\"http\",\"url\":\"https://a.example/x\",\"body\":{},\"timeout_ms\":5}",
             "gateway.bad_config"},
            {"{\"kind\":\"program\"}", "gateway.bad_config"},
            {"{\"kind\":\"program\",\"program\":\"/bin/true\",\"arguments\":[\"a\"]}", ""},
        };
        for (const auto& [json, code] : cases) {
            const auto parsed = relay::parseGatewayConfig(QByteArray(json));
            const std::string got = parsed.ok() ? std::string() : parsed.error().code;
            QVERIFY2(got == code, json);
        }

        store::OutboxMessage m;
        m.outboxId = 42;
        m.recipient = QStringLiteral("13800000000");
        m.text = QStringLiteral("【证照审核】{text}君");
        QCOMPARE(relay::fillPlaceholders(QStringLiteral("id={outbox_id} t={text} {unknown}"), m),
                 QStringLiteral("id=42 t=【证照审核】{text}君 {unknown}"));

        StoreDb db(QStringLiteral("o8"));
        makeOutbox(db, 1);
        const QString conn = db.scratch.server().connInfo(db.scratch.name(), db.adminLogin);
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral(CERTPHOTO_SMS_TOOL),
                {QStringLiteral("--database"), conn, QStringLiteral("--once")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 2); // no --gateway
        FakeGateway gw;
        p.start(QStringLiteral(CERTPHOTO_SMS_TOOL),
                {QStringLiteral("--database"), conn, QStringLiteral("--gateway"), httpConfig(dir, gw),
                 QStringLiteral("--batch"), QStringLiteral("0")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 2);
        const QByteArray insecureJson =
            "{\"kind\":\"http\",\"url\":\"http://sms.example.com/send\",\"body\":{\"to\":\"{phone}\"}}";
        const QString insecure = writeFile(dir, QStringLiteral("bad.json"), insecureJson);
        auto run = runRelay(conn, insecure);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.stderrText.contains("gateway.insecure_url"));
        auto missing = runRelay(conn, dir.filePath(QStringLiteral("nope.json")));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.stderrText.contains("gateway.unreadable"));
        // A lease shorter than the gateway's timeout could never send: refused, the row given back.
        setPolicy(db, 1, 2, 3, 2);
        auto shortLease = runRelay(conn, httpConfig(dir, gw, 5000));
        QCOMPARE(shortLease.exitCode, 1);
        QVERIFY(shortLease.stderrText.contains("relay.lease_short"));
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE status = 'pending' AND "
                                    "lease_token IS NULL AND attempts = 0")),
            1);
        QCOMPARE(int(gw.requests().size()), 0);
    }
};

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"

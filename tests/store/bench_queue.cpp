// bench-queue: claim+decide cycles per second and claim latency with 32 concurrent auditor sessions over
// 100,000 pending submissions (one shared photo row), through the store's own functions, beside a minimal
// FOR UPDATE SKIP LOCKED claim+decide on a bare table (no SMS, no audit) measured in the same run.
//   bench-queue [--database SUPERUSER_CONNINFO] [--sessions 32] [--submissions 100000] [--seconds 20]
// Without --database it starts a throwaway cluster with scripts/pg-test-cluster (as the test suite does).
// Not a test: it prints numbers; docs/queue-benchmark.md has the figures.
#include <certphoto/store/connection.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/migrations.h>
#include <certphoto/store/queue.h>
#include <certphoto/store/users.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>
#include <vector>

using namespace certphoto;

namespace {

struct Phase {
    QString name;
    long long cycles = 0;
    long long errors = 0;
    double seconds = 0;
    std::vector<double> claimMs;
    std::vector<double> cycleMs;
};

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

bool exec(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        std::fprintf(stderr, "bench-queue: %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// One claim+decide cycle; returns false on an error. `claimNs` gets the claim's latency.
using Cycle = std::function<int(store::Connection&, qint64& claimNs)>; // 1 done, 0 queue empty, -1 error

int storeCycle(store::Connection& c, qint64& claimNs) {
    QElapsedTimer t;
    t.start();
    auto lease = store::claimNext(c);
    claimNs = t.nsecsElapsed();
    if (!lease)
        return -1;
    if (!lease->has_value())
        return 0;
    store::DecisionRequest r;
    r.decisionId = QUuid::createUuid();
    r.submissionId = (*lease)->submissionId;
    r.decision = r.submissionId % 3 == 0 ? store::Decision::Reject : store::Decision::Approve;
    if (r.decision == store::Decision::Reject)
        r.reasonCodes = {QStringLiteral("background.color"), QStringLiteral("image.blur")};
    r.secondsSpent = 5;
    return store::decide(c, r).ok() ? 1 : -1;
}

// The minimal loop: the same claim shape on a bare table, then decision + status in one transaction.
int baselineCycle(store::Connection& c, qint64& claimNs) {
    QSqlDatabase db = c.db();
    QElapsedTimer t;
    t.start();
    qint64 id = 0;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "UPDATE bench_baseline.items SET lease_holder = session_user, lease_expires_at = now() + "
            "interval '300 s' "
            "WHERE id = (SELECT id FROM bench_baseline.items WHERE status = 'pending' AND "
            "(lease_expires_at IS NULL OR lease_expires_at <= now()) ORDER BY deadline, id LIMIT 1 "
            "FOR UPDATE SKIP LOCKED) RETURNING id"));
        if (!q.exec())
            return -1;
        claimNs = t.nsecsElapsed();
        if (!q.next())
            return 0;
        id = q.value(0).toLongLong();
    }
    if (!db.transaction())
        return -1;
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO bench_baseline.decisions (id, item_id, verdict) VALUES (?::uuid, ?, ?)"));
    ins.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    ins.addBindValue(id);
    ins.addBindValue(QStringLiteral("approve"));
    QSqlQuery upd(db);
    upd.prepare(QStringLiteral("UPDATE bench_baseline.items SET status = 'approved', lease_holder = NULL, "
                               "lease_expires_at = NULL WHERE id = ?"));
    upd.addBindValue(id);
    if (!ins.exec() || !upd.exec()) {
        db.rollback();
        return -1;
    }
    return db.commit() ? 1 : -1;
}

Phase runPhase(const QString& name, const QStringList& connInfos, int seconds, const Cycle& cycle) {
    Phase phase;
    phase.name = name;
    std::mutex mutex;
    std::atomic<bool> stop{false};
    std::atomic<int> ready{0};
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer wall;
    for (const QString& connInfo : connInfos) {
        threads.emplace_back(QThread::create([&, connInfo] {
            auto c = store::Connection::open({connInfo, {}}, QStringLiteral("bench"));
            ++ready;
            if (!c) {
                std::lock_guard lock(mutex);
                ++phase.errors;
                return;
            }
            while (ready.load() < static_cast<int>(connInfos.size()))
                QThread::msleep(1);
            std::vector<double> claims, cycles;
            long long done = 0, errors = 0;
            QElapsedTimer t;
            while (!stop) {
                t.start();
                qint64 claimNs = 0;
                const int r = cycle(*c, claimNs);
                if (r == 0)
                    break;
                if (r < 0) {
                    ++errors;
                    continue;
                }
                ++done;
                claims.push_back(static_cast<double>(claimNs) / 1e6);
                cycles.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            }
            std::lock_guard lock(mutex);
            phase.cycles += done;
            phase.errors += errors;
            phase.claimMs.insert(phase.claimMs.end(), claims.begin(), claims.end());
            phase.cycleMs.insert(phase.cycleMs.end(), cycles.begin(), cycles.end());
        }));
        threads.back()->start();
    }
    while (ready.load() < static_cast<int>(connInfos.size()))
        QThread::msleep(5);
    wall.start();
    QThread::msleep(static_cast<unsigned long>(seconds) * 1000);
    stop = true;
    for (auto& t : threads)
        t->wait();
    phase.seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    return phase;
}

void report(const Phase& p) {
    std::printf(
        "%-9s cycles %7lld in %5.1f s = %7.1f cycles/s | claim ms: median %6.2f p95 %6.2f p99 %6.2f | "
        "cycle ms: median %6.2f p99 %6.2f | errors %lld\n",
        qPrintable(p.name), p.cycles, p.seconds, static_cast<double>(p.cycles) / p.seconds,
        percentile(p.claimMs, 0.5), percentile(p.claimMs, 0.95), percentile(p.claimMs, 0.99),
        percentile(p.cycleMs, 0.5), percentile(p.cycleMs, 0.99), p.errors);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Superuser conninfo (host, port, user)."),
                                      QStringLiteral("conninfo"));
    const QCommandLineOption sessionsOpt(QStringLiteral("sessions"), QStringLiteral("Concurrent sessions."),
                                         QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption countOpt(QStringLiteral("submissions"), QStringLiteral("Pending submissions."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"),
                                        QStringLiteral("Seconds per measured run."), QStringLiteral("s"),
                                        QStringLiteral("20"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"),
                                       QStringLiteral("Alternating baseline/store rounds."),
                                       QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption sqlOpt(QStringLiteral("sql"),
                                    QStringLiteral("SQL run as the superuser after seeding (to measure a "
                                                   "variant, e.g. a trigger disabled)."),
                                    QStringLiteral("sql"));
    parser.addOptions({database, sessionsOpt, countOpt, secondsOpt, roundsOpt, sqlOpt});
    parser.process(app);
    const int sessions = parser.value(sessionsOpt).toInt();
    const int count = parser.value(countOpt).toInt();
    const int seconds = parser.value(secondsOpt).toInt();
    const int rounds = parser.value(roundsOpt).toInt();

    // A server: the given one, or a throwaway one like the test suite's.
    QString superConnInfo = parser.value(database);
    QTemporaryDir envDir;
    const QString script = QStringLiteral(CERTPHOTO_SOURCE_DIR "/scripts/pg-test-cluster");
    const QString envFile = envDir.path() + QStringLiteral("/pg.env");
    if (superConnInfo.isEmpty()) {
        if (QProcess::execute(script, {QStringLiteral("start"), envFile}) != 0)
            return 1;
        QFile f(envFile);
        f.open(QIODevice::ReadOnly);
        QString host, user;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith("CERTPHOTO_TEST_PGHOST="))
                host = QString::fromUtf8(line.mid(22));
            if (line.startsWith("CERTPHOTO_TEST_PGSUPERUSER="))
                user = QString::fromUtf8(line.mid(27));
        }
        superConnInfo = QStringLiteral("host=%1 user=%2").arg(host, user);
    }
    struct StopServer {
        QString script, envFile;
        bool started;
        ~StopServer() {
            if (started)
                QProcess::execute(script, {QStringLiteral("stop"), envFile});
        }
    } stopServer{script, envFile, parser.value(database).isEmpty()};

    const QString dbName = QStringLiteral("bench_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    {
        auto c = store::Connection::open({superConnInfo + QStringLiteral(" dbname=postgres"), {}},
                                         QStringLiteral("bench"));
        if (!c || !exec(c->db(), QStringLiteral("CREATE DATABASE %1").arg(dbName)))
            return 1;
    }
    const QString base = superConnInfo + QStringLiteral(" dbname=") + dbName;
    auto su = store::Connection::open({base, {}}, QStringLiteral("bench"));
    if (!su || !store::upgradeSchema(*su).ok())
        return 1;

    QFile photoFile(QStringLiteral(CERTPHOTO_SOURCE_DIR "/tests/data/faces/portrait-plain-light.jpg"));
    photoFile.open(QIODevice::ReadOnly);
    const QByteArray photo = photoFile.readAll();

    QElapsedTimer seedTime;
    seedTime.start();
    QSqlDatabase db = su->db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO certphoto.photos (sha256, bytes) VALUES (sha256(?), ?)"));
    q.addBindValue(photo);
    q.addBindValue(photo);
    if (!q.exec())
        return 1;
    const QString seed = QStringLiteral(
        "INSERT INTO certphoto.schools (name) VALUES ('bench school');"
        "INSERT INTO certphoto.applicants (school_id, exam_number, name, phone) "
        "  SELECT (SELECT id FROM certphoto.schools), 'B' || g, '考生' || g, '' FROM generate_series(1, %1) "
        "g;"
        "INSERT INTO certphoto.submissions (applicant_id, photo_id, arrived_at, deadline) "
        "  SELECT a.id, (SELECT id FROM certphoto.photos), t, t + interval '48 hours' "
        "  FROM (SELECT id, now() - random() * interval '48 hours' AS t FROM certphoto.applicants) a;"
        "CREATE SCHEMA bench_baseline;"
        "CREATE TABLE bench_baseline.items (id bigserial PRIMARY KEY, deadline timestamptz NOT NULL, "
        "  status text NOT NULL DEFAULT 'pending', lease_holder text, lease_expires_at timestamptz);"
        "CREATE INDEX ON bench_baseline.items (deadline, id) WHERE status = 'pending';"
        "CREATE TABLE bench_baseline.decisions (id uuid PRIMARY KEY, item_id bigint NOT NULL UNIQUE, "
        "  verdict text NOT NULL, decided_at timestamptz NOT NULL DEFAULT now());"
        "INSERT INTO bench_baseline.items (deadline) SELECT deadline FROM certphoto.submissions;"
        "GRANT USAGE ON SCHEMA bench_baseline TO certphoto_auditor;"
        "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA bench_baseline TO certphoto_auditor;"
        "ANALYZE;");
    if (!exec(db, seed.arg(count)))
        return 1;
    if (parser.isSet(sqlOpt) && !exec(db, parser.value(sqlOpt)))
        return 1;
    QStringList connInfos;
    for (int i = 0; i < sessions; ++i) {
        const QString login = QStringLiteral("bench_%1_%2").arg(dbName.mid(6)).arg(i);
        if (!store::createUser(*su, login, {}, store::Role::Auditor).ok())
            return 1;
        connInfos << superConnInfo.section(QStringLiteral(" user="), 0, 0) +
                         QStringLiteral(" dbname=%1 user=%2").arg(dbName, login);
    }
    std::printf(
        "bench-queue: %d pending submissions (one shared %lld-byte photo row), %d sessions, seeded in "
        "%.1f s; %d s per run\n",
        count, static_cast<long long>(photo.size()), sessions,
        static_cast<double>(seedTime.elapsed()) / 1000.0, seconds);
    std::fflush(stdout);

    std::vector<Phase> baseline, store;
    for (int r = 0; r < rounds; ++r) {
        baseline.push_back(runPhase(QStringLiteral("baseline"), connInfos, seconds, baselineCycle));
        report(baseline.back());
        store.push_back(runPhase(QStringLiteral("store"), connInfos, seconds, storeCycle));
        report(store.back());
    }
    auto rate = [](const std::vector<Phase>& v) {
        double cycles = 0, secs = 0;
        for (const auto& p : v) {
            cycles += static_cast<double>(p.cycles);
            secs += p.seconds;
        }
        return cycles / secs;
    };
    const double b = rate(baseline), s = rate(store);
    std::printf(
        "summary: baseline %.1f cycles/s, store %.1f cycles/s = %.0f%% of the baseline (target >= 70%%)\n", b,
        s, 100.0 * s / b);
    QSqlQuery check(db);
    check.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM certphoto.decisions), (SELECT count(*) FROM "
        "certphoto.sms_outbox), (SELECT count(*) FROM certphoto.audit_trail WHERE action = 'decide')"));
    if (check.next())
        std::printf("check: %lld decisions, %lld SMS rows, %lld audit rows\n", check.value(0).toLongLong(),
                    check.value(1).toLongLong(), check.value(2).toLongLong());
    check.finish();
    su = store::Connection::open({superConnInfo + QStringLiteral(" dbname=postgres"), {}},
                                 QStringLiteral("bench"));
    if (su)
        exec(su->db(), QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(dbName));
    return 0;
}

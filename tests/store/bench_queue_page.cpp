// bench-queue-page: the review screen's queue over a large pending set (a million by default), through the
// store's own functions as an auditor: the counts and the first page, the last page, a keyset page at the
// end, a jump by position, filtered pages and counts, and the time from another auditor's claim to the
// listener's notification. Beside each: a baseline in the same run, the bare index walk on the same table
// (no joins, no masking, no function). Not a test: it prints median and spread; docs/queue-benchmark.md.
//   bench-queue-page [--database SUPERUSER_CONNINFO] [--pending 1000000] [--repeat 15]
// Without --database it starts a throwaway cluster with scripts/pg-test-cluster (as the test suite does).
#include <certphoto/store/connection.h>
#include <certphoto/store/migrations.h>
#include <certphoto/store/queue.h>
#include <certphoto/store/queue_events.h>
#include <certphoto/store/queue_page.h>
#include <certphoto/store/users.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace certphoto;

namespace {

bool exec(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        std::fprintf(stderr, "bench-queue-page: %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

struct Figures {
    double median = 0, min = 0, p90 = 0, max = 0;
};

Figures figures(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    auto at = [&](double p) {
        return v[std::min(v.size() - 1, static_cast<std::size_t>(p * double(v.size())))];
    };
    return {at(0.5), v.front(), at(0.9), v.back()};
}

// Runs `f` `repeat` times (after one warm-up); milliseconds of each run. A failing run aborts.
std::vector<double> timed(int repeat, const std::function<bool()>& f) {
    std::vector<double> ms;
    if (!f())
        std::exit(1);
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        if (!f())
            std::exit(1);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return ms;
}

void line(const char* what, const std::vector<double>& ms, const std::vector<double>& base, double goal) {
    const Figures f = figures(ms);
    const Figures b = figures(base);
    std::printf("%-44s median %8.2f ms (min %8.2f, p90 %8.2f, max %8.2f) | baseline median %7.2f ms%s\n",
                what, f.median, f.min, f.p90, f.max, b.median,
                goal > 0 ? (f.median < goal ? qPrintable(QStringLiteral(" | goal < %1 ms: met").arg(goal))
                                            : qPrintable(QStringLiteral(" | goal < %1 ms: MISSED").arg(goal)))
                         : "");
    std::fflush(stdout);
}

template <class R> bool ok(const R& r) {
    if (!r)
        std::fprintf(stderr, "bench-queue-page: %s: %s\n", r.error().code.c_str(), r.error().message.c_str());
    return bool(r);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Superuser conninfo (host, port, user)."),
                                      QStringLiteral("conninfo"));
    const QCommandLineOption pendingOpt(QStringLiteral("pending"), QStringLiteral("Pending submissions."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Runs per figure."),
                                       QStringLiteral("n"), QStringLiteral("15"));
    parser.addOptions({database, pendingOpt, repeatOpt});
    parser.process(app);
    const int pending = parser.value(pendingOpt).toInt();
    const int repeat = parser.value(repeatOpt).toInt();

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
        for (const QByteArray& l : f.readAll().split('\n')) {
            if (l.startsWith("CERTPHOTO_TEST_PGHOST="))
                host = QString::fromUtf8(l.mid(22));
            if (l.startsWith("CERTPHOTO_TEST_PGSUPERUSER="))
                user = QString::fromUtf8(l.mid(27));
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

    const QString dbName =
        QStringLiteral("benchq_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
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

    // The generator: set-based SQL, triggers off (replica mode) so the million rows go in as plain inserts;
    // the generated column (the core's reasons) is computed all the same. 20 schools, two levels, verdicts
    // pass/review/fail 60/25/15 %, deadlines over the next 48 hours with about 5 % overdue.
    QElapsedTimer seedTime;
    seedTime.start();
    const QString seed = QStringLiteral(
        "SET session_replication_role = replica;"
        "INSERT INTO certphoto.photos (sha256, bytes) VALUES (sha256('\\xffd8ffd9'::bytea), "
        "'\\xffd8ffd9'::bytea);"
        "INSERT INTO certphoto.schools (name) SELECT '学校' || g FROM generate_series(1, 20) g;"
        "INSERT INTO certphoto.applicants (school_id, exam_number, name, level, phone) "
        "  SELECT (SELECT min(id) FROM certphoto.schools) + g % 20, 'Q' || g, '考生' || g, "
        "         CASE WHEN g % 3 = 0 THEN '专科' ELSE '本科' END, '' FROM generate_series(1, %1) g;"
        "INSERT INTO certphoto.submissions (applicant_id, photo_id, arrived_at, deadline) "
        "  SELECT a.id, (SELECT id FROM certphoto.photos), d - interval '48 hours', d "
        "  FROM (SELECT id, now() - interval '150 minutes' + random() * interval '48 hours' AS d "
        "        FROM certphoto.applicants) a;"
        "INSERT INTO certphoto.compliance_reports (submission_id, report, verdict, core_version, profile) "
        "  SELECT s.id, CASE WHEN v = 'pass' THEN '{\"checks\":[{\"id\":\"head.size\",\"status\":\"pass\","
        "                   \"reason\":\"head.size\"}]}'::jsonb "
        "              ELSE jsonb_build_object('checks', jsonb_build_array(jsonb_build_object('id', "
        "                   'eyes.line', 'status', CASE WHEN v = 'fail' THEN 'fail' ELSE 'warn' END, "
        "                   'reason', CASE WHEN s.id % 7 = 0 THEN 'face.shine' ELSE 'head.position' END))) "
        "END, "
        "         v, 'bench', 'chsi-graduation' "
        "  FROM (SELECT id, CASE WHEN id % 20 < 12 THEN 'pass' WHEN id % 20 < 17 THEN 'review' ELSE 'fail' "
        "END "
        "        AS v FROM certphoto.submissions) s;"
        "SET session_replication_role = origin;");
    for (const QString& statement : seed.arg(pending).split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!exec(su->db(), statement))
            return 1;
    if (!exec(su->db(), QStringLiteral("VACUUM ANALYZE")))
        return 1;
    const QString login = QStringLiteral("benchq_%1").arg(dbName.mid(7));
    const QString other = login + QStringLiteral("_b");
    if (!store::createUser(*su, login, {}, store::Role::Auditor).ok() ||
        !store::createUser(*su, other, {}, store::Role::Auditor).ok())
        return 1;
    const QString hostPart = superConnInfo.section(QStringLiteral(" user="), 0, 0);
    const store::ConnectionSettings me{hostPart + QStringLiteral(" dbname=%1 user=%2").arg(dbName, login),
                                       {}};
    auto a = store::Connection::open(me, QStringLiteral("bench"));
    auto b = store::Connection::open({hostPart + QStringLiteral(" dbname=%1 user=%2").arg(dbName, other), {}},
                                     QStringLiteral("bench"));
    if (!a || !b)
        return 1;
    std::printf("bench-queue-page: %d pending submissions generated in %.1f s; %d runs per figure (after one "
                "warm-up), pages of 100\n",
                pending, double(seedTime.elapsed()) / 1000.0, repeat);
    std::fflush(stdout);

    QSqlDatabase sudb = su->db();
    auto bare = [&](const QString& sql) {
        return [sudb, sql] {
            QSqlQuery q(sudb);
            if (!q.exec(sql)) {
                std::fprintf(stderr, "bench-queue-page: %s\n", qPrintable(q.lastError().text()));
                return false;
            }
            while (q.next()) {
            }
            return true;
        };
    };
    const auto baseFirst =
        timed(repeat, bare(QStringLiteral("SELECT id, deadline FROM certphoto.submissions WHERE status = "
                                          "'pending' ORDER BY deadline, id LIMIT 101")));
    const auto baseLast =
        timed(repeat, bare(QStringLiteral("SELECT id, deadline FROM certphoto.submissions WHERE status = "
                                          "'pending' ORDER BY deadline DESC, id DESC LIMIT 101")));
    const auto baseCount = timed(
        repeat, bare(QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE status = 'pending'")));

    const store::QueueFilter all;
    std::optional<store::QueueKey> deepKey;
    const auto first = timed(repeat, [&] { return ok(store::queuePageAfter(*a, all, std::nullopt, 100)); });
    const auto counts = timed(repeat, [&] { return ok(store::queueCounts(*a, all)); });
    const auto both = timed(repeat, [&] {
        return ok(store::queueCounts(*a, all)) && ok(store::queuePageAfter(*a, all, std::nullopt, 100));
    });
    const auto last = timed(repeat, [&] {
        auto p = store::queuePageBefore(*a, all, std::nullopt, 100);
        if (p && !p->rows.empty())
            deepKey = p->rows.front().key();
        return ok(p);
    });
    // Scrolling at the end: the page before the last one, by its key.
    const auto nearEnd = timed(repeat, [&] { return ok(store::queuePageBefore(*a, all, deepKey, 100)); });
    const auto afterDeep = timed(repeat, [&] { return ok(store::queuePageAfter(*a, all, deepKey, 100)); });
    const auto jump =
        timed(std::max(3, repeat / 3), [&] { return ok(store::queuePageAt(*a, all, pending / 2, 100)); });

    store::QueueFilter school;
    school.school = QStringLiteral("学校7");
    store::QueueFilter shine;
    shine.reasonCode = QStringLiteral("face.shine");
    store::QueueFilter failing;
    failing.coreVerdict = QStringLiteral("fail");
    store::QueueFilter overdue;
    overdue.overdueOnly = true;
    const auto schoolPage =
        timed(repeat, [&] { return ok(store::queuePageAfter(*a, school, std::nullopt, 100)); });
    const auto schoolLast =
        timed(repeat, [&] { return ok(store::queuePageBefore(*a, school, std::nullopt, 100)); });
    const auto shinePage =
        timed(repeat, [&] { return ok(store::queuePageAfter(*a, shine, std::nullopt, 100)); });
    const auto failPage =
        timed(repeat, [&] { return ok(store::queuePageAfter(*a, failing, std::nullopt, 100)); });
    const auto overduePage =
        timed(repeat, [&] { return ok(store::queuePageAfter(*a, overdue, std::nullopt, 100)); });
    const auto schoolCounts =
        timed(std::max(3, repeat / 3), [&] { return ok(store::queueCounts(*a, school)); });

    // Live: another auditor claims; how long until this listener hears of it.
    store::QueueNotifier notifier(me);
    std::vector<double> live;
    {
        notifier.start();
        if (!notifier.isListening())
            return 1;
        QElapsedTimer t;
        qint64 waitingFor = 0;
        QEventLoop loop;
        QObject::connect(
            &notifier, &store::QueueNotifier::queueEvent, &loop, [&](const store::QueueEvent& ev) {
                if (ev.kind == store::QueueEvent::Kind::Claimed && ev.submissionId == waitingFor) {
                    live.push_back(double(t.nsecsElapsed()) / 1e6);
                    loop.quit();
                }
            });
        for (int i = 0; i < repeat; ++i) {
            t.start();
            auto l = store::claimNext(*b);
            if (!l || !l->has_value())
                return 1;
            waitingFor = (*l)->submissionId;
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
            (void)store::releaseLease(*b, waitingFor);
            QCoreApplication::processEvents();
        }
        notifier.stop();
    }
    const auto baseNotify = timed(repeat, bare(QStringLiteral("SELECT 1")));

    std::printf("\n");
    line("counts + first page (the model's first rows)", both, baseFirst, 300);
    line("  first page alone", first, baseFirst, 0);
    line("  counts alone (pending, overdue, mine)", counts, baseCount, 0);
    line("last page (scrolled to the end)", last, baseLast, 50);
    line("page before the last (keyset, at the end)", nearEnd, baseLast, 50);
    line("page after a key at the end", afterDeep, baseLast, 50);
    line("jump to the middle by position (offset)", jump, baseFirst, 0);
    line("filter school (1 of 20): first page", schoolPage, baseFirst, 300);
    line("filter school (1 of 20): last page", schoolLast, baseLast, 50);
    line("filter reason face.shine: first page", shinePage, baseFirst, 300);
    line("filter verdict fail: first page", failPage, baseFirst, 300);
    line("filter overdue: first page", overduePage, baseFirst, 300);
    line("filter school: counts", schoolCounts, baseCount, 0);
    line("claim by another auditor -> notification here", live, baseNotify, 50);
    {
        QSqlQuery q(sudb);
        q.exec(QStringLiteral("SELECT pg_size_pretty(pg_database_size(current_database()))"));
        if (q.next())
            std::printf("database size %s\n", qPrintable(q.value(0).toString()));
    }
    return 0;
}

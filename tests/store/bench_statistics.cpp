// bench-statistics: every query behind the statistics screen for a 90-day range, over one million decisions
// (90 days, 100 auditors, 20 schools) and 50,000 pending submissions generated with SQL, through the store's
// own functions as a supervisor login; each plan's scans (auto_explain, nested statements); and the same
// questions as naive GROUP BY over the raw tables, measured in the same run as the baseline.
//   bench-statistics [--database SUPERUSER_CONNINFO] [--decisions 1000000] [--pending 50000] [--runs 7]
//                    [--baseline-runs 3] [--server-log FILE]
// Without --database it starts a throwaway cluster with scripts/pg-test-cluster (as the test suite does) and
// reads the plans from its log. Not a test: it prints numbers; docs/statistics.md has the figures.
#include <certphoto/store/connection.h>
#include <certphoto/store/migrations.h>
#include <certphoto/store/statistics.h>
#include <certphoto/store/users.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
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
        std::fprintf(stderr, "bench-statistics: %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    while (q.next()) {
    }
    return true;
}

struct Timing {
    double median = 0, min = 0, max = 0;
};

Timing timeRuns(int runs, const std::function<bool()>& once) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!once())
            return {-1, -1, -1};
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}

template <typename T> bool ok(const Result<T>& r) {
    if (!r)
        std::fprintf(stderr, "bench-statistics: %s: %s\n", r.error().code.c_str(), r.error().message.c_str());
    return r.ok();
}

// The data: 20 schools (every fourth promises 24 h, the others 48 h), one applicant per submission, eight
// kinds of report (five pass every check; three fail one check each), decisions at office hours with a
// lunch dip, handling times skewed towards short, rejections following the core's failing check mostly.
const char* kSeed = R"SQL(
SET session_replication_role = replica;
INSERT INTO certphoto.photos (sha256, bytes) VALUES (sha256('bench'), 'bench');
INSERT INTO certphoto.schools (id, name, deadline_hours)
    SELECT s, 'school ' || lpad(s::text, 2, '0'), CASE WHEN s % 4 = 0 THEN 24 ELSE 48 END
    FROM generate_series(1, 20) s;
CREATE TEMP TABLE variants AS
SELECT v, jsonb_build_object('verdict', CASE WHEN v >= 5 THEN 'fail' ELSE 'pass' END, 'checks', jsonb_build_array(
    jsonb_build_object('id', 'background.color', 'status', CASE WHEN v = 5 THEN 'fail' ELSE 'pass' END, 'reason', 'background.color'),
    jsonb_build_object('id', 'head.size', 'status', CASE WHEN v = 6 THEN 'fail' ELSE 'pass' END, 'reason', 'head.size'),
    jsonb_build_object('id', 'image.blur', 'status', CASE WHEN v = 7 THEN 'fail' ELSE 'pass' END, 'reason', 'image.blur'),
    jsonb_build_object('id', 'eyes.line', 'status', CASE WHEN v = 7 THEN 'warn' ELSE 'pass' END, 'reason', 'eyes'),
    jsonb_build_object('id', 'glasses.glare', 'status', 'pass', 'reason', 'glasses.glare'),
    jsonb_build_object('id', 'image.exposure', 'status', 'pass', 'reason', 'image.exposure'))) AS report,
    CASE WHEN v >= 5 THEN 'fail' ELSE 'pass' END AS verdict,
    (ARRAY['', '', '', '', '', 'background.color', 'head.size', 'image.blur'])[v + 1] AS failing
FROM generate_series(0, 7) v;
CREATE TEMP TABLE gen AS
SELECT g, school, CASE WHEN school % 4 = 0 THEN 24 ELSE 48 END AS hours, g % 8 AS v, auditor,
       least(now() - interval '1 minute',
             ((date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') - make_interval(days => d))
              + make_interval(hours => (ARRAY[8,9,9,9,10,10,10,10,11,11,11,11,12,13,14,14,14,14,15,15,15,15,16,16,16,17,17,18])[1 + floor(random() * 28)::int],
                              secs => floor(random() * 3600)::int)) AT TIME ZONE 'Asia/Shanghai') AS decided_at,
       make_interval(secs => floor(300 + random() * random() * 40 * 3600)::int) AS turnaround,
       random() AS r1, random() AS r2
-- day, auditor and school drawn independently: every auditor works every day, for every school
FROM (SELECT g, floor(random() * %DAYS%)::int AS d, floor(random() * 100)::int AS auditor,
             1 + floor(random() * 20)::int AS school
      FROM generate_series(1, %DECISIONS%) g) x;
INSERT INTO certphoto.applicants (id, school_id, exam_number, name, phone)
    SELECT g, school, 'B' || g, '考生', '' FROM gen;
INSERT INTO certphoto.applicants (id, school_id, exam_number, name, phone)
    SELECT g, 1 + g % 20, 'B' || g, '考生', '' FROM generate_series(%DECISIONS% + 1, %DECISIONS% + %PENDING%) g;
INSERT INTO certphoto.submissions (id, applicant_id, photo_id, arrived_at, deadline, status)
    SELECT g, g, 1, decided_at - turnaround, decided_at - turnaround + make_interval(hours => hours),
           CASE WHEN (CASE WHEN v >= 5 THEN r1 < 0.25 ELSE r1 < 0.9 END) THEN 'approved' ELSE 'rejected' END
    FROM gen;
INSERT INTO certphoto.submissions (id, applicant_id, photo_id, arrived_at, deadline, status)
    SELECT g, g, 1, t, t + make_interval(hours => CASE WHEN (1 + g % 20) % 4 = 0 THEN 24 ELSE 48 END), 'pending'
    FROM (SELECT g, now() - random() * interval '60 hours' AS t
          FROM generate_series(%DECISIONS% + 1, %DECISIONS% + %PENDING%) g) p;
INSERT INTO certphoto.compliance_reports (submission_id, report, verdict, core_version, profile)
    SELECT s.id, x.report, x.verdict, 'bench', 'chsi-graduation'
    FROM certphoto.submissions s JOIN variants x ON x.v = s.id % 8;
INSERT INTO certphoto.decisions (id, submission_id, actor, verdict, reason_codes, seconds_spent, decided_at)
    SELECT gen_random_uuid(), g.g, 'auditor_' || lpad(g.auditor::text, 3, '0'),
           CASE WHEN s.status = 'approved' THEN 'approve' ELSE 'reject' END,
           CASE WHEN s.status = 'approved' THEN '{}'::text[]
                WHEN x.failing <> '' AND g.r2 < 0.8 THEN ARRAY[x.failing]
                WHEN g.r2 < 0.9 THEN ARRAY[(ARRAY['ears.hidden', 'jewellery', 'hair.covering', 'head.size'])[1 + floor(g.r2 * 40)::int % 4]]
                ELSE ARRAY['background.uniformity', 'image.exposure'] END,
           floor(4 + 100 * g.r2 * g.r2 * g.r1 + 20 * g.r1)::int, g.decided_at
    FROM gen g JOIN certphoto.submissions s ON s.id = g.g JOIN variants x ON x.v = g.v
    ORDER BY g.decided_at; -- stored in the order they were made, as decide() stores them
SELECT setval('certphoto.submissions_id_seq', %DECISIONS% + %PENDING%);
SELECT setval('certphoto.applicants_id_seq', %DECISIONS% + %PENDING%);
SELECT setval('certphoto.schools_id_seq', 20);
SET session_replication_role = DEFAULT;
)SQL";

struct Naive {
    const char* name;
    QString sql;
};

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Superuser conninfo (host, port, user)."),
                                      QStringLiteral("conninfo"));
    const QCommandLineOption decisionsOpt(QStringLiteral("decisions"), QStringLiteral("Decisions."),
                                          QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption pendingOpt(QStringLiteral("pending"), QStringLiteral("Pending submissions."),
                                        QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption daysOpt(QStringLiteral("days"), QStringLiteral("Days of history."),
                                     QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Timed runs per store query."),
                                     QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption baselineRunsOpt(QStringLiteral("baseline-runs"),
                                             QStringLiteral("Timed runs per naive query."),
                                             QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption logOpt(QStringLiteral("server-log"),
                                    QStringLiteral("The server's log file (plans are read from it)."),
                                    QStringLiteral("file"));
    parser.addOptions({database, decisionsOpt, pendingOpt, daysOpt, runsOpt, baselineRunsOpt, logOpt});
    parser.process(app);
    const int decisions = parser.value(decisionsOpt).toInt();
    const int pending = parser.value(pendingOpt).toInt();
    const int days = parser.value(daysOpt).toInt();
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const int baselineRuns = std::max(1, parser.value(baselineRunsOpt).toInt());
    QString serverLog = parser.value(logOpt);

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
            if (line.startsWith("CERTPHOTO_TEST_PGLOG="))
                serverLog = QString::fromUtf8(line.mid(21));
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
    QSqlDatabase sdb = su->db();

    QElapsedTimer t;
    t.start();
    QString seed = QString::fromUtf8(kSeed);
    seed.replace(QStringLiteral("%DECISIONS%"), QString::number(decisions))
        .replace(QStringLiteral("%PENDING%"), QString::number(pending))
        .replace(QStringLiteral("%DAYS%"), QString::number(days));
    if (!exec(sdb, seed))
        return 1;
    const double seedS = static_cast<double>(t.restart()) / 1000.0;
    auto rebuilt = store::rebuildStatistics(*su);
    if (!ok(rebuilt))
        return 1;
    const double rebuildS = static_cast<double>(t.restart()) / 1000.0;
    if (!exec(sdb, QStringLiteral("VACUUM ANALYZE")))
        return 1;
    const double analyzeS = static_cast<double>(t.restart()) / 1000.0;
    std::printf("bench-statistics: %d decisions over %d days by 100 auditors in 20 schools, %d pending\n",
                decisions, days, pending);
    std::printf("  generated raw rows in %.1f s; stats_rebuild() counted %lld decisions in %.1f s; VACUUM "
                "ANALYZE %.1f s\n",
                seedS, static_cast<long long>(*rebuilt), rebuildS, analyzeS);
    {
        QSqlQuery q(sdb);
        q.exec(QStringLiteral(
            "SELECT relname, n_live_tup FROM pg_stat_user_tables WHERE schemaname = 'certphoto' AND relname "
            "IN "
            "('decision_facts','throughput_hourly','auditor_daily','handling_histogram','reason_daily',"
            "'check_daily','check_reason_daily','check_disagreements','promise_daily','pending_deadlines') "
            "ORDER BY relname"));
        std::printf("  summary rows:");
        while (q.next())
            std::printf(" %s %lld;", qPrintable(q.value(0).toString()), q.value(1).toLongLong());
        std::printf("\n");
    }

    if (!store::createUser(*su, QStringLiteral("bench_sup_") + dbName.mid(6), {}, store::Role::Supervisor))
        return 1;
    auto sup = store::Connection::open(
        {superConnInfo.section(QStringLiteral(" user="), 0, 0) +
             QStringLiteral(" dbname=%1 user=bench_sup_%2").arg(dbName, dbName.mid(6)),
         {}},
        QStringLiteral("bench"));
    if (!sup)
        return 1;

    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
    const store::StatsRange range{today.addDays(-(days - 1)), today};
    std::printf(
        "  range %s .. %s (Asia/Shanghai days); %d timed runs after one warm-up, ms: median [min-max]\n\n",
        qPrintable(range.from.toString(Qt::ISODate)), qPrintable(range.to.toString(Qt::ISODate)), runs);

    struct Query {
        const char* name;
        const char* sqlCall; // for the plan
        std::function<bool()> run;
        QString naive;
    };
    store::Connection& c = *sup;
    QString topCheck = QStringLiteral("background.color");
    const QString from = range.from.toString(Qt::ISODate), to = range.to.toString(Qt::ISODate);
    const QString fromTs = QStringLiteral("('%1'::date::timestamp AT TIME ZONE 'Asia/Shanghai')").arg(from);
    const QString toTs = QStringLiteral("(('%1'::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')").arg(to);
    const QString dayOf = QStringLiteral("(d.decided_at AT TIME ZONE 'Asia/Shanghai')::date");
    const QString inRange = QStringLiteral("d.decided_at >= %1 AND d.decided_at < %2").arg(fromTs, toTs);
    const QString todayS = today.toString(Qt::ISODate);
    std::vector<Query> queries = {
        {"throughput per day", "stats_throughput('%F', '%T', false, false)",
         [&] { return ok(store::throughput(c, range, false, false)); },
         QStringLiteral(
             "SELECT %1, count(*) FILTER (WHERE verdict = 'approve'), count(*) FILTER (WHERE verdict "
             "= 'reject') FROM certphoto.decisions d WHERE %2 GROUP BY 1 ORDER BY 1")
             .arg(dayOf, inRange)},
        {"throughput per day per auditor", "stats_throughput('%F', '%T', false, true)",
         [&] { return ok(store::throughput(c, range, false, true)); },
         QStringLiteral(
             "SELECT %1, actor, count(*) FILTER (WHERE verdict = 'approve'), count(*) FILTER (WHERE "
             "verdict = 'reject') FROM certphoto.decisions d WHERE %2 GROUP BY 1, 2 ORDER BY 1, 2")
             .arg(dayOf, inRange)},
        {"throughput per hour (today)", "stats_throughput('%D', '%D', true, false)",
         [&] {
             return ok(store::throughput(c, {today, today}, true, false));
         },
         QStringLiteral(
             "SELECT extract(hour FROM d.decided_at AT TIME ZONE 'Asia/Shanghai'), count(*) FILTER "
             "(WHERE verdict = 'approve'), count(*) FILTER (WHERE verdict = 'reject') FROM "
             "certphoto.decisions d WHERE %1 = '%2' GROUP BY 1 ORDER BY 1")
             .arg(dayOf, todayS)},
        {"deadline risk now", "stats_deadline_risk()", [&] { return ok(store::deadlineRisk(c)); },
         QStringLiteral(
             "SELECT sc.name, count(*) FILTER (WHERE s.deadline <= now()), count(*) FILTER (WHERE s.deadline "
             "> "
             "now() AND s.deadline < now() + interval '4 hours'), count(*) FILTER (WHERE s.deadline >= now() "
             "+ "
             "interval '4 hours' AND s.deadline < now() + interval '12 hours'), count(*) FILTER (WHERE "
             "s.deadline >= now() + interval '12 hours' AND s.deadline < now() + interval '24 hours'), "
             "count(*) "
             "FILTER (WHERE s.deadline >= now() + interval '24 hours' AND s.deadline < now() + interval '48 "
             "hours'), count(*) FILTER (WHERE s.deadline >= now() + interval '48 hours'), min(s.arrived_at) "
             "FROM certphoto.submissions s JOIN certphoto.applicants a ON a.id = s.applicant_id JOIN "
             "certphoto.schools sc ON sc.id = a.school_id WHERE s.status = 'pending' GROUP BY ROLLUP "
             "(sc.name)")},
        {"promise kept per day", "stats_promise_kept('%F', '%T')",
         [&] { return ok(store::promiseKept(c, range)); },
         QStringLiteral(
             "SELECT %1, count(*), count(*) FILTER (WHERE d.decided_at <= s.deadline), "
             "percentile_cont(0.5) WITHIN GROUP (ORDER BY d.decided_at - s.arrived_at), "
             "percentile_cont(0.95) WITHIN GROUP (ORDER BY d.decided_at - s.arrived_at) FROM "
             "certphoto.decisions d JOIN certphoto.submissions s ON s.id = d.submission_id WHERE %2 "
             "GROUP BY 1 ORDER BY 1")
             .arg(dayOf, inRange)},
        {"auditors", "stats_auditors('%F', '%T')", [&] { return ok(store::auditorFigures(c, range)); },
         QStringLiteral(
             "SELECT d.actor, count(*), count(*) FILTER (WHERE d.verdict = 'approve'), "
             "percentile_cont(0.5) WITHIN GROUP (ORDER BY d.seconds_spent), percentile_cont(0.9) "
             "WITHIN GROUP (ORDER BY d.seconds_spent), count(*) FILTER (WHERE d.verdict = 'approve' "
             "AND r.verdict = 'fail'), count(*) FILTER (WHERE d.verdict = 'reject' AND r.verdict = "
             "'pass') FROM certphoto.decisions d LEFT JOIN certphoto.compliance_reports r ON "
             "r.submission_id = d.submission_id WHERE %1 GROUP BY 1 ORDER BY 2 DESC")
             .arg(inRange)},
        {"rejection reasons", "stats_reasons('%F', '%T')",
         [&] { return ok(store::rejectionReasons(c, range)); },
         QStringLiteral(
             "SELECT code, count(*) FROM certphoto.decisions d, unnest(d.reason_codes) code WHERE %1 "
             "GROUP BY 1 ORDER BY 2 DESC")
             .arg(inRange)},
        {"rejection reasons per day", "stats_reasons_per_day('%F', '%T')",
         [&] { return ok(store::rejectionReasonsPerDay(c, range)); },
         QStringLiteral(
             "SELECT %1, code, count(*) FROM certphoto.decisions d, unnest(d.reason_codes) code WHERE "
             "%2 GROUP BY 1, 2 ORDER BY 1, 3 DESC")
             .arg(dayOf, inRange)},
        {"core against auditors", "stats_core_agreement('%F', '%T')",
         [&] { return ok(store::coreAgreement(c, range)); },
         QStringLiteral(
             "SELECT e->>'id', count(*) FILTER (WHERE e->>'status' = 'fail'), count(*) FILTER (WHERE "
             "e->>'status' = 'fail' AND d.verdict = 'approve'), count(*) FILTER (WHERE e->>'status' = "
             "'pass'), "
             "count(*) FILTER (WHERE e->>'status' = 'pass' AND d.verdict = 'reject' AND e->>'reason' = ANY "
             "(d.reason_codes)) FROM certphoto.decisions d JOIN certphoto.compliance_reports r ON "
             "r.submission_id = d.submission_id, jsonb_array_elements(r.report->'checks') e WHERE %1 GROUP "
             "BY "
             "1")
             .arg(inRange)},
        {"day totals (today)", "stats_day_totals('%D')", [&] { return ok(store::dayTotals(c, today)); },
         QStringLiteral(
             "SELECT (SELECT count(*) FROM certphoto.decisions d WHERE %1 = '%2'), (SELECT count(*) "
             "FROM certphoto.submissions s WHERE (s.arrived_at AT TIME ZONE 'Asia/Shanghai')::date = "
             "'%2'), (SELECT count(*) FROM certphoto.submissions WHERE status = 'pending'), (SELECT "
             "count(*) FROM certphoto.submissions WHERE status = 'pending' AND deadline <= now())")
             .arg(dayOf, todayS)},
    };
    Query click{
        "rows behind a check (a click)",
        "stats_disagreements('%F', '%T', 'background.color', "
        "'failed_approved', 500)",
        [&] {
            return ok(store::disagreements(c, range, topCheck, store::DisagreementKind::FailedButApproved));
        },
        QStringLiteral("SELECT d.submission_id, d.decided_at, d.actor FROM certphoto.decisions d JOIN "
                       "certphoto.compliance_reports r ON r.submission_id = d.submission_id WHERE %1 AND "
                       "d.verdict = 'approve' AND r.report->'checks' @> "
                       "'[{\"id\":\"background.color\",\"status\":\"fail\"}]' ORDER BY d.decided_at "
                       "DESC LIMIT 500")
            .arg(inRange)};

    double storeTotal = 0, naiveTotal = 0;
    std::printf("%-32s %26s %30s\n", "query", "store (summary tables)", "naive GROUP BY (raw tables)");
    auto measure = [&](Query& q, bool counted) {
        q.run(); // warm-up
        const Timing s = timeRuns(runs, q.run);
        exec(sdb, q.naive); // warm-up
        const Timing n = timeRuns(baselineRuns, [&] { return exec(sdb, q.naive); });
        std::printf("%-32s %9.1f [%6.1f-%6.1f] %12.1f [%7.1f-%7.1f]\n", q.name, s.median, s.min, s.max,
                    n.median, n.min, n.max);
        std::fflush(stdout);
        if (counted) {
            storeTotal += s.median;
            naiveTotal += n.median;
        }
    };
    for (Query& q : queries)
        measure(q, true);
    std::printf("%-32s %9.1f %31.1f\n", "ALL OF THE SCREEN TOGETHER", storeTotal, naiveTotal);
    {
        // The whole screen as one sequence, timed end to end (what opening the screen costs).
        const Timing all = timeRuns(runs, [&] {
            for (Query& q : queries)
                if (!q.run())
                    return false;
            return true;
        });
        std::printf("%-32s %9.1f [%6.1f-%6.1f]\n", "  (one sequence, end to end)", all.median, all.min,
                    all.max);
    }
    measure(click, false);
    {
        // The first auditors' call for a range each day merges its closed days and caches the merge.
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            if (!exec(sdb,
                      QStringLiteral(
                          "TRUNCATE certphoto.handling_range_histogram, certphoto.handling_range_cache")))
                return 1;
            QElapsedTimer one;
            one.start();
            if (!ok(store::auditorFigures(c, range)))
                return 1;
            ms.push_back(static_cast<double>(one.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        std::printf("%-32s %9.1f [%6.1f-%6.1f]\n", "auditors, first call (cold)", ms[ms.size() / 2],
                    ms.front(), ms.back());
        static_cast<void>(store::auditorFigures(c, range)); // warm again for the plans below
    }

    // Plans: auto_explain logs every statement inside the functions; we print their scans.
    if (serverLog.isEmpty()) {
        std::printf("\n(no server log given: plans not printed; pass --server-log)\n");
        return 0;
    }
    std::printf("\nplans (auto_explain, statements inside each function; scans only)\n");
    exec(sdb, QStringLiteral("LOAD 'auto_explain'; SET auto_explain.log_min_duration = 0; SET "
                             "auto_explain.log_nested_statements = on; SET auto_explain.log_analyze = off"));
    static const QRegularExpression scan(QStringLiteral(
        R"(((Index Only Scan|Index Scan|Bitmap Index Scan|Bitmap Heap Scan|Seq Scan|Function Scan)( Backward)? (using \S+ )?on \S+))"));
    std::vector<Query*> all;
    for (Query& q : queries)
        all.push_back(&q);
    all.push_back(&click);
    for (Query* q : all) {
        QFile log(serverLog);
        log.open(QIODevice::ReadOnly);
        const qint64 start = log.size();
        QString call = QString::fromLatin1(q->sqlCall);
        call.replace(QStringLiteral("%F"), from)
            .replace(QStringLiteral("%T"), to)
            .replace(QStringLiteral("%D"), todayS);
        exec(sdb, QStringLiteral("SELECT * FROM certphoto.") + call);
        QThread::msleep(200); // the logger writes asynchronously
        log.seek(start);
        const QString text = QString::fromUtf8(log.readAll());
        QStringList scans;
        auto it = scan.globalMatch(text);
        while (it.hasNext()) {
            const QString s = it.next().captured(1);
            if (!s.contains(QLatin1String("stats_")) && !scans.contains(s))
                scans << s;
        }
        std::printf("  %-30s %s\n", q->name, qPrintable(scans.join(QStringLiteral("; "))));
    }
    return 0;
}

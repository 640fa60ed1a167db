// bench-statistics-screen: how long the statistics screen takes from opening to every figure painted, on a
// database of your choice (e.g. the one bench-statistics fills with a million decisions), beside the
// store's queries alone measured in the same run (loadFigures on its own connection, no widgets).
//   QT_QPA_PLATFORM=offscreen bench-statistics-screen --connect "host=... dbname=... user=SUPERVISOR"
//                                                     [--days 90] [--runs 5]
// Not a test: it prints median and spread; docs/statistics-screen.md has the figures.
#include "database.h"
#include "session.h"
#include "statistics_window.h"

#include <certphoto/common/logging.h>
#include <certphoto/report/figures.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace certphoto;

namespace {
struct Spread {
    double median, min, max;
};
Spread spread(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.front(), v.back()};
}
} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption connect(QStringLiteral("connect"), QStringLiteral("Supervisor conninfo."),
                                     QStringLiteral("conninfo"));
    const QCommandLineOption daysOpt(QStringLiteral("days"), QStringLiteral("Days in the range."),
                                     QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Timed runs."),
                                     QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({connect, daysOpt, runsOpt});
    parser.process(app);
    const QString connInfo = parser.value(connect);
    const int days = std::max(1, parser.value(daysOpt).toInt());
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    logging::init(QStringLiteral("bench-statistics-screen"), logging::Level::Error);
    const QDate today = QDate::currentDate();
    const store::StatsRange range{today.addDays(-(days - 1)), today};

    // Baseline: the queries alone, on this thread's own connection.
    auto c = store::Connection::open({connInfo, {}}, QStringLiteral("bench"));
    if (!c) {
        std::fprintf(stderr, "bench-statistics-screen: %s\n", c.error().message.c_str());
        return 1;
    }
    std::vector<double> queries;
    int decisions = 0;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto f = report::loadFigures(*c, range, false);
        if (!f) {
            std::fprintf(stderr, "bench-statistics-screen: %s\n", f.error().message.c_str());
            return 1;
        }
        if (i > 0)
            queries.push_back(double(t.nsecsElapsed()) / 1e6);
        decisions = 0;
        for (const auto& b : f->throughput)
            decisions += b.approved + b.rejected;
    }

    app::Database db(store::ConnectionSettings{connInfo, {}});
    app::Session session;
    session.login = c->userName();
    session.roles = {store::Role::Supervisor};
    std::vector<double> openToday, rangeLoad, rangeApply;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer t;
        t.start();
        // Opening: the window asks for today at once, as when a supervisor logs in.
        app::StatisticsWindow w(&db, session);
        w.resize(1440, 1000);
        w.show();
        if (!QTest::qWaitFor([&] { return !w.isLoading(); }, 120'000))
            return 1;
        const double opened = double(t.nsecsElapsed()) / 1e6;
        // Then the whole range: from asking to every figure set and painted.
        w.setRange(range);
        if (!QTest::qWaitFor([&] { return !w.isLoading(); }, 120'000))
            return 1;
        if (i > 0) {
            openToday.push_back(opened);
            rangeLoad.push_back(double(w.lastLoadMs()));
            rangeApply.push_back(double(w.lastApplyMs()));
        }
        w.close();
        (void)QTest::qWaitFor([&] { return db.pendingJobs() == 0; }, 20'000);
    }
    const Spread q = spread(queries), o = spread(openToday), l = spread(rangeLoad), a = spread(rangeApply);
    std::printf(
        "bench-statistics-screen: %s .. %s (%d days), %d decisions in range; %d runs after one warm-up, "
        "ms: median [min-max]\n",
        qPrintable(range.from.toString(Qt::ISODate)), qPrintable(range.to.toString(Qt::ISODate)), days,
        decisions, runs);
    std::printf("  baseline: every query behind the screen for the range (loadFigures), no widgets %8.1f "
                "[%.1f-%.1f]\n",
                q.median, q.min, q.max);
    std::printf(
        "  opening the screen (today) -> every figure painted                           %8.1f [%.1f-%.1f]\n",
        o.median, o.min, o.max);
    std::printf(
        "  the range asked -> every figure set and painted                               %8.1f [%.1f-%.1f]\n",
        l.median, l.min, l.max);
    std::printf(
        "    of which on the GUI thread: models and charts set, then painted            %8.1f [%.1f-%.1f]\n",
        a.median, a.min, a.max);
    logging::shutdown();
    return 0;
}

// Grabs the statistics screen, one chart export and the daily report, in one language per run:
//   QT_QPA_PLATFORM=offscreen certphoto-statistics-screenshots --lang zh|en OUTDIR
// on the seeded history (needs the pg fixture's env in CERTPHOTO_TEST_PG_ENV), or, on a database filled by
// certphoto-demo --history-days N, as a supervisor (files named *-demo-<lang>.*):
//   ... --connect "host=... dbname=... user=demo_supervisor" [--days 14] OUTDIR
#include "app_fixture.h"
#include "stats_seed.h"

#include "app_options.h"
#include "statistics_window.h"

#include <certphoto/common/logging.h>
#include <certphoto/report/chart_panel.h>

#include <QApplication>
#include <QDir>
#include <QTest>

using namespace certphoto;

namespace {
QString arg(const QStringList& args, const QString& name) {
    const int at = int(args.indexOf(name));
    return at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
}
} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString lang = arg(args, QStringLiteral("--lang")).isEmpty() ? QStringLiteral("en")
                                                                       : arg(args, QStringLiteral("--lang"));
    const QString connInfo = arg(args, QStringLiteral("--connect"));
    const int days =
        arg(args, QStringLiteral("--days")).isEmpty() ? 14 : arg(args, QStringLiteral("--days")).toInt();
    const QString out = args.last();
    QDir().mkpath(out);
    logging::init(QStringLiteral("statistics-screenshots"));
    app::installTranslators(app, lang);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 9));

    std::optional<test::AppDb> db;
    std::unique_ptr<app::Database> worker;
    app::Session session;
    store::StatsRange range;
    const QString suffix = connInfo.isEmpty() ? lang : QStringLiteral("demo-") + lang;
    if (connInfo.isEmpty()) {
        db.emplace(QStringLiteral("statshots"));
        const test::StatsSeed seed = test::seedStatistics(db->store);
        worker = db->connect(seed.supervisor, &session);
        range = {test::StatsSeed::day1(), test::StatsSeed::day2()};
    } else {
        worker = std::make_unique<app::Database>(store::ConnectionSettings{connInfo, {}});
        bool done = false;
        QObject context;
        worker->run<app::Session>(
            &context, {QStringLiteral("log in"), 0, app::Retry::No},
            [](store::Connection& c) { return app::openSession(c); },
            [&](Result<app::Session> r) {
                done = true;
                if (!r)
                    qFatal("login: %s", r.error().message.c_str());
                session = std::move(r.value());
            });
        (void)QTest::qWaitFor([&] { return done; }, 30'000);
        const QDate today = QDate::currentDate();
        range = {today.addDays(-(days - 1)), today};
    }
    bool ok = true;
    {
        app::StatisticsWindow w(worker.get(), session);
        w.resize(1500, 1150);
        w.show();
        (void)QTest::qWaitForWindowExposed(&w);
        w.setRange(range);
        (void)QTest::qWaitFor([&] { return !w.isLoading(); }, 60'000);
        QTest::qWait(300);
        auto save = [&](QWidget* widget, const QString& name) {
            const QString path = out + u'/' + name;
            const bool saved = widget->grab().save(path);
            qInfo("%s %s", saved ? "wrote" : "FAILED", qPrintable(path));
            ok &= saved;
        };
        save(&w, QStringLiteral("statistics-%1.png").arg(suffix));
        // Every figure at once, as if the window were tall enough (the window scrolls).
        if (QWidget* host = w.findChild<QWidget*>(QStringLiteral("figuresHost"))) {
            QWidget* area = w.findChild<QWidget*>(QStringLiteral("scrollArea"));
            const QSize was = w.size();
            w.resize(was.width(), was.height() + host->height() - area->height() + 4);
            QTest::qWait(300);
            save(&w, QStringLiteral("statistics-all-%1.png").arg(suffix));
            w.resize(was);
        }
        // One day, the tables shown beside the charts.
        w.setRange({range.to.addDays(connInfo.isEmpty() ? -1 : -1), range.to.addDays(-1)});
        (void)QTest::qWaitFor([&] { return !w.isLoading(); }, 60'000);
        for (int i = 0; i < 3; ++i)
            w.panel(app::StatisticsWindow::Figure(i))->setTableShown(true);
        QTest::qWait(300);
        save(&w, QStringLiteral("statistics-day-tables-%1.png").arg(suffix));
        for (int i = 0; i < 3; ++i)
            w.panel(app::StatisticsWindow::Figure(i))->setTableShown(false);
        w.setRange(range);
        (void)QTest::qWaitFor([&] { return !w.isLoading(); }, 60'000);
        const QString chart = out + QStringLiteral("/chart-throughput-%1.png").arg(suffix);
        w.exportChart(app::StatisticsWindow::Figure::Throughput, report::ExportKind::Png, chart);
        w.exportChart(app::StatisticsWindow::Figure::Reasons, report::ExportKind::Png,
                      out + QStringLiteral("/chart-reasons-%1.png").arg(suffix));
        bool done = false;
        QObject::connect(&w, &app::StatisticsWindow::exported, &w, [&](bool good, const QString&) {
            done = true;
            ok &= good;
        });
        w.exportDailyReportTo(range.to.addDays(connInfo.isEmpty() ? -1 : -1),
                              out + QStringLiteral("/daily-report-%1.pdf").arg(suffix));
        (void)QTest::qWaitFor([&] { return done; }, 60'000);
        w.close();
        (void)QTest::qWaitFor([&] { return worker->pendingJobs() == 0; }, 20'000);
    }
    worker.reset();
    logging::shutdown();
    return ok ? 0 : 1;
}

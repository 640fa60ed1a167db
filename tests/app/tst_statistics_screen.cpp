// The statistics screen on a seeded history (real PostgreSQL): in English and Chinese every chart holds
// data and every table its numbers; a click on a core-against-auditors row lists the submissions behind
// it; the exports from the window (CSV, the daily PDF); an empty day shows empty charts with a sentence;
// deadline risk refreshes by itself; an auditor gets the server's refusal as a sentence, and their own day
// in the review window's status bar; the Statistics menu is there for supervisors and admins only.
#include "app_fixture.h"
#include "stats_seed.h"

#include "app_controller.h"
#include "app_options.h"
#include "disagreements_dialog.h"
#include "login_dialog.h"
#include "main_window.h"
#include "my_day_status.h"
#include "statistics_entry.h"
#include "statistics_window.h"

#include <certphoto/report/chart_panel.h>
#include <certphoto/report/figure_models.h>
#include <certphoto/store/intake.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QGraphicsSimpleTextItem>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace certphoto;
using namespace certphoto::test;
using Figure = app::StatisticsWindow::Figure;

namespace {

QString emptySentence(report::ChartPanel* p) {
    for (QGraphicsItem* item : p->chartView()->chart()->childItems())
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            return text->text();
    return {};
}

bool waitLoaded(app::StatisticsWindow& w) {
    return QTest::qWaitFor([&] { return !w.isLoading(); }, 30'000);
}

} // namespace

class TestStatisticsScreen : public QObject {
    Q_OBJECT
    std::unique_ptr<AppDb> db_;
    StatsSeed seed_;
    int lateAdded_ = 0; // overdue submissions added by the refresh check

    app::Session session(store::Role role, const QString& login) {
        app::Session s;
        s.login = login;
        s.roles = {role};
        return s;
    }

private slots:
    void initTestCase() {
        db_ = std::make_unique<AppDb>(QStringLiteral("statsscreen"));
        seed_ = seedStatistics(db_->store);
    }

    void theMenuIsForSupervisorsAndAdmins() {
        QVERIFY(!app::StatisticsEntry::mayOpen(session(store::Role::Auditor, QStringLiteral("a"))));
        QVERIFY(app::StatisticsEntry::mayOpen(session(store::Role::Supervisor, QStringLiteral("s"))));
        QVERIFY(app::StatisticsEntry::mayOpen(session(store::Role::Admin, QStringLiteral("x"))));
        QVERIFY(
            app::StatisticsEntry::landsOnStatistics(session(store::Role::Supervisor, QStringLiteral("s"))));
        QVERIFY(!app::StatisticsEntry::landsOnStatistics(session(store::Role::Auditor, QStringLiteral("a"))));
    }

    void aSupervisorLandsOnTheStatistics_data() {
        QTest::addColumn<bool>("supervisor");
        QTest::addRow("supervisor") << true;
        QTest::addRow("auditor") << false;
    }
    void aSupervisorLandsOnTheStatistics() {
        QFETCH(bool, supervisor);
        QTemporaryDir settingsDir; // the test's settings away from the person's own
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        const QString login = supervisor ? seed_.supervisor : seed_.auditor2;
        app::AppOptions options;
        options.database =
            db_->store.scratch.server().connInfo(db_->store.scratch.name(), QStringLiteral("x"));
        options.user = login;
        {
            app::AppController controller(options);
            controller.start();
            QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<app::LoginDialog*>(QApplication::activeWindow()), 5'000);
            QTest::keyClicks(nullptr, QStringLiteral("pw-") + login); // the focus starts in the password
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(), 20'000);
            app::StatisticsWindow* stats = controller.mainWindow()->statistics()->window();
            if (supervisor) {
                QVERIFY(stats && stats->isVisible());
                QVERIFY(QTest::qWaitFor([&] { return !stats->isLoading(); }, 20'000));
                QVERIFY(!stats->statusText().contains(QStringLiteral("could not")));
            } else {
                QVERIFY(!stats);
                QVERIFY(!controller.mainWindow()->statistics()->action());
            }
        }
    }

    void everyFigureHoldsData_data() {
        QTest::addColumn<QString>("lang");
        QTest::addRow("en") << QStringLiteral("en");
        QTest::addRow("zh") << QStringLiteral("zh");
    }
    void everyFigureHoldsData() {
        QFETCH(QString, lang);
        QLocale::setDefault(lang == u"zh" ? QLocale(QLocale::Chinese, QLocale::China)
                                          : QLocale(QLocale::English, QLocale::UnitedStates));
        app::Session s;
        auto worker = db_->connect(seed_.supervisor, &s);
        // The review window offers the statistics to a supervisor.
        {
            app::MainWindow main(worker.get(), s);
            QVERIFY(main.statistics()->action());
            QVERIFY(main.findChild<QAction*>(QStringLiteral("actionStatistics")));
            main.close();
        }
        app::StatisticsWindow w(worker.get(), s);
        w.resize(1440, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setRange({StatsSeed::day1(), StatsSeed::day2()});
        QVERIFY(waitLoaded(w));
        QVERIFY2(w.statusText().contains(QStringLiteral("2026-11-02")), qPrintable(w.statusText()));
        QCOMPARE(w.figures().timeZone, QStringLiteral("Asia/Shanghai"));
        for (int i = 0; i < app::StatisticsWindow::kFigures; ++i) {
            report::ChartPanel* p = w.panel(Figure(i));
            QAbstractItemModelTester tester(p->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY2(p->model()->hasData(), qPrintable(p->title()));
            QVERIFY2(p->model()->rowCount() > 0, qPrintable(p->title()));
            if (p->hasChart()) {
                QVERIFY(!p->chartView()->chart()->series().isEmpty());
                QVERIFY2(emptySentence(p).isEmpty(), qPrintable(p->title()));
            }
        }
        auto* throughput = static_cast<report::ThroughputModel*>(w.panel(Figure::Throughput)->model());
        QCOMPARE(throughput->rowCount(), 2); // two days
        QCOMPARE(throughput->totalApproved(), 4);
        QCOMPARE(throughput->totalRejected(), 3);
        auto* risk = static_cast<report::DeadlineRiskModel*>(w.panel(Figure::DeadlineRisk)->model());
        QCOMPARE(risk->pendingTotal(), 5 + lateAdded_);
        QCOMPARE(risk->risk().totals[int(store::TimeLeftBand::Overdue)], 1 + lateAdded_);
        auto* auditors = static_cast<report::AuditorsModel*>(w.panel(Figure::Auditors)->model());
        QCOMPARE(auditors->rowCount(), 2);
        auto* reasons = static_cast<report::ReasonsModel*>(w.panel(Figure::Reasons)->model());
        QCOMPARE(reasons->reasons().front().code, QStringLiteral("background.color"));
        QCOMPARE(reasons->reasons().front().count, 2);
        // Reason labels in the interface language.
        const QString label = reasons->index(0, 1).data().toString();
        QVERIFY2(lang == u"zh" ? label.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")))
                               : !label.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                 qPrintable(label));

        // The per-auditor split on demand.
        w.findChild<QCheckBox*>(QStringLiteral("perAuditorCheck"))->setChecked(true);
        QVERIFY(waitLoaded(w));
        QVERIFY(throughput->perAuditor());
        QCOMPARE(throughput->auditors().size(), 2);

        // A click on the background.color row lists the submissions behind it.
        auto* agreement = static_cast<report::AgreementModel*>(w.panel(Figure::Agreement)->model());
        int row = -1;
        for (int r = 0; r < int(agreement->checks().size()); ++r)
            if (agreement->checks()[size_t(r)].check == u"background.color")
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(agreement->checks()[size_t(row)].coreFailedApproved, 1);
        QTableView* view = w.panel(Figure::Agreement)->tableView();
        const QRect cell = view->visualRect(agreement->index(row, report::AgreementModel::OverruledColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(QTest::qWaitFor([&] { return w.findChild<app::DisagreementsDialog*>() != nullptr; }, 20'000));
        auto* dialog = w.findChild<app::DisagreementsDialog*>();
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->index(0, 4).data().toString(), seed_.auditor1);
        QVERIFY(dialog->model()->submissionAt(0) > 0);
        dialog->close();
        QTest::qWait(50);

        // Exports from the window.
        QTemporaryDir dir;
        w.exportAllCsvTo(dir.path());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("throughput_daily.csv"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("core_agreement.csv"))));
        bool done = false, ok = false;
        connect(&w, &app::StatisticsWindow::exported, this, [&](bool good, const QString&) {
            done = true;
            ok = good;
        });
        const QString pdf = dir.filePath(QStringLiteral("daily.pdf"));
        w.exportDailyReportTo(StatsSeed::day1(), pdf);
        QVERIFY(QTest::qWaitFor([&] { return done; }, 60'000));
        QVERIFY2(ok, qPrintable(w.statusText()));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30'000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
        const QString png = dir.filePath(QStringLiteral("t.png"));
        w.exportChart(Figure::Throughput, report::ExportKind::PngPrint, png);
        QCOMPARE(QImage(png).size(), report::ChartPanel::defaultExportSize() * 2);

        // An empty day: empty charts, each with its sentence, and no error.
        w.setRange({QDate(2026, 10, 1), QDate(2026, 10, 1)});
        QVERIFY(waitLoaded(w));
        for (Figure f : {Figure::Throughput, Figure::Promise, Figure::Reasons, Figure::ReasonShares}) {
            QVERIFY(!w.panel(f)->model()->hasData());
            QVERIFY2(!emptySentence(w.panel(f)).isEmpty(), qPrintable(w.panel(f)->title()));
        }
        QVERIFY(!w.statusText().contains(QStringLiteral("could not")));

        // Deadline risk refreshes by itself: a new overdue submission shows at the next tick.
        auto admin = db_->store.open(db_->store.adminLogin);
        store::IncomingSubmission late = incoming(900 + (lang == u"zh"), QStringLiteral("甲校"));
        late.arrivedAt = QDateTime::currentDateTimeUtc().addSecs(-30 * 3600);
        QVERIFY(store::storeSubmissions(admin, {late}).ok());
        ++lateAdded_;
        const int before = risk->risk().totals[int(store::TimeLeftBand::Overdue)];
        w.refreshRisk(); // what the 60-second timer calls
        QVERIFY(QTest::qWaitFor(
            [&] { return risk->risk().totals[int(store::TimeLeftBand::Overdue)] == before + 1; }, 20'000));
        w.close();
        QVERIFY(QTest::qWaitFor([&] { return worker->pendingJobs() == 0; }, 20'000));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void anAuditorIsRefusedAndSeesTheirOwnDay() {
        app::Session s;
        auto worker = db_->connect(seed_.auditor1, &s);
        {
            app::StatisticsWindow w(worker.get(), s);
            QVERIFY(QTest::qWaitFor([&] { return !w.isLoading(); }, 20'000));
            QVERIFY2(w.statusText().contains(QStringLiteral("could not be loaded")),
                     qPrintable(w.statusText()));
            QVERIFY(!w.statusText().contains(QStringLiteral("permission denied"))); // the sentence, not libpq
        }
        app::MainWindow main(worker.get(), s);
        QVERIFY(!main.statistics()->action()); // no menu for an auditor
        auto* myDay = main.findChild<app::MyDayStatus*>();
        QVERIFY(myDay);
        QVERIFY(QTest::qWaitFor([&] { return !myDay->text().isEmpty(); }, 20'000));
        QCOMPARE(myDay->text(), QStringLiteral("Today: 1 decided (1 approved, 0 rejected), median 25 s"));
        main.close();
        QVERIFY(QTest::qWaitFor([&] { return worker->pendingJobs() == 0; }, 20'000));
    }
};

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    TestStatisticsScreen t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_statistics_screen.moc"

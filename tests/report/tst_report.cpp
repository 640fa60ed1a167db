// The report library without a database: the figures' models (under QAbstractItemModelTester, with the
// expected numbers), the charts (hover texts, the empty sentence, bulk feeding) and the exports' content
// (CSV rows, PNG size, SVG well-formed, the PDF's page count and text as pdftotext reads it).
#include "sample_figures.h"

#include <certphoto/report/chart_panel.h>
#include <certphoto/report/daily_report.h>
#include <certphoto/report/exports.h>
#include <certphoto/report/figure_models.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QProcess>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace certphoto;
using namespace certphoto::report;

namespace {

QStringList csvLines(const QByteArray& bytes) {
    QString text = QString::fromUtf8(bytes);
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString findText(QChart* chart) {
    for (QGraphicsItem* item : chart->childItems())
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            return text->text();
    return {};
}

// CERTPHOTO_TEST_KEEP=DIR keeps the exports to look at.
void keep(const ChartPanel& panel, int i) {
    const QString dir = qEnvironmentVariable("CERTPHOTO_TEST_KEEP");
    if (dir.isEmpty())
        return;
    (void)panel.exportPng(QStringLiteral("%1/chart-%2.png").arg(dir).arg(i), ChartPanel::defaultExportSize(),
                          1);
    (void)panel.exportSvg(QStringLiteral("%1/chart-%2.svg").arg(dir).arg(i), ChartPanel::defaultExportSize());
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyModelPassesTheTester() {
        for (bool oneDay : {true, false}) {
            const Figures f = test::sampleFigures(oneDay);
            auto models = makeModels(f);
            QCOMPARE(int(models.size()), oneDay ? 9 : 7);
            for (auto& m : models) {
                QAbstractItemModelTester tester(m.get(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
                QVERIFY2(m->columnCount() > 0, qPrintable(m->csvFileName()));
                // Resetting with other data keeps the tester content.
                Figures empty;
                empty.range = f.range;
                empty.hourly = f.hourly;
                auto again = makeModels(empty);
                (void)again;
            }
            // Reset the same model with empty data under the tester.
            ThroughputModel t;
            QAbstractItemModelTester tester(&t, QAbstractItemModelTester::FailureReportingMode::QtTest);
            t.setBuckets(f.range, f.hourly, false, f.throughput);
            t.setBuckets(f.range, f.hourly, false, {});
            QVERIFY(!t.hasData());
            QCOMPARE(t.rowCount(), oneDay ? 24 : 7);
        }
        DisagreementModel d;
        QAbstractItemModelTester tester(&d, QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.setRows({{store::DisagreementKind::FailedButApproved,
                    {12,
                     QStringLiteral("北京大学"),
                     QDateTime::currentDateTimeUtc(),
                     QStringLiteral("li.wei"),
                     {}}}});
        QCOMPARE(d.rowCount(), 1);
        QCOMPARE(d.submissionAt(0), 12);
    }

    void throughputIsFilledHourByHour() {
        const Figures f = test::sampleFigures(true);
        ThroughputModel m;
        m.setBuckets(f.range, true, false, f.throughput);
        QCOMPARE(m.rowCount(), 24);
        QCOMPARE(m.csvFileName(), QStringLiteral("throughput_hourly.csv"));
        QCOMPARE(m.index(9, 2).data(FigureTableModel::RawRole).toInt(), 12);
        QCOMPARE(m.index(9, 3).data(FigureTableModel::RawRole).toInt(), 3);
        QCOMPARE(m.index(10, 4).data(FigureTableModel::RawRole).toInt(), 25);
        QCOMPARE(m.index(12, 4).data(FigureTableModel::RawRole).toInt(), 0); // lunch
        QCOMPARE(m.index(9, 1).data().toString(), QStringLiteral("09:00–10:00"));
        QCOMPARE(m.totalApproved(), 40);
        QCOMPARE(m.totalRejected(), 10);
        // Per auditor: one run of 24 hours per auditor, in login order.
        ThroughputModel split;
        split.setBuckets(f.range, true, true, *f.throughputByAuditor);
        QCOMPARE(split.rowCount(), 48);
        QCOMPARE(split.auditors(), (QStringList{QStringLiteral("li.wei"), QStringLiteral("wang.fang")}));
        QCOMPARE(split.index(24 + 10, 5).data(FigureTableModel::RawRole).toInt(), 10); // wang.fang 10:00
    }

    void csvRowsEqualTheNumbers() {
        const Figures f = test::sampleFigures(false);
        auto models = makeModels(f);
        std::vector<FigureTableModel*> raw;
        for (auto& m : models)
            raw.push_back(m.get());
        QTemporaryDir dir;
        auto written = writeAllCsv(raw, dir.path());
        QVERIFY2(written.ok(), written ? "" : written.error().message.c_str());
        QVERIFY(written->contains(QStringLiteral("throughput_daily.csv")));
        QFile file(dir.filePath(QStringLiteral("throughput_daily.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = csvLines(bytes.mid(3));
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines[0], QStringLiteral("day,approved,rejected,total"));
        QCOMPARE(lines[1], QStringLiteral("2026-11-27,30,5,35"));
        QCOMPARE(lines[3], QStringLiteral("2026-11-29,0,0,0")); // a day without decisions is a row of zeros
        QCOMPARE(lines[7], QStringLiteral("2026-12-03,36,11,47"));

        QFile risk(dir.filePath(QStringLiteral("deadline_risk.csv")));
        QVERIFY(risk.open(QIODevice::ReadOnly));
        const QStringList riskLines = csvLines(risk.readAll().mid(3));
        QCOMPARE(riskLines[0],
                 QStringLiteral("school,overdue,under_4h,4_to_12h,12_to_24h,24_to_48h,over_48h,pending"));
        QCOMPARE(riskLines[1], QStringLiteral("北京大学,3,5,10,12,20,1,51"));
        QCOMPARE(riskLines[4], QStringLiteral("All schools,4,7,16,26,59,3,115"));

        QFile reasons(dir.filePath(QStringLiteral("reasons.csv")));
        QVERIFY(reasons.open(QIODevice::ReadOnly));
        const QStringList reasonLines = csvLines(reasons.readAll().mid(3));
        QCOMPARE(reasonLines[1], QStringLiteral("background.color,Background colour,5,50.00,50.00"));
        QCOMPARE(reasonLines[3], QStringLiteral("glasses.glare,Glasses reflection,2,20.00,100.00"));

        QFile auditors(dir.filePath(QStringLiteral("auditors.csv")));
        QVERIFY(auditors.open(QIODevice::ReadOnly));
        const QStringList auditorLines = csvLines(auditors.readAll().mid(3));
        QCOMPARE(auditorLines[0],
                 QStringLiteral("auditor,decisions,approved,approved_pct,median_seconds,p90_seconds,"
                                "approved_core_failed,rejected_core_passed"));
        QCOMPARE(auditorLines[1], QStringLiteral("li.wei,33,27,81.82,41.0,95.0,2,1"));

        QFile promise(dir.filePath(QStringLiteral("promise_kept.csv")));
        QVERIFY(promise.open(QIODevice::ReadOnly));
        const QStringList promiseLines = csvLines(promise.readAll().mid(3));
        QCOMPARE(promiseLines[1], QStringLiteral("2026-11-27,50,48,96.00,20.50,44.00"));
        QCOMPARE(promiseLines[3], QStringLiteral("2026-11-29,0,0,,,"));
    }

    void csvQuotesAndKeepsChinese() {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        ReasonsModel m;
        m.setReasons(
            {{QStringLiteral("other"), QStringLiteral("其他，\"见备注\""), QStringLiteral("Other"), 1}});
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QStringList lines = csvLines(csvBytes(m).mid(3));
        QCOMPARE(lines[1], QStringLiteral("other,\"其他，\"\"见备注\"\"\",1,100.00,100.00"));
    }

    void cancelledCsvLeavesNothing() {
        auto models = makeModels(test::sampleFigures(false));
        std::vector<FigureTableModel*> raw;
        for (auto& m : models)
            raw.push_back(m.get());
        QTemporaryDir dir;
        auto r = writeAllCsv(raw, dir.path(), [](int done, int) { return done < 3; });
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().code), QStringLiteral("report.cancelled"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    void chartHoverShowsTheValue() {
        auto* model = new ThroughputModel;
        const Figures f = test::sampleFigures(true);
        model->setBuckets(f.range, true, false, f.throughput);
        ChartPanel panel(QStringLiteral("Throughput"), model,
                         [model](QChart& c, const HoverFn& h) { buildThroughputChart(c, *model, h); });
        panel.resize(800, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* series = qobject_cast<QStackedBarSeries*>(panel.chartView()->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 2);
        QCOMPARE(series->barSets()[0]->count(), 24);
        QCOMPARE(series->barSets()[0]->at(10), 20.0);
        emit series->barSets()[1]->hovered(true, 10);
        QCOMPARE(panel.hoverText(), QStringLiteral("10:00–11:00 · approved 20, rejected 5, total 25"));
        emit series->barSets()[1]->hovered(false, 10);
        QVERIFY(panel.hoverText().isEmpty());
        QVERIFY(findText(panel.chartView()->chart()).isEmpty());
        // The table toggle.
        QVERIFY(!panel.tableShown());
        panel.tableButton()->click();
        QVERIFY(panel.tableShown());
        // Empty day: an empty chart and a sentence, no error.
        model->setBuckets(f.range, true, false, {});
        QCOMPARE(findText(panel.chartView()->chart()), QStringLiteral("No decisions on this day."));
    }

    void aThousandDaysAreFedInBulk() {
        // 1,000 days of throughput in one reset: the chart gets two sets of 1,000 values built once.
        auto* model = new ThroughputModel;
        std::vector<store::ThroughputBucket> buckets;
        const QDate from(2024, 1, 1);
        for (int i = 0; i < 1000; ++i)
            buckets.push_back({from.addDays(i), -1, {}, i % 50, i % 7});
        model->setBuckets({from, from.addDays(999)}, false, false, buckets);
        ChartPanel panel(QStringLiteral("Throughput"), model,
                         [model](QChart& c, const HoverFn& h) { buildThroughputChart(c, *model, h); });
        panel.show();
        auto* series = qobject_cast<QStackedBarSeries*>(panel.chartView()->chart()->series().value(0));
        QCOMPARE(series->barSets()[0]->count(), 1000);
        QCOMPARE(series->barSets()[1]->at(999), 999.0 - 7 * 142);
    }

    void pngHasTheSizeAsked_data() {
        QTest::addColumn<int>("chart");
        for (int i = 0; i < 5; ++i)
            QTest::addRow("chart %d", i) << i;
    }
    void pngHasTheSizeAsked() {
        QFETCH(int, chart);
        const Figures f = test::sampleFigures(false);
        auto models = makeModels(f);
        // throughput, deadline, promise, reasons, reason shares
        const int modelAt[] = {0, 1, 2, 4, 5};
        FigureTableModel* m = models[size_t(modelAt[chart])].release();
        const ChartBuilder builders[] = {
            [m](QChart& c, const HoverFn& h) {
                buildThroughputChart(c, *static_cast<ThroughputModel*>(m), h);
            },
            [m](QChart& c, const HoverFn& h) {
                buildDeadlineChart(c, *static_cast<DeadlineRiskModel*>(m), h);
            },
            [m](QChart& c, const HoverFn& h) { buildPromiseChart(c, *static_cast<PromiseModel*>(m), h); },
            [m](QChart& c, const HoverFn& h) { buildReasonsChart(c, *static_cast<ReasonsModel*>(m), h); },
            [m](QChart& c, const HoverFn& h) {
                buildReasonSharesChart(c, *static_cast<ReasonSharesModel*>(m), h);
            }};
        ChartPanel panel(QStringLiteral("figure"), m, builders[chart]);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("c.png"));
        keep(panel, chart);
        QVERIFY(panel.exportPng(png, QSize(800, 450), 2.0).ok());
        QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 900));
        // Something was drawn: not a blank page.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                dark += qGray(image.pixel(x, y)) < 128;
        QVERIFY2(dark > 50, qPrintable(QString::number(dark)));
        QVERIFY(panel.exportPng(png, QSize(640, 360), 1.0).ok());
        QCOMPARE(QImage(png).size(), QSize(640, 360));

        const QString svg = dir.filePath(QStringLiteral("c.svg"));
        QVERIFY(panel.exportSvg(svg, QSize(800, 450)).ok());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int elements = 0;
        QString root;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                ++elements;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(elements > 20);
    }

    void pdfHasThePagesAndTheTotals() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed (scripts/install-deps installs it)");
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // Chinese reason labels in the PDF
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("daily.pdf"));
        int steps = 0;
        auto pages = writeDailyReport(test::sampleDailyReport(), pdf, [&](int, int) {
            ++steps;
            return true;
        });
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(pages.ok(), pages ? "" : pages.error().message.c_str());
        if (const QString k = qEnvironmentVariable("CERTPHOTO_TEST_KEEP"); !k.isEmpty())
            QFile::copy(pdf, k + QStringLiteral("/daily.pdf"));
        QCOMPARE(*pages, 2);
        QVERIFY(steps >= 6);
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Daily report 2026-12-03")), qPrintable(text));
        // The day's totals: decided 50, approved 40, rejected 10, arrived 61, pending 115, overdue 4.
        for (const char* label :
             {"Decided", "Approved", "Rejected", "New arrivals", "Pending now", "Overdue now"})
            QVERIFY2(text.contains(QLatin1String(label)), label);
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\b50\\s+40\\s+10\\s+61\\s+115\\s+4\\b"))),
                 qPrintable(text));
        // Chinese stays text. Qt's ToUnicode map names a glyph by its first code point, and Noto CJK shares
        // glyphs between ideographs and Kangxi radicals (色 and ⾊): compare after NFKC, which folds them.
        QVERIFY2(text.normalized(QString::NormalizationForm_KC).contains(QStringLiteral("背景颜色不符")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("li.wei")));
        QVERIFY(text.contains(QStringLiteral("Made 2026-12-04 08:30 (Asia/Shanghai) · page 2 of 2")));
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("yes")), qPrintable(fonts)); // embedded
    }

    void cancelledPdfLeavesNothing() {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("daily.pdf"));
        auto r = writeDailyReport(test::sampleDailyReport(), pdf, [](int done, int) { return done < 2; });
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().code), QStringLiteral("report.cancelled"));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    TestReport t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_report.moc"

// certphoto-report end to end on a small seeded database: the daily PDF (pages, the day's totals as text),
// the CSV files (rows equal the seeded numbers), and the exit statuses: 2 for bad usage, 1 with one line on
// stderr for a failure (an auditor is refused the supervisors' figures by the server; no server).
#include "stats_seed.h"

#include <certphoto/store/statistics.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace certphoto;
using namespace certphoto::test;

namespace {

struct Run {
    int status = -1;
    QString out, err;
};

Run report(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CERTPHOTO_DATABASE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CERTPHOTO_REPORT_TOOL), args);
    Run r;
    if (!p.waitForFinished(120'000))
        return r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList csvLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("NO BOM")};
    return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

QString tool(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60'000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportTool : public QObject {
    Q_OBJECT
    std::unique_ptr<StoreDb> db_;
    StatsSeed seed_;
    QString conn(const QString& login) const {
        return db_->scratch.server().connInfo(db_->scratch.name(), login);
    }

private slots:
    void initTestCase() {
        db_ = std::make_unique<StoreDb>(QStringLiteral("reporttool"));
        seed_ = seedStatistics(*db_);
    }

    void dailyReportHasTheDaysTotals() {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("daily.pdf"));
        const Run r = report({QStringLiteral("--database"), conn(seed_.supervisor), QStringLiteral("--lang"),
                              QStringLiteral("en"), QStringLiteral("daily"), QStringLiteral("--date"),
                              QStringLiteral("2026-11-02"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QVERIFY(QFile::exists(pdf));
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("(A4)")));
        const QString text =
            tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Daily report 2026-11-02")), qPrintable(text));
        // The day's totals, as the store counts them: decided 5, approved 3, rejected 2, then arrived,
        // pending and overdue now.
        auto c = db_->open(seed_.supervisor);
        auto totals = store::dayTotals(c, StatsSeed::day1());
        QVERIFY(totals.ok());
        QCOMPARE(totals->decided, 5);
        QCOMPARE(totals->approved, 3);
        QCOMPARE(totals->rejected, 2);
        const QString row = QStringLiteral("\\b5\\s+3\\s+2\\s+%1\\s+%2\\s+%3\\b")
                                .arg(totals->arrived)
                                .arg(totals->pendingNow)
                                .arg(totals->overdueNow);
        QVERIFY2(text.contains(QRegularExpression(row)), qPrintable(row + u'\n' + text));
        QVERIFY(text.contains(seed_.auditor1));
        QVERIFY(text.contains(seed_.auditor2));
        QVERIFY(text.contains(QStringLiteral("(Asia/Shanghai)")));
        // The schools' names are Chinese and stay text (NFKC: Qt names shared CJK glyphs by a radical).
        QVERIFY2(text.normalized(QString::NormalizationForm_KC).contains(QStringLiteral("甲校")),
                 qPrintable(text));
    }

    void csvFilesHoldTheNumbers() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("csv"));
        const Run r = report({QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                              QStringLiteral("--to"), QStringLiteral("2026-11-04"), QStringLiteral("--out"),
                              out, QStringLiteral("--database"), conn(seed_.supervisor)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QStringList files = QDir(out).entryList(QDir::Files);
        for (const char* name :
             {"throughput_daily.csv", "throughput_by_auditor_daily.csv", "deadline_risk.csv",
              "promise_kept.csv", "auditors.csv", "reasons.csv", "reasons_per_day.csv", "core_agreement.csv"})
            QVERIFY2(files.contains(QLatin1String(name)), name);
        const QStringList throughput = csvLines(QDir(out).filePath(QStringLiteral("throughput_daily.csv")));
        QCOMPARE(
            throughput,
            (QStringList{QStringLiteral("day,approved,rejected,total"), QStringLiteral("2026-11-02,3,2,5"),
                         QStringLiteral("2026-11-03,1,1,2"), QStringLiteral("2026-11-04,0,0,0")}));
        const QStringList reasons = csvLines(QDir(out).filePath(QStringLiteral("reasons.csv")));
        QCOMPARE(reasons.size(), 3);
        QVERIFY2(reasons[1].startsWith(QStringLiteral("background.color,")), qPrintable(reasons[1]));
        QVERIFY2(reasons[1].endsWith(QStringLiteral(",2,66.67,66.67")), qPrintable(reasons[1]));
        QVERIFY2(reasons[2].startsWith(QStringLiteral("head.size,")), qPrintable(reasons[2]));
        const QStringList auditors = csvLines(QDir(out).filePath(QStringLiteral("auditors.csv")));
        QCOMPARE(auditors.size(), 3);
        // aud1: 4 decisions in the range (3 approved), one of them approving what the core failed.
        const QString a1 = auditors[1].startsWith(seed_.auditor1) ? auditors[1] : auditors[2];
        QVERIFY2(a1.startsWith(seed_.auditor1 + QStringLiteral(",4,3,75.00,")), qPrintable(a1));
        QVERIFY2(a1.endsWith(QStringLiteral(",1,0")), qPrintable(a1));
        const QStringList byAuditor =
            csvLines(QDir(out).filePath(QStringLiteral("throughput_by_auditor_daily.csv")));
        QCOMPARE(byAuditor[0], QStringLiteral("day,auditor,approved,rejected,total"));
        QVERIFY(byAuditor.contains(QStringLiteral("2026-11-02,%1,2,1,3").arg(seed_.auditor1)));
        QVERIFY(byAuditor.contains(QStringLiteral("2026-11-02,%1,1,1,2").arg(seed_.auditor2)));
    }

    void badUsageIsTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no command") << QStringList{};
        QTest::addRow("unknown command") << QStringList{QStringLiteral("weekly")};
        QTest::addRow("daily without date")
            << QStringList{QStringLiteral("daily"), QStringLiteral("--out"), QStringLiteral("/tmp/x.pdf")};
        QTest::addRow("daily bad date")
            << QStringList{QStringLiteral("daily"), QStringLiteral("--date"), QStringLiteral("2026-13-01"),
                           QStringLiteral("--out"), QStringLiteral("/tmp/x.pdf")};
        QTest::addRow("csv from after to") << QStringList{
            QStringLiteral("csv"),   QStringLiteral("--from"),     QStringLiteral("2026-11-05"),
            QStringLiteral("--to"),  QStringLiteral("2026-11-01"), QStringLiteral("--out"),
            QStringLiteral("/tmp/x")};
        QTest::addRow("csv without out")
            << QStringList{QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                           QStringLiteral("--to"), QStringLiteral("2026-11-02")};
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("daily"), QStringLiteral("--day"), QStringLiteral("2026-11-01")};
    }
    void badUsageIsTwo() {
        QFETCH(QStringList, args);
        const Run r = report(args);
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("certphoto-report: ")));
    }

    void anAuditorIsRefusedByTheServer() {
        QTemporaryDir dir;
        const Run r = report({QStringLiteral("--database"), conn(seed_.auditor1), QStringLiteral("daily"),
                              QStringLiteral("--date"), QStringLiteral("2026-11-02"), QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.status, 1);
        QCOMPARE(r.err.count(u'\n'), 1); // one line
        QVERIFY2(r.err.contains(QStringLiteral("db.permission")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
    }

    void noServerIsOneLine() {
        QTemporaryDir dir;
        const Run r = report({QStringLiteral("--database"),
                              QStringLiteral("host=%1 port=1 dbname=none user=nobody").arg(dir.path()),
                              QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                              QStringLiteral("--to"), QStringLiteral("2026-11-02"), QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("out"))});
        QCOMPARE(r.status, 1);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(!QDir(dir.filePath(QStringLiteral("out"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestReportTool)
#include "tst_report_tool.moc"

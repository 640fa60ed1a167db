// certphoto-import end to end on a real PostgreSQL: the built binary against a scratch database, checked
// through the superuser connection.
#include <certphoto/store/connection.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/migrations.h>
#include <certphoto/store/queue.h>
#include <certphoto/store/users.h>

#include <pgtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <clocale>
#include <memory>

using namespace certphoto;
using certphoto::test::ScratchDatabase;

namespace {

// GB 11643's own example (valid check digit), and the same number with a wrong one.
const QString kGoodId = QStringLiteral("11010519491231002X");
const QString kBadId = QStringLiteral("110105194912310021");
const QString kHeader = QStringLiteral("name,id_number,exam_number,school,level,phone,file,arrived_at\n");

struct Run {
    int exitCode = -1;
    QString out, err;
};

QByteArray fixture(const QString& name) {
    QFile f(qEnvironmentVariable("CERTPHOTO_TEST_DATA") + QStringLiteral("/faces/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test photo %s", qPrintable(name));
    return f.readAll();
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

    std::unique_ptr<ScratchDatabase> db_;
    std::unique_ptr<QTemporaryDir> dir_;

    Run runImport(const QString& csvName, const QStringList& extra = {}, const QString& locale = {}) {
        QProcess p;
        if (!locale.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), locale);
            env.insert(QStringLiteral("LANG"), locale);
            p.setProcessEnvironment(env);
        }
        const QString program =
            qEnvironmentVariable("CERTPHOTO_BINARY_DIR") + QStringLiteral("/bin/certphoto-import");
        p.start(program, QStringList{QStringLiteral("--database"), db_->superuserConnInfo()} + extra +
                             QStringList{dir_->filePath(csvName)});
        if (!p.waitForFinished(180000))
            qFatal("certphoto-import did not finish");
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    void write(const QString& name, const QByteArray& bytes) {
        QFile f(dir_->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    // Photos: the fixtures, and variants with a different SHA-256 (a trailing byte after the image).
    void writePhotos() {
        write(QStringLiteral("a.jpg"), fixture(QStringLiteral("portrait-plain-light.jpg")));
        write(QStringLiteral("b.jpg"), fixture(QStringLiteral("grace-hopper-glasses.jpg")));
        write(QStringLiteral("c.jpg"), fixture(QStringLiteral("portrait-plain-beige.jpg")));
        write(QStringLiteral("a2.jpg"),
              fixture(QStringLiteral("portrait-plain-light.jpg")) + QByteArray(1, '\0'));
    }

    qint64 count(const QString& table) {
        QSqlQuery q(db_->superuserConnection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM certphoto.%1").arg(table)) || !q.next())
            qFatal("counting %s failed", qPrintable(table));
        return q.value(0).toLongLong();
    }

    QList<qint64> counts() {
        return {count(QStringLiteral("schools")), count(QStringLiteral("applicants")),
                count(QStringLiteral("photos")), count(QStringLiteral("submissions")),
                count(QStringLiteral("compliance_reports"))};
    }

    QVariant scalar(const QString& sql) {
        QSqlQuery q(db_->superuserConnection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    // An auditor decides the only pending submission.
    void decideAsAuditor(store::Decision decision) {
        auto admin = store::Connection::open({db_->superuserConnInfo(), {}}, QStringLiteral("test-admin"));
        QVERIFY(admin.ok());
        const QString login =
            QStringLiteral("aud_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        auto made = store::createUser(*admin, login, QStringLiteral("secret"), store::Role::Auditor);
        QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
        auto auditor =
            store::Connection::open({db_->server().connInfo(db_->name(), login), QStringLiteral("secret")},
                                    QStringLiteral("test-auditor"));
        QVERIFY2(auditor.ok(), auditor.ok() ? "" : auditor.error().message.c_str());
        auto lease = store::claimNext(*auditor);
        QVERIFY2(lease.ok(), lease.ok() ? "" : lease.error().message.c_str());
        QVERIFY(lease->has_value());
        store::DecisionRequest request;
        request.decisionId = QUuid::createUuid();
        request.submissionId = (*lease)->submissionId;
        request.decision = decision;
        if (decision == store::Decision::Reject) {
            auto codes = store::listReasonCodes(*auditor);
            QVERIFY(codes.ok());
            for (const auto& c : *codes)
                if (!c.needsNote) {
                    request.reasonCodes << c.code;
                    break;
                }
        }
        auto outcome = store::decide(*auditor, request);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message.c_str());
    }

private slots:
    void init() {
        db_ = std::make_unique<ScratchDatabase>(QStringLiteral("import"));
        auto c = store::Connection::open({db_->superuserConnInfo(), {}}, QStringLiteral("test-upgrade"));
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().message.c_str());
        auto upgraded = store::upgradeSchema(*c);
        QVERIFY2(upgraded.ok(), upgraded.ok() ? "" : upgraded.error().message.c_str());
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        writePhotos();
    }

    void cleanup() {
        dir_.reset();
        db_.reset();
    }

    void badRowsNameTheLinesAndLeaveNothing() {
        QString csv = kHeader;
        csv += QStringLiteral("张三,%1,S001,北京大学,本科,13800138000,a.jpg,2024-05-06 08:30\n")
                   .arg(kGoodId);                                                             // 2
        csv += QStringLiteral("李四,%1,S002,北京大学,本科,13800138001,b.jpg,\n").arg(kBadId); // 3
        csv += QStringLiteral("王五,,S003,北京大学,专科,13800138002,missing.jpg,\n");         // 4
        csv += QStringLiteral("赵六,,S004,北京大学,专科,12345,c.jpg,\n");                     // 5
        csv += QStringLiteral(",,S005,北京大学,专科,13800138003,gone.jpg,not a time\n");      // 6
        write(QStringLiteral("m.csv"), csv.toUtf8());
        const auto before = counts();
        const Run r = runImport(QStringLiteral("m.csv"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("line 3: ID number check digit is wrong (110105********0021)")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 4: photo file \"missing.jpg\" does not exist")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("line 5: phone number must be 11 digits")));
        QVERIFY(r.err.contains(QStringLiteral("line 6: name is missing")));
        QVERIFY(r.err.contains(QStringLiteral("line 6: arrival time")));
        QVERIFY(r.err.contains(QStringLiteral("line 6: photo file \"gone.jpg\" does not exist")));
        QVERIFY(!r.err.contains(QStringLiteral("line 2:")));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        QVERIFY2(!r.err.contains(kBadId) && !r.out.contains(kBadId), "the clear ID number was printed");
        QCOMPARE(counts(), before);
        QCOMPARE(count(QStringLiteral("submissions")), 0);
    }

    void encodingsRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QString text = kHeader + QStringLiteral("张三,,S001,北京大学,本科,13800138000,a.jpg,\n");
        QByteArray utf16("\xFF\xFE", 2);
        for (QChar c : text) {
            utf16.append(char(c.unicode() & 0xFF));
            utf16.append(char(c.unicode() >> 8));
        }
        QByteArray gbk = kHeader.toUtf8();
        gbk += "\xD5\xC5\xC8\xFD,,S001,\xB1\xB1\xBE\xA9\xB4\xF3\xD1\xA7,,13800138000,a.jpg,\n"; // 张三 /
                                                                                                // 北京大学
        QTest::newRow("utf-16") << utf16 << "UTF-16";
        QTest::newRow("gbk") << gbk << "not valid UTF-8: line 2";
    }
    void encodingsRefused() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        write(QStringLiteral("enc.csv"), bytes);
        const Run r = runImport(QStringLiteral("enc.csv"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("UTF-8")));
        QCOMPARE(count(QStringLiteral("submissions")), 0);
    }

    void bomQuotingAndChineseHeader() {
        QByteArray csv = "\xEF\xBB\xBF";
        csv += QStringLiteral("姓名,身份证号,考号,学校,层次,手机,文件,到达时间,备注\r\n").toUtf8();
        csv += QStringLiteral("\"O\"\"Brien, Jr.\",,S100,\"华北理工学院, 继续教育\",本科,13800138000,a.jpg,"
                              "2024-05-06T08:30:00+08:00,\"two\r\nlines\"\r\n")
                   .toUtf8(); // lines 2-3
        csv += QStringLiteral("钱七,%1,S101,北京大学,专科,13900139000,b.jpg,2024-05-06T00:30:00Z,\r\n")
                   .arg(kGoodId.toLower())
                   .toUtf8(); // line 4
        write(QStringLiteral("bom.csv"), csv);
        const Run r = runImport(QStringLiteral("bom.csv"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("created 2, replaced 0, next attempt 0, duplicate 0")),
                 qPrintable(r.out));
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM certphoto.applicants WHERE exam_number = 'S100'"))
                     .toString(),
                 QStringLiteral("O\"Brien, Jr."));
        QCOMPARE(scalar(QStringLiteral("SELECT s.name FROM certphoto.applicants a JOIN certphoto.schools s "
                                       "ON s.id = a.school_id WHERE exam_number = 'S100'"))
                     .toString(),
                 QStringLiteral("华北理工学院, 继续教育"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT id_number FROM certphoto.applicants WHERE exam_number = 'S101'"))
                .toString(),
            kGoodId);
        // A new school gets the default profile; each photo carries the core's report.
        QCOMPARE(scalar(QStringLiteral("SELECT profile FROM certphoto.schools WHERE name = '北京大学'"))
                     .toString(),
                 QStringLiteral("chsi-graduation"));
        QCOMPARE(count(QStringLiteral("compliance_reports")), 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM certphoto.compliance_reports WHERE verdict IN "
                                  "('pass','review','fail') AND core_version <> '' AND report ? 'checks' "
                                  "AND mask_png IS NOT NULL"))
                .toInt(),
            2);
        // A bad row after a record spanning two lines is reported at its own physical line.
        csv += QStringLiteral("孙八,%1,S102,北京大学,专科,13900139001,c.jpg,,\r\n")
                   .arg(kBadId)
                   .toUtf8(); // line 5
        write(QStringLiteral("bom.csv"), csv);
        const Run bad = runImport(QStringLiteral("bom.csv"));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("line 5: ID number check digit is wrong")),
                 qPrintable(bad.err));
    }

    // Qt sets the C library's locale from the environment. Under a decimal-comma locale the core must read
    // the profile and write the report exactly as under C (with strtod/snprintf it failed at the profile's
    // first fraction, and wrote "0,4567").
    void decimalCommaLocale() {
        const QByteArray before = std::setlocale(LC_ALL, nullptr);
        const bool present = std::setlocale(LC_ALL, "de_DE.UTF-8") != nullptr;
        std::setlocale(LC_ALL, before.constData());
        QVERIFY2(present, "the de_DE.UTF-8 locale is missing (scripts/install-deps generates it)");
        write(QStringLiteral("de.csv"),
              (kHeader + QStringLiteral("张三,,D1,北京大学,本科,13800138000,a.jpg,\n")).toUtf8());
        write(QStringLiteral("c.csv"),
              (kHeader + QStringLiteral("李四,,D2,北京大学,本科,13800138001,a.jpg,\n")).toUtf8());
        const Run de = runImport(QStringLiteral("de.csv"), {}, QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(de.exitCode == 0, qPrintable(de.err));
        const Run c = runImport(QStringLiteral("c.csv"), {}, QStringLiteral("C"));
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        // The same photo for another applicant: the same checks, values and verdict.
        const QString checks = QStringLiteral(
            "SELECT r.report->'checks' FROM certphoto.compliance_reports r JOIN certphoto.submissions s "
            "ON s.id = r.submission_id JOIN certphoto.applicants a ON a.id = s.applicant_id "
            "WHERE a.exam_number = '%1'");
        const QJsonArray underDe =
            QJsonDocument::fromJson(scalar(checks.arg(QStringLiteral("D1"))).toString().toUtf8()).array();
        const QJsonArray underC =
            QJsonDocument::fromJson(scalar(checks.arg(QStringLiteral("D2"))).toString().toUtf8()).array();
        QVERIFY(underDe.size() > 10);
        QCOMPARE(underDe.size(), underC.size());
        for (qsizetype i = 0; i < underDe.size(); ++i) // one check at a time: a failure names it
            QCOMPARE(QJsonDocument(underDe[i].toObject()).toJson(QJsonDocument::Compact),
                     QJsonDocument(underC[i].toObject()).toJson(QJsonDocument::Compact));
        // And the numbers are numbers, fractions among them (a comma would not have been valid JSON).
        QVERIFY(
            scalar(QStringLiteral("SELECT count(*) FROM certphoto.compliance_reports r, "
                                  "jsonb_array_elements(r.report->'checks') c WHERE jsonb_typeof(c->'value') "
                                  "= 'number' AND (c->>'value')::numeric <> trunc((c->>'value')::numeric)"))
                .toInt() >= 4);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT verdict) FROM certphoto.compliance_reports"))
                     .toInt(),
                 1);
    }

    void timeWithoutOffsetIsShanghai() {
        write(QStringLiteral("t.csv"),
              (kHeader + QStringLiteral("张三,,S001,北京大学,本科,13800138000,a.jpg,2024-05-06 08:30\n"))
                  .toUtf8());
        const Run r = runImport(QStringLiteral("t.csv"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(scalar(QStringLiteral("SELECT to_char(arrived_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') "
                                       "FROM certphoto.submissions"))
                     .toString(),
                 QStringLiteral("2024-05-06 00:30"));
        QCOMPARE(scalar(QStringLiteral("SELECT extract(epoch FROM deadline - arrived_at) / 3600 "
                                       "FROM certphoto.submissions"))
                     .toInt(),
                 48);
    }

    void reimportIsDuplicate() {
        write(QStringLiteral("d.csv"),
              (kHeader + QStringLiteral("张三,,S001,北京大学,本科,13800138000,a.jpg,\n"
                                        "李四,,S002,北京大学,本科,13800138001,b.jpg,\n"))
                  .toUtf8());
        QCOMPARE(runImport(QStringLiteral("d.csv")).exitCode, 0);
        const auto after1 = counts();
        const Run r = runImport(QStringLiteral("d.csv"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("created 0, replaced 0, next attempt 0, duplicate 2")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("line 3: duplicate")));
        QCOMPARE(counts(), after1);
    }

    void newPhotoWhilePendingReplaces() {
        write(QStringLiteral("1.csv"),
              (kHeader + QStringLiteral("张三,,S001,北京大学,本科,13800138000,a.jpg,\n")).toUtf8());
        write(QStringLiteral("2.csv"),
              (kHeader + QStringLiteral("张三,,S001,北京大学,本科,13800138000,a2.jpg,\n")).toUtf8());
        QCOMPARE(runImport(QStringLiteral("1.csv")).exitCode, 0);
        const Run r = runImport(QStringLiteral("2.csv"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("created 0, replaced 1")), qPrintable(r.out));
        QCOMPARE(
            scalar(QStringLiteral("SELECT string_agg(status, ',' ORDER BY id) FROM certphoto.submissions"))
                .toString(),
            QStringLiteral("replaced,pending"));
    }

    void afterApprovalRefusedAndNothingWritten() {
        write(QStringLiteral("1.csv"),
              (kHeader + QStringLiteral("张三,,S001,北京大学,本科,13800138000,a.jpg,\n")).toUtf8());
        QCOMPARE(runImport(QStringLiteral("1.csv")).exitCode, 0);
        decideAsAuditor(store::Decision::Approve);
        if (QTest::currentTestFailed())
            return;
        // A new applicant first, then the approved one: the whole manifest is refused.
        write(QStringLiteral("2.csv"),
              (kHeader + QStringLiteral("李四,,S002,北京大学,本科,13800138001,b.jpg,\n"
                                        "张三,,S001,北京大学,本科,13800138000,a2.jpg,\n"))
                  .toUtf8());
        const auto before = counts();
        const Run r = runImport(QStringLiteral("2.csv"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("2.csv: line 3: ")) &&
                     r.err.contains(QStringLiteral("approved")),
                 qPrintable(r.err));
        // The manifest's line, not the store's batch index, leads the message.
        QVERIFY2(r.err.contains(QStringLiteral("2.csv: line 3: this applicant's photo is approved already")),
                 qPrintable(r.err));
        // Said once, in the tool's words: the store's own log record goes to the log file, not to stderr.
        QVERIFY2(r.err.count(QStringLiteral("approved already")) == 1, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("refused 1")));
        QCOMPARE(counts(), before);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM certphoto.applicants WHERE exam_number = 'S002'"))
                .toInt(),
            0);
    }

    void afterRejectionNextAttempt() {
        write(QStringLiteral("1.csv"),
              (kHeader + QStringLiteral("张三,,S001,北京大学,本科,13800138000,a.jpg,\n")).toUtf8());
        write(QStringLiteral("2.csv"),
              (kHeader + QStringLiteral("张三,,S001,北京大学,本科,13800138000,a2.jpg,\n")).toUtf8());
        QCOMPARE(runImport(QStringLiteral("1.csv")).exitCode, 0);
        decideAsAuditor(store::Decision::Reject);
        if (QTest::currentTestFailed())
            return;
        const Run r = runImport(QStringLiteral("2.csv"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("next attempt 1")), qPrintable(r.out));
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(status || ':' || attempt, ',' ORDER BY id) "
                                       "FROM certphoto.submissions"))
                     .toString(),
                 QStringLiteral("rejected:1,pending:2"));
    }

    void manyRowsProgressAndSharedPhotos() {
        QString csv = kHeader;
        const QStringList files{QStringLiteral("a.jpg"), QStringLiteral("b.jpg"), QStringLiteral("c.jpg")};
        for (int i = 0; i < 60; ++i)
            csv += QStringLiteral("考生%1,,K%2,江南师范大学,本科,1390000%3,%4,2024-05-06 08:%5\n")
                       .arg(i)
                       .arg(i, 4, 10, QLatin1Char('0'))
                       .arg(i, 4, 10, QLatin1Char('0'))
                       .arg(files[i % 3])
                       .arg(i % 60, 2, 10, QLatin1Char('0'));
        write(QStringLiteral("many.csv"), csv.toUtf8());
        const Run r = runImport(QStringLiteral("many.csv"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("created 60, replaced 0")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("analyzed photos 60/60")),
                 qPrintable(r.err)); // progress on stderr
        QCOMPARE(count(QStringLiteral("submissions")), 60);
        QCOMPARE(count(QStringLiteral("photos")), 3); // the same bytes are stored once
        QCOMPARE(count(QStringLiteral("compliance_reports")), 60);
    }

    void profileOverride() {
        write(QStringLiteral("p.csv"),
              (kHeader + QStringLiteral("张三,,S001,北京大学,本科,13800138000,a.jpg,\n")).toUtf8());
        const Run unknown = runImport(QStringLiteral("p.csv"), {QStringLiteral("--profile-override"),
                                                                QStringLiteral("no-such-profile")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("no-such-profile")), qPrintable(unknown.err));
        QCOMPARE(count(QStringLiteral("submissions")), 0);
        const Run r = runImport(QStringLiteral("p.csv"),
                                {QStringLiteral("--profile-override"), QStringLiteral("selfstudy-degree")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(scalar(QStringLiteral("SELECT profile FROM certphoto.compliance_reports")).toString(),
                 QStringLiteral("selfstudy-degree"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT report->>'profile' FROM certphoto.compliance_reports")).toString(),
            QStringLiteral("selfstudy-degree"));
    }

    void usageErrors() {
        QProcess p;
        p.start(qEnvironmentVariable("CERTPHOTO_BINARY_DIR") + QStringLiteral("/bin/certphoto-import"), {});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        p.start(qEnvironmentVariable("CERTPHOTO_BINARY_DIR") + QStringLiteral("/bin/certphoto-import"),
                {QStringLiteral("--bogus"), QStringLiteral("x.csv")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"

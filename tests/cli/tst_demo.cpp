// certphoto-demo on a scratch database: a queue of invented but valid applicants, and a second run with
// the same seed finds duplicates instead of doubling the queue.
#include <certphoto/common/privacy.h>

#include <pgtest.h>

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using certphoto::test::ScratchDatabase;

class TestDemo : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out, err;
    };

    static Run runDemo(const ScratchDatabase& db, const QStringList& extra) {
        QProcess p;
        p.start(qEnvironmentVariable("CERTPHOTO_BINARY_DIR") + QStringLiteral("/bin/certphoto-demo"),
                QStringList{QStringLiteral("--database"), db.superuserConnInfo()} + extra);
        if (!p.waitForFinished(300000))
            qFatal("certphoto-demo did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void fillsAnEmptyDatabaseAndRunsTwice() {
        ScratchDatabase db(QStringLiteral("demo"));
        const Run first = runDemo(db, {QStringLiteral("--count"), QStringLiteral("40"),
                                       QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("created 40, replaced 0, next attempt 0, duplicate 0")),
                 qPrintable(first.out));
        QVERIFY(first.out.contains(QStringLiteral("demo_auditor1 / ")));
        QVERIFY(first.out.contains(QStringLiteral("demo_supervisor / ")));

        QSqlQuery q(db.superuserConnection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT a.name, a.id_number, a.phone, a.level, s.profile, su.arrived_at, "
                                  "su.deadline, r.verdict, r.core_version FROM certphoto.submissions su "
                                  "JOIN certphoto.applicants a ON a.id = su.applicant_id "
                                  "JOIN certphoto.schools s ON s.id = a.school_id "
                                  "LEFT JOIN certphoto.compliance_reports r ON r.submission_id = su.id")));
        int rows = 0, withId = 0, overdue = 0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        static const QRegularExpression phone(QStringLiteral("^1[3-9][0-9]{9}$"));
        while (q.next()) {
            ++rows;
            QVERIFY(!q.value(0).toString().isEmpty());
            const QString id = q.value(1).toString();
            if (!id.isEmpty()) {
                ++withId;
                QVERIFY2(certphoto::privacy::isValidIdNumber(id),
                         qPrintable(certphoto::privacy::maskIdNumber(id)));
            }
            QVERIFY(phone.match(q.value(2).toString()).hasMatch());
            QVERIFY(q.value(3).toString() == QStringLiteral("本科") ||
                    q.value(3).toString() == QStringLiteral("专科"));
            QVERIFY(QStringList({"chsi-graduation", "selfstudy-degree", "selfstudy-degree-2020"})
                        .contains(q.value(4).toString()));
            const QDateTime arrived = q.value(5).toDateTime().toUTC();
            const QDateTime deadline = q.value(6).toDateTime().toUTC();
            const qint64 hours = arrived.secsTo(deadline) / 3600;
            QVERIFY(hours == 24 || hours == 48);
            // Within the school's own promise, or at most a twentieth of it past.
            QVERIFY(arrived <= now && arrived >= now.addSecs(-hours * 3600 * 21 / 20 - 60));
            overdue += deadline < now ? 1 : 0;
            QVERIFY(QStringList({"pass", "review", "fail"}).contains(q.value(7).toString()));
            QVERIFY(!q.value(8).toString().isEmpty());
        }
        QCOMPARE(rows, 40);
        QVERIFY2(overdue <= 6, qPrintable(QStringLiteral("%1 of 40 overdue").arg(overdue))); // ~5 % expected
        QVERIFY(withId >= 20); // most applicants give an ID number

        const Run second = runDemo(db, {QStringLiteral("--count"), QStringLiteral("40"),
                                        QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("created 0, replaced 0, next attempt 0, duplicate 40")),
                 qPrintable(second.out));
        QVERIFY(second.out.contains(QStringLiteral("existed already")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM certphoto.submissions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 40);
    }

    // --history-days: decided history by the demo auditors, one SMS row and one audit row per decision, in
    // the statistics' summaries; demo_auditor3 overrules the core more often; a second run adds nothing.
    void fillsDecidedHistory() {
        ScratchDatabase db(QStringLiteral("demohist"));
        const QStringList args{QStringLiteral("--count"),        QStringLiteral("30"),
                               QStringLiteral("--seed"),         QStringLiteral("11"),
                               QStringLiteral("--history-days"), QStringLiteral("4")};
        const Run first = runDemo(db, args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        static const QRegularExpression recorded(
            QStringLiteral("history: 4 past days, (\\d+) decisions recorded"));
        const auto m = recorded.match(first.out);
        QVERIFY2(m.hasMatch(), qPrintable(first.out));
        const int n = m.captured(1).toInt();
        QVERIFY2(n >= 150, qPrintable(first.out)); // three auditors, about a hundred a working day each

        QSqlQuery q(db.superuserConnection());
        auto one = [&](const QString& sql) {
            if (!q.exec(sql) || !q.next())
                qFatal("query failed: %s", qPrintable(sql));
            return q.value(0).toLongLong();
        };
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), qint64(n));
        QCOMPARE(one(QStringLiteral("SELECT count(DISTINCT decision_id) FROM certphoto.sms_outbox")),
                 qint64(n));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox")), qint64(n));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action = 'decide'")),
                 qint64(n));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM certphoto.decision_facts")), qint64(n));
        QCOMPARE(one(QStringLiteral("SELECT sum(approved + rejected) FROM certphoto.auditor_daily")),
                 qint64(n));
        // The 30 submissions of the queue stay pending; every history one is decided.
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE status = 'pending'")),
                 qint64(30));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM certphoto.decisions WHERE actor NOT IN "
                                    "('demo_auditor1', 'demo_auditor2', 'demo_auditor3')")),
                 qint64(0));
        // Days before today (Shanghai), at office hours, decided after arrival, rejections with reasons.
        QCOMPARE(
            one(QStringLiteral(
                "SELECT count(*) FROM certphoto.decision_facts WHERE day >= (now() AT TIME ZONE "
                "'Asia/Shanghai')::date OR day < (now() AT TIME ZONE 'Asia/Shanghai')::date - 4 OR hour < 8 "
                "OR hour > 18")),
            qint64(0));
        QCOMPARE(
            one(QStringLiteral("SELECT count(*) FROM certphoto.decisions d JOIN certphoto.submissions s ON "
                               "s.id = d.submission_id WHERE d.decided_at < s.arrived_at OR (d.verdict = "
                               "'reject' AND cardinality(d.reason_codes) = 0)")),
            qint64(0));
        // Most rejections of a photo the core failed name a reason the core found.
        const qint64 followed = one(QStringLiteral(
            "SELECT count(*) FROM certphoto.decision_facts WHERE NOT approved AND core_verdict = 'fail' AND "
            "cardinality(failed_checks) > 0 AND reason_codes <@ (SELECT array_agg(e->>'reason') FROM "
            "certphoto.compliance_reports r, jsonb_array_elements(r.report->'checks') e WHERE "
            "r.submission_id = "
            "decision_facts.submission_id AND e->>'status' = 'fail')"));
        const qint64 coreFailRejected = one(QStringLiteral(
            "SELECT count(*) FROM certphoto.decision_facts WHERE NOT approved AND core_verdict = 'fail' AND "
            "cardinality(failed_checks) > 0"));
        QVERIFY2(followed * 10 >= coreFailRejected * 7,
                 qPrintable(QStringLiteral("%1 of %2").arg(followed).arg(coreFailRejected)));
        // demo_auditor3 approves more of what the core failed than each of the others.
        auto overrule = [&](const QString& who) {
            return one(
                QStringLiteral("SELECT round(1000.0 * count(*) FILTER (WHERE approved) / greatest(count(*), "
                               "1)) FROM certphoto.decision_facts WHERE core_verdict = 'fail' AND actor = "
                               "'%1'")
                    .arg(who));
        };
        const qint64 a3 = overrule(QStringLiteral("demo_auditor3"));
        QVERIFY2(a3 > overrule(QStringLiteral("demo_auditor1")) &&
                     a3 > overrule(QStringLiteral("demo_auditor2")),
                 qPrintable(QString::number(a3)));

        const Run second = runDemo(db, args);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("history: 4 past days, 0 decisions recorded")),
                 qPrintable(second.out));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), qint64(n));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"

// certphoto-admin reanalyze on a scratch database filled by certphoto-demo (real photos, real reports): the
// dry run changes nothing; the run recomputes exactly the report intake made for every stale pending
// submission, leaves decided and current ones alone, writes the audit rows, and a second run finds nothing.
#include "store_fixture.h"

#include <certphoto/core/analysis.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/queue.h>

#include <QProcess>
#include <QSqlError>

#include <algorithm>
#include <map>

using namespace certphoto;
using namespace certphoto::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run runTool(const QString& tool, const QStringList& args) {
    QProcess p;
    p.start(qEnvironmentVariable("CERTPHOTO_BINARY_DIR") + QStringLiteral("/bin/") + tool, args);
    if (!p.waitForFinished(600000))
        qFatal("%s did not finish", qPrintable(tool));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

struct Stored {
    QString report; // jsonb text without elapsed_ms (the only field that differs between two analyses)
    QByteArray mask;
    QString verdict, coreVersion, profile;
    bool operator==(const Stored&) const = default;
};

std::map<qint64, Stored> reports(const ScratchDatabase& db) {
    std::map<qint64, Stored> out;
    QSqlQuery q(db.superuserConnection());
    if (!q.exec(QStringLiteral("SELECT submission_id, (report - 'elapsed_ms')::text, mask_png, verdict, "
                               "core_version, profile FROM certphoto.compliance_reports")))
        qFatal("reading reports failed: %s", qPrintable(q.lastError().text()));
    while (q.next())
        out[q.value(0).toLongLong()] = {q.value(1).toString(), q.value(2).toByteArray(),
                                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return out;
}

qint64 count(const ScratchDatabase& db, const QString& sql) {
    QSqlQuery q(db.superuserConnection());
    if (!q.exec(sql) || !q.next())
        qFatal("check query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

store::Connection open(const ScratchDatabase& db, const QString& login) {
    auto c = store::Connection::open({db.server().connInfo(db.name(), login), {}}, QStringLiteral("test"));
    if (!c)
        qFatal("connect failed: %s", c.error().message.c_str());
    return std::move(c).value();
}

} // namespace

class TestReanalyze : public QObject {
    Q_OBJECT
private slots:
    void recomputesStalePendingReportsOnly() {
        ScratchDatabase db(QStringLiteral("reana"));
        const Run demo = runTool(QStringLiteral("certphoto-demo"),
                                 {QStringLiteral("--database"), db.superuserConnInfo(),
                                  QStringLiteral("--count"), QStringLiteral("24"), QStringLiteral("--seed"),
                                  QStringLiteral("11"), QStringLiteral("--no-users")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const QString current = QString::fromLatin1(core::coreVersion());
        const std::map<qint64, Stored> atIntake = reports(db);
        QCOMPARE(atIntake.size(), std::size_t(24));
        for (const auto& [id, r] : atIntake)
            QCOMPARE(r.coreVersion, current);

        auto su = open(db, db.server().superuser);
        const QString admin = uniqueLogin(QStringLiteral("adm"));
        const QString auditor = uniqueLogin(QStringLiteral("aud"));
        VERIFY_OK(store::createUser(su, admin, QStringLiteral("pw-admin"), store::Role::Admin));
        VERIFY_OK(store::createUser(su, auditor, QStringLiteral("pw-aud"), store::Role::Auditor));

        // Three decided submissions keep whatever report they were decided on, stale or not.
        auto a = open(db, auditor);
        std::vector<qint64> decided;
        for (int i = 0; i < 3; ++i) {
            auto lease = store::claimNext(a);
            VERIFY_OK(lease);
            QVERIFY(lease->has_value());
            VERIFY_OK(store::decide(a, approve((*lease)->submissionId)));
            decided.push_back((*lease)->submissionId);
        }
        // Every report but one looks like an older core's; one pending submission lost its report.
        const qint64 keep =
            count(db, QStringLiteral("SELECT max(id) FROM certphoto.submissions WHERE status = "
                                     "'pending'"));
        const qint64 bare =
            count(db, QStringLiteral("SELECT min(id) FROM certphoto.submissions WHERE status = "
                                     "'pending'"));
        QCOMPARE(
            execAll(db.superuserConnection(),
                    QStringLiteral("UPDATE certphoto.compliance_reports SET core_version = 'certphoto-core "
                                   "1.0.0', report = '{\"stale\": true}', mask_png = NULL, verdict = 'fail' "
                                   "WHERE submission_id <> %1; "
                                   "DELETE FROM certphoto.compliance_reports WHERE submission_id = %2")
                        .arg(keep)
                        .arg(bare)),
            QString());
        const std::map<qint64, Stored> before = reports(db);
        const qint64 pending =
            count(db, QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE status = "
                                     "'pending'"));
        const qint64 stale = pending - 1; // all pending but `keep`
        QCOMPARE(stale, qint64{20});
        const QString conn = db.server().connInfo(db.name(), admin);

        // Usage errors: exit 2, nothing done.
        QCOMPARE(runTool(QStringLiteral("certphoto-admin"),
                         {QStringLiteral("--database"), conn, QStringLiteral("reanalyze"),
                          QStringLiteral("--jobs"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(
            runTool(QStringLiteral("certphoto-admin"), {QStringLiteral("--database"), conn,
                                                        QStringLiteral("reanalyze"), QStringLiteral("extra")})
                .exitCode,
            2);

        // The dry run only counts.
        const Run dry = runTool(
            QStringLiteral("certphoto-admin"),
            {QStringLiteral("--database"), conn, QStringLiteral("reanalyze"), QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains(QStringLiteral("dry run: %1 pending submissions").arg(stale)),
                 qPrintable(dry.out));
        QVERIFY(reports(db) == before);
        QCOMPARE(count(db, QStringLiteral(
                               "SELECT count(*) FROM certphoto.audit_trail WHERE action = 'reanalyze'")),
                 qint64{0});

        // An auditor login may not run it.
        const Run refused = runTool(QStringLiteral("certphoto-admin"),
                                    {QStringLiteral("--database"), db.server().connInfo(db.name(), auditor),
                                     QStringLiteral("reanalyze")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("db.permission")), qPrintable(refused.err));
        QVERIFY(reports(db) == before);

        // The run, in batches of 7 on two workers.
        const Run run = runTool(QStringLiteral("certphoto-admin"),
                                {QStringLiteral("--database"), conn, QStringLiteral("reanalyze"),
                                 QStringLiteral("--jobs"), QStringLiteral("2"),
                                 QStringLiteral("--batch-size"), QStringLiteral("7")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("recomputed %1, skipped 0, failed 0").arg(stale)),
                 qPrintable(run.out));

        const std::map<qint64, Stored> after = reports(db);
        QCOMPARE(after.size(), std::size_t(24));
        for (const auto& [id, r] : after) {
            const bool wasDecided = std::find(decided.begin(), decided.end(), id) != decided.end();
            if (wasDecided) {
                QVERIFY(r == before.at(id)); // the stale report stays: it is what the decision saw
                QCOMPARE(r.coreVersion, QStringLiteral("certphoto-core 1.0.0"));
            } else {
                // Recomputed from the stored bytes with the same profile: exactly what intake stored.
                QVERIFY2(r == atIntake.at(id), qPrintable(QStringLiteral("submission %1").arg(id)));
            }
        }
        QVERIFY(after.at(keep) == before.at(keep));
        QCOMPARE(
            count(db, QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action = 'reanalyze' "
                                     "AND actor = '%1'")
                          .arg(admin)),
            stale);
        QCOMPARE(
            count(db, QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action = 'reanalyze' "
                                     "AND submission_id = %1 AND detail->>'from_core_version' IS NULL")
                          .arg(bare)),
            qint64{1});

        // Nothing left: a second run recomputes nothing.
        const Run again = runTool(QStringLiteral("certphoto-admin"),
                                  {QStringLiteral("--database"), conn, QStringLiteral("reanalyze")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("recomputed 0, skipped 0, failed 0")),
                 qPrintable(again.out));
    }

    void aProfileThisBuildDoesNotKnowFailsThatSubmissionOnly() {
        ScratchDatabase db(QStringLiteral("reanb"));
        const Run demo = runTool(QStringLiteral("certphoto-demo"),
                                 {QStringLiteral("--database"), db.superuserConnInfo(),
                                  QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--seed"),
                                  QStringLiteral("12"), QStringLiteral("--no-users")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const qint64 odd =
            count(db, QStringLiteral("SELECT min(submission_id) FROM certphoto.compliance_reports"));
        QCOMPARE(execAll(db.superuserConnection(),
                         QStringLiteral(
                             "UPDATE certphoto.compliance_reports SET core_version = 'certphoto-core "
                             "1.0.0'; UPDATE certphoto.compliance_reports SET profile = 'no-such-profile' "
                             "WHERE submission_id = %1")
                             .arg(odd)),
                 QString());
        const std::map<qint64, Stored> before = reports(db);
        const Run run =
            runTool(QStringLiteral("certphoto-admin"),
                    {QStringLiteral("--database"), db.superuserConnInfo(), QStringLiteral("reanalyze")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("recomputed 3, skipped 0, failed 1")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("no-such-profile")), qPrintable(run.err));
        const std::map<qint64, Stored> after = reports(db);
        QVERIFY(after.at(odd) == before.at(odd));
        for (const auto& [id, r] : after)
            QCOMPARE(r.coreVersion, id == odd ? QStringLiteral("certphoto-core 1.0.0")
                                              : QString::fromLatin1(core::coreVersion()));
    }
};

QTEST_GUILESS_MAIN(TestReanalyze)
#include "tst_reanalyze.moc"

// certphoto-admin verify-audit names the first broken row (exit 1) after a superuser edited one, and
// prints the chain head; certphoto-demo's passwords are random, not derived from the seed.
#include <certphoto/store/migrations.h>
#include <certphoto/store/users.h>

#include <pgtest.h>

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <random>

using certphoto::test::ScratchDatabase;

class TestGuardCli : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out, err;
    };

    static Run tool(const QString& name, const QStringList& args) {
        QProcess p;
        p.start(qEnvironmentVariable("CERTPHOTO_BINARY_DIR") + QStringLiteral("/bin/") + name, args);
        if (!p.waitForFinished(300000))
            qFatal("%s did not finish", qPrintable(name));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // The password the demo gave demo_auditor1 before issue 12: the same for everyone with that seed.
    static QString seedPassword(std::uint64_t seed) {
        std::mt19937_64 rng(seed ^ 0x5EEDFACEULL);
        static const char letters[] = "abcdefghjkmnpqrstuvwxyz23456789";
        QString password;
        for (int i = 0; i < 10; ++i)
            password += QLatin1Char(letters[std::uniform_int_distribution<int>(0, sizeof letters - 2)(rng)]);
        return password;
    }

private slots:
    void verifyAuditNamesTheBrokenRow() {
        ScratchDatabase db(QStringLiteral("vaudit"));
        auto su = certphoto::store::Connection::open({db.superuserConnInfo(), {}}, QStringLiteral("test"));
        QVERIFY(su.ok());
        QVERIFY(certphoto::store::upgradeSchema(*su).ok());
        const QString admin = QStringLiteral("vadm_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QVERIFY(certphoto::store::createUser(*su, admin, {}, certphoto::store::Role::Admin).ok());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(certphoto::test::execAll(db.superuserConnection(),
                                              QStringLiteral("SELECT certphoto.upsert_school('学校%1', "
                                                             "'chsi-graduation', 48)")
                                                  .arg(i)),
                     QString());
        const QStringList base{QStringLiteral("--database"), db.server().connInfo(db.name(), admin)};
        const Run ok =
            tool(QStringLiteral("certphoto-admin"), base + QStringList{QStringLiteral("verify-audit")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QVERIFY2(ok.out.contains(QLatin1String("intact")), qPrintable(ok.out));
        static const QRegularExpression headRe(QStringLiteral("head (\\d+:[0-9a-f]{64})"));
        const auto head = headRe.match(ok.out);
        QVERIFY2(head.hasMatch(), qPrintable(ok.out));

        QSqlQuery q(db.superuserConnection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM certphoto.audit_trail WHERE action = 'upsert_school' "
                                      "ORDER BY id LIMIT 1 OFFSET 2")) &&
                q.next());
        const qint64 victim = q.value(0).toLongLong();
        q.finish();
        QCOMPARE(certphoto::test::execAll(
                     db.superuserConnection(),
                     QStringLiteral(
                         "BEGIN; SET LOCAL session_replication_role = replica; UPDATE "
                         "certphoto.audit_trail SET detail = '{\"school\": \"别的学校\"}' WHERE id = %1; "
                         "COMMIT;")
                         .arg(victim)),
                 QString());
        const Run broken =
            tool(QStringLiteral("certphoto-admin"), base + QStringList{QStringLiteral("verify-audit")});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.contains(QStringLiteral("BROKEN at audit row %1 ").arg(victim)),
                 qPrintable(broken.out));
        // The kept head no longer matches either.
        const Run against = tool(QStringLiteral("certphoto-admin"),
                                 base + QStringList{QStringLiteral("verify-audit"),
                                                    QStringLiteral("--expect-head"), head.captured(1)});
        QCOMPARE(against.exitCode, 1);
        const Run bad = tool(QStringLiteral("certphoto-admin"),
                             base + QStringList{QStringLiteral("verify-audit"),
                                                QStringLiteral("--expect-head"), QStringLiteral("nonsense")});
        QCOMPARE(bad.exitCode, 2);
    }

    static void dropDemoUsers(const ScratchDatabase& db) {
        for (const char* login : {"demo_auditor1", "demo_auditor2", "demo_auditor3", "demo_supervisor"})
            (void)certphoto::test::execAll(
                db.superuserConnection(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(login)));
    }

    void demoPasswordsAreRandom() {
        // The demo users are cluster-wide roles: start from none, so this run creates them, and leave none
        // (cli.demo expects to create them itself).
        ScratchDatabase db(QStringLiteral("demopw"));
        dropDemoUsers(db);
        const Run run = tool(QStringLiteral("certphoto-demo"),
                             {QStringLiteral("--database"), db.superuserConnInfo(), QStringLiteral("--count"),
                              QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        static const QRegularExpression line(QStringLiteral("demo_auditor1 / ([a-z0-9]+)"));
        const auto m = line.match(run.out);
        QVERIFY2(m.hasMatch(), qPrintable(run.out));
        QVERIFY(m.captured(1).size() >= 12);
        QVERIFY(m.captured(1) != seedPassword(7));
        QSqlQuery q(db.superuserConnection());
        QVERIFY(q.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'demo_auditor1'")) &&
                q.next());
        QVERIFY(q.value(0).toString().startsWith(QLatin1String("SCRAM-SHA-256$4096:")));
        q.finish();
        // The second run does not show (or know) the password again.
        const Run again =
            tool(QStringLiteral("certphoto-demo"),
                 {QStringLiteral("--database"), db.superuserConnInfo(), QStringLiteral("--count"),
                  QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(again.out.contains(QLatin1String("existed already")));
        QVERIFY(!again.out.contains(m.captured(1)));
        dropDemoUsers(db);
    }
};

QTEST_GUILESS_MAIN(TestGuardCli)
#include "tst_guard_cli.moc"

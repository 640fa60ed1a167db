// Upgrading a database that is in use: schema 3 with people, submissions, decisions and a live lease,
// brought up to the newest; the checksums of applied migration files; a newer schema that still works
// with this client (digiKam's "version and the oldest client that can use it").
#include "store_fixture.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/audit.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/queue.h>

using namespace certphoto;
using namespace certphoto::test;

class TestUpgrade : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-store-upgrade")); }
    void cleanupTestCase() { logging::shutdown(); }

    void aPopulatedSchema3ComesUpToTheNewest() {
        ScratchDatabase scratch(QStringLiteral("up3"));
        auto su = store::Connection::open({scratch.superuserConnInfo(), {}}, QStringLiteral("test"));
        QVERIFY(su.ok());
        auto at3 = store::upgradeSchema(*su, 3);
        VERIFY_OK(at3);
        QCOMPARE(*at3, 3);

        // Schema 3 in use: an admin, two auditors, 20 submissions, decisions, one lease still held.
        const QString admin = uniqueLogin(QStringLiteral("adm"));
        const QString aud1 = uniqueLogin(QStringLiteral("aud"));
        const QString aud2 = uniqueLogin(QStringLiteral("aud"));
        VERIFY_OK(store::createUser(*su, admin, QStringLiteral("pw-admin"), store::Role::Admin));
        auto open = [&](const QString& login) {
            auto c = store::Connection::open({scratch.server().connInfo(scratch.name(), login), {}},
                                             QStringLiteral("test"));
            if (!c)
                qFatal("connect failed: %s", c.error().message.c_str());
            return std::move(c).value();
        };
        auto adminC = open(admin);
        VERIFY_OK(store::createUser(adminC, aud1, QStringLiteral("pw-") + aud1, store::Role::Auditor));
        VERIFY_OK(store::createUser(adminC, aud2, QStringLiteral("pw-") + aud2, store::Role::Auditor));
        std::vector<store::IncomingSubmission> batch;
        for (int i = 0; i < 20; ++i)
            batch.push_back(incoming(i));
        VERIFY_OK(store::storeSubmissions(adminC, batch));
        auto a = open(aud1);
        for (int i = 0; i < 5; ++i) {
            auto lease = store::claimNext(a);
            VERIFY_OK(lease);
            QVERIFY(lease->has_value());
            VERIFY_OK(store::decide(a, i % 2
                                           ? approve((*lease)->submissionId)
                                           : reject((*lease)->submissionId, {QStringLiteral("image.blur")})));
        }
        auto b = open(aud2);
        auto held = store::claimNext(b);
        VERIFY_OK(held);
        const qint64 heldId = (*held)->submissionId;

        auto count = [&](const QString& sql) {
            QSqlQuery q(scratch.superuserConnection());
            if (!q.exec(sql) || !q.next())
                qFatal("check failed: %s", qPrintable(sql));
            return q.value(0).toLongLong();
        };
        const qint64 audit = count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail"));
        QVERIFY(audit >= 25 + 3);

        // Up to the newest, with the clients still connected.
        auto up = store::upgradeSchema(*su);
        VERIFY_OK(up);
        QCOMPARE(*up, store::knownSchemaVersion());
        VERIFY_OK(store::checkSchema(a));

        // Nothing lost, nothing doubled.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM certphoto.submissions")), 20);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 5);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox")), 5);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail")), audit);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE status = 'pending'")),
                 15);
        // Every applied file recorded with its checksum.
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM certphoto.schema_version WHERE checksum IS NULL")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM certphoto.schema_version")),
                 count(QStringLiteral("SELECT count(DISTINCT version) FROM certphoto.schema_version")));
        // The old rows joined the audit chain, in order.
        auto check = store::verifyAuditTrail(adminC);
        VERIFY_OK(check);
        QVERIFY2(!check->broken, check->broken ? qPrintable(check->broken->why) : "");
        QCOMPARE(check->rows, audit);
        // Logins made at schema 3 got their group's limits.
        QCOMPARE(count(QStringLiteral("SELECT rolconnlimit FROM pg_roles WHERE rolname = '%1'").arg(aud1)),
                 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = "
                                      "s.setrole JOIN pg_database d ON d.oid = s.setdatabase WHERE r.rolname "
                                      "= '%1' AND d.datname = current_database() AND EXISTS (SELECT 1 FROM "
                                      "unnest(s.setconfig) x WHERE x LIKE 'statement_timeout=%')")
                           .arg(aud2)),
                 1);
        // The lease taken at schema 3 still renews and decides; the old auditors work under the new rules.
        VERIFY_OK(store::renewLease(b, heldId));
        VERIFY_OK(store::decide(b, approve(heldId)));
        auto lease = store::claimNext(a);
        VERIFY_OK(lease);
        QVERIFY(lease->has_value());
        auto request = approve((*lease)->submissionId);
        request.reasonCodes = {QStringLiteral("image.blur")};
        VERIFY_ERROR(store::decide(a, request), "decision.reasons_with_approval");
        VERIFY_OK(store::decide(a, approve((*lease)->submissionId)));
        auto after = store::verifyAuditTrail(adminC);
        VERIFY_OK(after);
        QVERIFY(!after->broken);
        QCOMPARE(after->rows, audit + 2);
    }

    void aChangedMigrationFileIsRefused() {
        ScratchDatabase scratch(QStringLiteral("upsum"));
        auto c = store::Connection::open({scratch.superuserConnInfo(), {}}, QStringLiteral("test"));
        QVERIFY(c.ok());
        VERIFY_OK(store::upgradeSchema(*c));
        VERIFY_OK(store::checkSchema(*c));
        QCOMPARE(execAll(scratch.superuserConnection(),
                         QStringLiteral("UPDATE certphoto.schema_version SET checksum = repeat('0', 64) "
                                        "WHERE version = 2")),
                 QString());
        auto check = store::checkSchema(*c);
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, std::string("schema.checksum_mismatch"));
        QVERIFY(QString::fromStdString(check.error().message).contains(QLatin1String("migration 2")));
        auto up = store::upgradeSchema(*c);
        QVERIFY(!up.ok());
        QCOMPARE(up.error().code, std::string("schema.checksum_mismatch"));
    }

    void aNewerSchemaThatStillFitsIsUsed() {
        ScratchDatabase scratch(QStringLiteral("upnew"));
        auto c = store::Connection::open({scratch.superuserConnInfo(), {}}, QStringLiteral("test"));
        QVERIFY(c.ok());
        VERIFY_OK(store::upgradeSchema(*c));
        const int known = store::knownSchemaVersion();
        // The audit chain (schema 11) says clients of schema 10 still work with it.
        QSqlQuery q(scratch.superuserConnection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT oldest_client FROM certphoto.schema_version WHERE version = 11")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 10);
        q.finish();
        // A later release adds to the schema and says this client still fits: used, not upgraded back.
        QCOMPARE(
            execAll(scratch.superuserConnection(),
                    QStringLiteral("INSERT INTO certphoto.schema_version (version, checksum, oldest_client) "
                                   "VALUES (%1, repeat('a', 64), %2)")
                        .arg(known + 1)
                        .arg(known)),
            QString());
        VERIFY_OK(store::checkSchema(*c));
        auto up = store::upgradeSchema(*c);
        VERIFY_OK(up);
        QCOMPARE(*up, known + 1);
        // One that needs a newer client is refused.
        QCOMPARE(
            execAll(scratch.superuserConnection(),
                    QStringLiteral("INSERT INTO certphoto.schema_version (version, checksum, oldest_client) "
                                   "VALUES (%1, repeat('b', 64), %1)")
                        .arg(known + 2)),
            QString());
        auto refused = store::checkSchema(*c);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, std::string("schema.too_new"));
    }
};

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"

// The tamper-evident audit trail (schema 11): the chain holds under concurrent writers, and a superuser's
// edit, deletion or truncate-and-rewrite is named by verifyAuditTrail.
#include "store_fixture.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/audit.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/queue.h>

#include <QThread>

#include <atomic>

using namespace certphoto;
using namespace certphoto::test;

namespace {

// As a superuser with the ordinary triggers off: what the issue showed a superuser can do.
QString tamper(const StoreDb& db, const QString& sql) {
    return execAll(
        db.scratch.superuserConnection(),
        QStringLiteral("BEGIN; SET LOCAL session_replication_role = replica; %1; COMMIT;").arg(sql));
}

// Some history: intake, claims, decisions from several auditors at once.
void makeHistory(const StoreDb& db, int submissions, int auditors) {
    db.seed(submissions);
    std::vector<QString> logins;
    for (int i = 0; i < auditors; ++i)
        logins.push_back(db.makeUser(store::Role::Auditor));
    std::vector<std::unique_ptr<QThread>> threads;
    for (const QString& login : logins) {
        const store::ConnectionSettings settings{db.scratch.server().connInfo(db.scratch.name(), login), {}};
        threads.emplace_back(QThread::create([settings] {
            auto c = store::Connection::open(settings, QStringLiteral("history"));
            if (!c)
                return;
            for (;;) {
                auto lease = store::claimNext(*c);
                if (!lease || !lease->has_value())
                    return;
                (void)store::decide(*c, approve((*lease)->submissionId));
            }
        }));
        threads.back()->start();
    }
    for (auto& t : threads)
        t->wait();
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-store-audit")); }
    void cleanupTestCase() { logging::shutdown(); }

    void concurrentWritersKeepOneChain() {
        StoreDb db(QStringLiteral("au1"));
        makeHistory(db, 120, 4);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 120);
        auto sup = db.open(db.makeUser(store::Role::Supervisor, QStringLiteral("sup")));
        auto check = store::verifyAuditTrail(sup);
        VERIFY_OK(check);
        QVERIFY2(!check->broken, check->broken ? qPrintable(check->broken->why) : "");
        const qint64 rows = db.count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail"));
        QCOMPARE(check->rows, rows);
        QCOMPARE(check->headSeq, rows);
        QCOMPARE(db.count(QStringLiteral("SELECT max(seq) - min(seq) + 1 FROM certphoto.audit_chain")), rows);
        QCOMPARE(db.count(QStringLiteral("SELECT count(DISTINCT prev_hash) FROM certphoto.audit_chain")),
                 rows);
        // Auditors do not read the trail.
        auto a = db.open(db.makeUser(store::Role::Auditor));
        VERIFY_ERROR(store::verifyAuditTrail(a), "db.permission");
    }

    void anEditedRowIsNamed() {
        StoreDb db(QStringLiteral("au2"));
        makeHistory(db, 10, 2);
        auto admin = db.open(db.adminLogin);
        const qint64 victim = db.count(QStringLiteral("SELECT id FROM certphoto.audit_trail WHERE action = "
                                                      "'decide' ORDER BY id LIMIT 1 OFFSET 3"));
        // The triggers refuse the superuser in the ordinary way ...
        QVERIFY(
            !execAll(db.scratch.superuserConnection(),
                     QStringLiteral("UPDATE certphoto.audit_trail SET actor = 'x' WHERE id = %1").arg(victim))
                 .isEmpty());
        // ... but not with replica mode: the edit goes through, and the chain names the row.
        QCOMPARE(
            tamper(db, QStringLiteral("UPDATE certphoto.audit_trail SET actor = 'someone_else' WHERE id = %1")
                           .arg(victim)),
            QString());
        auto check = store::verifyAuditTrail(admin);
        VERIFY_OK(check);
        QVERIFY(check->broken);
        QCOMPARE(check->broken->rowId, victim);
        QVERIFY(check->broken->why.contains(QLatin1String("content")));

        // A row added with the triggers off has no link.
        StoreDb db2(QStringLiteral("au2b"));
        makeHistory(db2, 3, 1);
        QCOMPARE(tamper(db2, QStringLiteral("INSERT INTO certphoto.audit_trail (action) VALUES ('forged')")),
                 QString());
        auto admin2 = db2.open(db2.adminLogin);
        auto check2 = store::verifyAuditTrail(admin2);
        VERIFY_OK(check2);
        QVERIFY(check2->broken);
        QCOMPARE(check2->broken->rowId,
                 db2.count(QStringLiteral("SELECT id FROM certphoto.audit_trail WHERE action = 'forged'")));
        QVERIFY(check2->broken->why.contains(QLatin1String("not in the chain")));
    }

    void aDeletedRowIsNamed() {
        StoreDb db(QStringLiteral("au3"));
        makeHistory(db, 10, 2);
        auto admin = db.open(db.adminLogin);
        const qint64 seq = db.count(QStringLiteral("SELECT max(seq) / 2 FROM certphoto.audit_chain"));
        const qint64 gone =
            db.count(QStringLiteral("SELECT audit_id FROM certphoto.audit_chain WHERE seq = %1").arg(seq));
        const qint64 after = db.count(
            QStringLiteral("SELECT audit_id FROM certphoto.audit_chain WHERE seq = %1").arg(seq + 1));
        // The row alone: its link names it.
        QCOMPARE(tamper(db, QStringLiteral("DELETE FROM certphoto.audit_trail WHERE id = %1").arg(gone)),
                 QString());
        auto check = store::verifyAuditTrail(admin);
        VERIFY_OK(check);
        QVERIFY(check->broken);
        QCOMPARE(check->broken->rowId, gone);
        QVERIFY(check->broken->why.contains(QLatin1String("deleted")));
        // The row and its link: the gap names the next row.
        QCOMPARE(tamper(db, QStringLiteral("DELETE FROM certphoto.audit_chain WHERE seq = %1").arg(seq)),
                 QString());
        check = store::verifyAuditTrail(admin);
        VERIFY_OK(check);
        QVERIFY(check->broken);
        QCOMPARE(check->broken->rowId, after);
        QVERIFY(check->broken->why.contains(QLatin1String("missing")));

        // The last row removed: the head names the end.
        StoreDb db2(QStringLiteral("au3b"));
        makeHistory(db2, 4, 1);
        QCOMPARE(
            tamper(db2, QStringLiteral("DELETE FROM certphoto.audit_trail WHERE id = (SELECT audit_id FROM "
                                       "certphoto.audit_chain ORDER BY seq DESC LIMIT 1); DELETE FROM "
                                       "certphoto.audit_chain WHERE seq = (SELECT max(seq) FROM "
                                       "certphoto.audit_chain)")),
            QString());
        auto admin2 = db2.open(db2.adminLogin);
        auto check2 = store::verifyAuditTrail(admin2);
        VERIFY_OK(check2);
        QVERIFY(check2->broken);
        QVERIFY(check2->broken->why.contains(QLatin1String("head")));
    }

    void aTruncateAndRewriteShowsAgainstAKeptHead() {
        StoreDb db(QStringLiteral("au4"));
        makeHistory(db, 6, 1);
        auto admin = db.open(db.adminLogin);
        auto before = store::verifyAuditTrail(admin);
        VERIFY_OK(before);
        QVERIFY(!before->broken);
        const QString kept = QStringLiteral("%1:%2").arg(before->headSeq).arg(before->headHash);
        const auto head = store::AuditHead::parse(kept);
        QVERIFY(head);
        VERIFY_OK(store::verifyAuditTrail(admin, head));
        QVERIFY(!store::verifyAuditTrail(admin, head)->broken);

        // Everything emptied, the head reset, and a forged history written through the ordinary trigger:
        // a consistent chain, but not the one whose head was kept.
        QCOMPARE(
            tamper(db, QStringLiteral("TRUNCATE certphoto.audit_trail, certphoto.audit_chain; UPDATE "
                                      "certphoto.audit_chain_head SET seq = 0, hash = decode(repeat('00', "
                                      "32), 'hex')")),
            QString());
        QCOMPARE(execAll(db.scratch.superuserConnection(),
                         QStringLiteral("INSERT INTO certphoto.audit_trail (action, detail) SELECT 'forged', "
                                        "jsonb_build_object('n', g) FROM generate_series(1, %1) g")
                             .arg(before->headSeq + 2)),
                 QString());
        auto forged = store::verifyAuditTrail(admin);
        VERIFY_OK(forged);
        QVERIFY(!forged->broken); // consistent in itself ...
        auto against = store::verifyAuditTrail(admin, head);
        VERIFY_OK(against);
        QVERIFY(against->broken); // ... but not the trail that was kept
        QCOMPARE(against->broken->chainSeq, before->headSeq);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"

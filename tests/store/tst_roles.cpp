// The server is the guard: what an auditor's own login role cannot do, even with psql.
#include "store_fixture.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/queue.h>

#include <QSqlError>

using namespace certphoto;
using namespace certphoto::test;

namespace {

// Runs raw SQL on a store connection (what a person with psql could do); returns the SQLSTATE or "ok".
QString raw(store::Connection& c, const QString& sql) {
    QSqlQuery q(c.db());
    if (q.exec(sql))
        return QStringLiteral("ok");
    return q.lastError().nativeErrorCode();
}

} // namespace

class TestRoles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-store-roles")); }
    void cleanupTestCase() { logging::shutdown(); }

    void auditorCannotWriteTables() {
        StoreDb db(QStringLiteral("r1"));
        db.seed(2);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        QCOMPARE(raw(a, QStringLiteral("UPDATE certphoto.submissions SET status = 'approved'")),
                 QStringLiteral("42501"));
        QCOMPARE(raw(a, QStringLiteral("DELETE FROM certphoto.submissions")), QStringLiteral("42501"));
        QCOMPARE(raw(a, QStringLiteral("INSERT INTO certphoto.decisions (id, submission_id, verdict) VALUES "
                                       "(gen_random_uuid(), 1, 'approve')")),
                 QStringLiteral("42501"));
        QCOMPARE(raw(a, QStringLiteral("UPDATE certphoto.settings SET value = '1'")),
                 QStringLiteral("42501"));
        QCOMPARE(raw(a, QStringLiteral("CREATE TABLE certphoto.mine (x int)")), QStringLiteral("42501"));
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE status = 'pending'")),
            2);
    }

    void auditorSeesPersonalDataOnlyMasked() {
        StoreDb db(QStringLiteral("r2"));
        db.seed(1);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        QCOMPARE(raw(a, QStringLiteral("SELECT id_number FROM certphoto.applicants")),
                 QStringLiteral("42501"));
        QCOMPARE(raw(a, QStringLiteral("SELECT phone FROM certphoto.applicants")), QStringLiteral("42501"));
        QCOMPARE(raw(a, QStringLiteral("SELECT recipient FROM certphoto.sms_outbox")),
                 QStringLiteral("42501"));
        const qint64 id = db.count(QStringLiteral("SELECT min(id) FROM certphoto.submissions"));
        auto seen = store::loadSubmission(a, id);
        VERIFY_OK(seen);
        const QString idNumber = validIdNumber(0), phone = validPhone(0);
        QCOMPARE(seen->idNumber, idNumber.left(6) + QStringLiteral("********") + idNumber.right(4));
        QCOMPARE(seen->phone, phone.left(3) + QStringLiteral("****") + phone.right(4));
        QVERIFY(!seen->photo.isEmpty());
        QVERIFY(seen->reportJson.contains("review"));
        // The admin sees them in clear (exports, SMS).
        auto admin = db.open(db.adminLogin);
        auto full = store::loadSubmission(admin, id);
        VERIFY_OK(full);
        QCOMPARE(full->idNumber, idNumber);
        QCOMPARE(full->phone, phone);
    }

    void auditTrailIsAppendOnly() {
        StoreDb db(QStringLiteral("r3"));
        db.seed(1);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        QCOMPARE(raw(a, QStringLiteral("UPDATE certphoto.audit_trail SET actor = 'x'")),
                 QStringLiteral("42501"));
        QCOMPARE(raw(a, QStringLiteral("DELETE FROM certphoto.audit_trail")), QStringLiteral("42501"));
        QCOMPARE(raw(a, QStringLiteral("TRUNCATE certphoto.audit_trail")), QStringLiteral("42501"));
        QCOMPARE(raw(a, QStringLiteral("INSERT INTO certphoto.audit_trail (action) VALUES ('forged')")),
                 QStringLiteral("42501"));
        // Not even the superuser: the triggers refuse.
        const qint64 before = db.count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail"));
        QVERIFY(before > 0);
        QVERIFY(!execAll(db.scratch.superuserConnection(),
                         QStringLiteral("UPDATE certphoto.audit_trail SET actor = 'x'"))
                     .isEmpty());
        QVERIFY(
            !execAll(db.scratch.superuserConnection(), QStringLiteral("DELETE FROM certphoto.audit_trail"))
                 .isEmpty());
        QVERIFY(!execAll(db.scratch.superuserConnection(), QStringLiteral("TRUNCATE certphoto.audit_trail"))
                     .isEmpty());
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail")), before);
    }

    void onlyAdminsRunTheSystem() {
        StoreDb db(QStringLiteral("r4"));
        auto a = db.open(db.makeUser(store::Role::Auditor));
        auto s = db.open(db.makeUser(store::Role::Supervisor, QStringLiteral("sup")));
        VERIFY_ERROR(
            store::createUser(a, uniqueLogin(QStringLiteral("x")), QStringLiteral("pw"), store::Role::Admin),
            "db.permission");
        VERIFY_ERROR(
            store::createUser(s, uniqueLogin(QStringLiteral("x")), QStringLiteral("pw"), store::Role::Admin),
            "db.permission");
        VERIFY_ERROR(store::storeSubmissions(a, {incoming(1)}), "db.permission");
        QCOMPARE(raw(a, QStringLiteral("SELECT certphoto.set_lease_seconds(1)")), QStringLiteral("42501"));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.submissions")), 0);
        // Supervisors read the day's decisions but not the applicants.
        QCOMPARE(raw(s, QStringLiteral("SELECT count(*) FROM certphoto.decisions")), QStringLiteral("ok"));
        QCOMPARE(raw(s, QStringLiteral("SELECT id_number FROM certphoto.applicants")),
                 QStringLiteral("42501"));
        // The outbox for supervisors: the SMS texts, the recipient masked.
        {
            db.seed(1);
            auto decider = db.open(db.makeUser(store::Role::Auditor));
            auto lease = store::claimNext(decider);
            VERIFY_OK(lease);
            store::DecisionRequest r;
            r.decisionId = QUuid::createUuid();
            r.submissionId = (*lease)->submissionId;
            VERIFY_OK(store::decide(decider, r));
            QSqlQuery q(s.db());
            QVERIFY(q.exec(QStringLiteral("SELECT recipient, text FROM certphoto.outbox_entries")));
            QVERIFY(q.next());
            const QString phone = validPhone(0);
            QCOMPARE(q.value(0).toString(), phone.left(3) + QStringLiteral("****") + phone.right(4));
            QVERIFY(q.value(1).toString().contains(QStringLiteral("审核成功")));
            QCOMPARE(raw(a, QStringLiteral("SELECT * FROM certphoto.outbox_entries")),
                     QStringLiteral("42501"));
        }
        auto roles = store::currentRoles(a);
        VERIFY_OK(roles);
        QCOMPARE(roles->size(), std::size_t(1));
        QCOMPARE(roles->front(), store::Role::Auditor);
    }

    void createUserAdmitsOnlyTheGroups() {
        StoreDb db(QStringLiteral("r5"));
        auto admin = db.open(db.adminLogin);
        const QString login = uniqueLogin(QStringLiteral("evil"));
        QSqlQuery q(admin.db());
        QVERIFY(!q.exec(
            QStringLiteral("SELECT certphoto.create_user('%1', 'pw', 'certphoto_owner')").arg(login)));
        QVERIFY(q.lastError().text().contains(QLatin1String("user.bad_group")));
        QVERIFY(!q.exec(
            QStringLiteral("SELECT certphoto.create_user('%1', 'pw', 'pg_read_server_files')").arg(login)));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(login)),
                 0);
        // The admin login itself may not join the owner role or create roles by hand.
        QCOMPARE(raw(admin, QStringLiteral("GRANT certphoto_owner TO \"%1\"").arg(db.adminLogin)),
                 QStringLiteral("42501"));
        QCOMPARE(raw(admin, QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(login)), QStringLiteral("42501"));
        QCOMPARE(raw(admin, QStringLiteral("SET ROLE certphoto_owner")), QStringLiteral("42501"));
        // A login made the proper way exists, can log in, is in exactly its group and is no superuser.
        VERIFY_OK(store::createUser(admin, login, QStringLiteral("pw"), store::Role::Supervisor));
        VERIFY_ERROR(store::createUser(admin, login, QStringLiteral("pw"), store::Role::Supervisor),
                     "user.exists");
        QCOMPARE(db.count(QStringLiteral(
                              "SELECT count(*) FROM pg_roles WHERE rolname = '%1' AND rolcanlogin AND NOT "
                              "rolsuper AND NOT rolcreaterole AND pg_has_role(oid, 'certphoto_supervisor', "
                              "'MEMBER') AND NOT pg_has_role(oid, 'certphoto_owner', 'MEMBER')")
                              .arg(login)),
                 1);
    }

    void definerFunctionsAreNotPublic() {
        StoreDb db(QStringLiteral("r6"));
        // Every function of the schema: no EXECUTE for PUBLIC; every definer function pins search_path.
        QCOMPARE(db.count(QStringLiteral(
                     "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                     "WHERE n.nspname = 'certphoto' AND (p.proacl IS NULL OR EXISTS (SELECT 1 FROM "
                     "aclexplode(p.proacl) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE'))")),
                 0);
        QCOMPARE(db.count(QStringLiteral(
                     "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                     "WHERE n.nspname = 'certphoto' AND p.prosecdef AND NOT EXISTS (SELECT 1 FROM "
                     "unnest(p.proconfig) c WHERE c LIKE 'search_path=%')")),
                 0);
        QVERIFY(db.count(QStringLiteral(
                    "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = 'certphoto' AND p.prosecdef")) >= 8);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'certphoto' AND "
                                         "tableowner <> 'certphoto_owner'")),
                 0);
        QCOMPARE(db.count(QStringLiteral(
                     "SELECT count(*) FROM pg_roles WHERE rolname = 'certphoto_owner' AND rolcanlogin")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"

// Recomputing reports (schema 6): which submissions are listed, keyset paging, the swap only while the
// submission is pending and its report is the listed one, audit rows without personal data, admins only.
#include "store_fixture.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/queue.h>
#include <certphoto/store/reanalysis.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace certphoto;
using namespace certphoto::test;

namespace {

const QString kNew = QStringLiteral("certphoto-core 9.9.9");

// What the client would store after analyzing the listed photo again.
store::RecomputedReport recomputed(const store::StaleReport& s,
                                   const QString& verdict = QStringLiteral("pass")) {
    store::RecomputedReport r;
    r.submissionId = s.submissionId;
    r.oldCoreVersion = s.oldCoreVersion;
    r.reportJson =
        QStringLiteral(R"({"verdict":"%1","core_version":"%2","findings":[]})").arg(verdict, kNew).toUtf8();
    r.maskPng = QByteArray("\x89PNG recomputed mask");
    r.verdict = verdict;
    r.coreVersion = kNew;
    r.profile = s.profile;
    return r;
}

QString reportColumn(const StoreDb& db, qint64 id, const QString& column) {
    QSqlQuery q(db.scratch.superuserConnection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM certphoto.compliance_reports WHERE submission_id = %2")
                    .arg(column)
                    .arg(id)) ||
        !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

qint64 decideFirstInQueue(store::Connection& auditor) {
    auto lease = store::claimNext(auditor);
    if (!lease || !lease->has_value())
        qFatal("nothing to claim");
    auto decided = store::decide(auditor, approve((*lease)->submissionId));
    if (!decided)
        qFatal("decide failed: %s", decided.error().message.c_str());
    return (*lease)->submissionId;
}

} // namespace

class TestReanalysis : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-store-reanalysis")); }
    void cleanupTestCase() { logging::shutdown(); }

    void staleUndecidedReportsAreReplacedAndAudited() {
        StoreDb db(QStringLiteral("re1"));
        db.seed(6); // reports from core "test"
        auto admin = db.open(db.adminLogin);
        auto auditor = db.open(db.makeUser(store::Role::Auditor));
        const qint64 decided = decideFirstInQueue(auditor);
        // Applicant 5 sends a new photo: the old submission becomes replaced and is never reviewed.
        store::IncomingSubmission again = incoming(5);
        again.photo = fakePhoto(1005);
        auto replacedIntake = store::storeSubmissions(admin, {again});
        VERIFY_OK(replacedIntake);
        QCOMPARE(replacedIntake->front().outcome, store::IntakeOutcome::Replaced);
        const qint64 replacedId =
            db.count(QStringLiteral("SELECT id FROM certphoto.submissions WHERE status = 'replaced'"));
        // One report is current already.
        const qint64 current = db.count(QStringLiteral("SELECT max(id) FROM certphoto.submissions"));
        QCOMPARE(execAll(db.scratch.superuserConnection(),
                         QStringLiteral("UPDATE certphoto.compliance_reports SET core_version = '%1' "
                                        "WHERE submission_id = %2")
                             .arg(kNew)
                             .arg(current)),
                 QString());

        // Pending and stale: 6 seeded - 1 decided - 1 replaced = 4.
        auto count = store::countStaleReports(admin, kNew);
        VERIFY_OK(count);
        QCOMPARE(*count, qint64{4});

        // Keyset paging, two at a time, in id order.
        std::vector<store::StaleReport> all;
        qint64 after = 0;
        int batches = 0;
        for (;;) {
            auto batch = store::listStaleReports(admin, kNew, after, 2);
            VERIFY_OK(batch);
            if (batch->empty())
                break;
            QVERIFY(batch->size() <= 2);
            ++batches;
            after = batch->back().submissionId;
            for (auto& s : *batch)
                all.push_back(std::move(s));
        }
        QCOMPARE(batches, 2);
        QCOMPARE(all.size(), std::size_t(4));
        for (std::size_t i = 0; i < all.size(); ++i) {
            const store::StaleReport& s = all[i];
            if (i > 0)
                QVERIFY(s.submissionId > all[i - 1].submissionId);
            QVERIFY(s.submissionId != decided && s.submissionId != replacedId && s.submissionId != current);
            QCOMPARE(s.profile, QStringLiteral("chsi-graduation"));
            QVERIFY(s.oldCoreVersion.has_value());
            QCOMPARE(*s.oldCoreVersion, QStringLiteral("test"));
            // The stored bytes, exactly as they arrived.
            QSqlQuery q(db.scratch.superuserConnection());
            QVERIFY(
                q.exec(QStringLiteral("SELECT p.bytes FROM certphoto.submissions s JOIN certphoto.photos p "
                                      "ON p.id = s.photo_id WHERE s.id = %1")
                           .arg(s.submissionId)));
            QVERIFY(q.next());
            QCOMPARE(s.photo, q.value(0).toByteArray());
        }

        const QString decidedReport = reportColumn(db, decided, QStringLiteral("report::text"));
        for (const auto& s : all) {
            auto swapped = store::replaceReport(admin, recomputed(s));
            VERIFY_OK(swapped);
            QVERIFY(*swapped);
            QCOMPARE(reportColumn(db, s.submissionId, QStringLiteral("core_version")), kNew);
            QCOMPARE(reportColumn(db, s.submissionId, QStringLiteral("verdict")), QStringLiteral("pass"));
            QCOMPARE(reportColumn(db, s.submissionId, QStringLiteral("report->>'core_version'")), kNew);
            QCOMPARE(reportColumn(db, s.submissionId, QStringLiteral("encode(mask_png, 'escape')")),
                     QStringLiteral("\\211PNG recomputed mask"));
        }
        QCOMPARE(store::countStaleReports(admin, kNew).value(), qint64{0});
        VERIFY_OK(store::listStaleReports(admin, kNew, 0, 200));
        QVERIFY(store::listStaleReports(admin, kNew, 0, 200)->empty());

        // Decided and replaced submissions keep the report they had.
        QCOMPARE(reportColumn(db, decided, QStringLiteral("core_version")), QStringLiteral("test"));
        QCOMPARE(reportColumn(db, decided, QStringLiteral("report::text")), decidedReport);
        QCOMPARE(reportColumn(db, replacedId, QStringLiteral("core_version")), QStringLiteral("test"));
        QCOMPARE(reportColumn(db, replacedId, QStringLiteral("verdict")), QStringLiteral("review"));

        // One audit row per swap: by the admin, versions and verdicts, nothing personal.
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action = 'reanalyze'")),
            qint64{4});
        QCOMPARE(db.count(QStringLiteral("SELECT count(DISTINCT submission_id) FROM certphoto.audit_trail "
                                         "WHERE action = 'reanalyze' AND actor = '%1'")
                              .arg(db.adminLogin)),
                 qint64{4});
        QSqlQuery q(db.scratch.superuserConnection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT detail::text FROM certphoto.audit_trail WHERE action = 'reanalyze'")));
        while (q.next()) {
            const QJsonObject detail = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
            QStringList keys = detail.keys();
            keys.sort();
            QCOMPARE(keys, QStringList({QStringLiteral("from_core_version"), QStringLiteral("from_verdict"),
                                        QStringLiteral("profile"), QStringLiteral("to_core_version"),
                                        QStringLiteral("to_verdict")}));
            QCOMPARE(detail.value(QStringLiteral("from_core_version")).toString(), QStringLiteral("test"));
            QCOMPARE(detail.value(QStringLiteral("to_core_version")).toString(), kNew);
            QCOMPARE(detail.value(QStringLiteral("from_verdict")).toString(), QStringLiteral("review"));
            QCOMPARE(detail.value(QStringLiteral("to_verdict")).toString(), QStringLiteral("pass"));
        }
    }

    void aDecisionBetweenListingAndReplacingWins() {
        StoreDb db(QStringLiteral("re2"));
        db.seed(1);
        auto admin = db.open(db.adminLogin);
        auto auditor = db.open(db.makeUser(store::Role::Auditor));
        auto listed = store::listStaleReports(admin, kNew, 0, 200);
        VERIFY_OK(listed);
        QCOMPARE(listed->size(), std::size_t(1));
        const QString before = reportColumn(db, listed->front().submissionId, QStringLiteral("report::text"));

        QCOMPARE(decideFirstInQueue(auditor), listed->front().submissionId);
        auto swapped = store::replaceReport(admin, recomputed(listed->front()));
        VERIFY_OK(swapped);
        QVERIFY(!*swapped);
        QCOMPARE(reportColumn(db, listed->front().submissionId, QStringLiteral("core_version")),
                 QStringLiteral("test"));
        QCOMPARE(reportColumn(db, listed->front().submissionId, QStringLiteral("report::text")), before);
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action = 'reanalyze'")),
            qint64{0});
    }

    void anotherReanalysisWins() {
        StoreDb db(QStringLiteral("re3"));
        db.seed(1);
        auto first = db.open(db.adminLogin);
        auto second = db.open(db.adminLogin);
        auto a = store::listStaleReports(first, kNew, 0, 200);
        auto b = store::listStaleReports(second, kNew, 0, 200);
        VERIFY_OK(a);
        VERIFY_OK(b);
        QCOMPARE(a->size(), std::size_t(1));
        QCOMPARE(b->size(), std::size_t(1));
        VERIFY_OK(store::replaceReport(first, recomputed(a->front(), QStringLiteral("fail"))));
        auto late = store::replaceReport(second, recomputed(b->front(), QStringLiteral("pass")));
        VERIFY_OK(late);
        QVERIFY(!*late);
        QCOMPARE(reportColumn(db, a->front().submissionId, QStringLiteral("verdict")),
                 QStringLiteral("fail"));
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action = 'reanalyze'")),
            qint64{1});
    }

    void aSubmissionWithoutReportGetsOne() {
        StoreDb db(QStringLiteral("re4"));
        auto admin = db.open(db.adminLogin);
        store::IncomingSubmission bare = incoming(1);
        bare.reportJson.clear();
        bare.coreVerdict.clear();
        bare.coreVersion.clear();
        bare.profile.clear();
        VERIFY_OK(store::storeSubmissions(admin, {bare}));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.compliance_reports")), qint64{0});

        auto listed = store::listStaleReports(admin, kNew, 0, 200);
        VERIFY_OK(listed);
        QCOMPARE(listed->size(), std::size_t(1));
        QVERIFY(!listed->front().oldCoreVersion.has_value());
        QCOMPARE(listed->front().profile, QStringLiteral("chsi-graduation")); // the school's
        auto swapped = store::replaceReport(admin, recomputed(listed->front()));
        VERIFY_OK(swapped);
        QVERIFY(*swapped);
        QCOMPARE(reportColumn(db, listed->front().submissionId, QStringLiteral("core_version")), kNew);
        QCOMPARE(reportColumn(db, listed->front().submissionId, QStringLiteral("profile")),
                 QStringLiteral("chsi-graduation"));
        // Listed as "no report", but one exists now: the second swap does nothing.
        auto again = store::replaceReport(admin, recomputed(listed->front(), QStringLiteral("fail")));
        VERIFY_OK(again);
        QVERIFY(!*again);
        QCOMPARE(reportColumn(db, listed->front().submissionId, QStringLiteral("verdict")),
                 QStringLiteral("pass"));
    }

    void aLiveLeaseDoesNotStopTheSwap() {
        StoreDb db(QStringLiteral("re5"));
        db.seed(1);
        auto admin = db.open(db.adminLogin);
        auto auditor = db.open(db.makeUser(store::Role::Auditor));
        auto lease = store::claimNext(auditor);
        VERIFY_OK(lease);
        QVERIFY(lease->has_value());
        auto listed = store::listStaleReports(admin, kNew, 0, 200);
        VERIFY_OK(listed);
        QCOMPARE(listed->size(), std::size_t(1));
        auto swapped = store::replaceReport(admin, recomputed(listed->front()));
        VERIFY_OK(swapped);
        QVERIFY(*swapped);
        // The lease is untouched; the auditor sees the new report when loading the submission, and decides.
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE lease_holder = '%1' "
                                    "AND lease_expires_at > now()")
                         .arg(auditor.userName())),
            qint64{1});
        auto seen = store::loadSubmission(auditor, (*lease)->submissionId);
        VERIFY_OK(seen);
        QVERIFY(seen->reportJson.contains(kNew.toUtf8()));
        VERIFY_OK(store::renewLease(auditor, (*lease)->submissionId));
        VERIFY_OK(store::decide(auditor, approve((*lease)->submissionId)));
    }

    void onlyAdminsMayCallTheFunctions() {
        StoreDb db(QStringLiteral("re6"));
        db.seed(1);
        auto admin = db.open(db.adminLogin);
        auto listed = store::listStaleReports(admin, kNew, 0, 200);
        VERIFY_OK(listed);
        QCOMPARE(listed->size(), std::size_t(1));
        for (store::Role role : {store::Role::Auditor, store::Role::Supervisor}) {
            auto c = db.open(db.makeUser(role, role == store::Role::Auditor ? QStringLiteral("aud")
                                                                            : QStringLiteral("sup")));
            VERIFY_ERROR(store::countStaleReports(c, kNew), "db.permission");
            VERIFY_ERROR(store::listStaleReports(c, kNew, 0, 200), "db.permission");
            VERIFY_ERROR(store::replaceReport(c, recomputed(listed->front())), "db.permission");
        }
        QCOMPARE(reportColumn(db, listed->front().submissionId, QStringLiteral("core_version")),
                 QStringLiteral("test"));
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action = 'reanalyze'")),
            qint64{0});
        // And for PUBLIC: nothing (the roles test checks every function; these by name as well).
        QCOMPARE(db.count(QStringLiteral(
                     "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                     "WHERE n.nspname = 'certphoto' AND p.proname IN ('count_stale_reports', "
                     "'list_stale_reports', 'replace_report') AND p.prosecdef "
                     "AND NOT has_function_privilege('public', p.oid, 'EXECUTE') "
                     "AND EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%')")),
                 qint64{3});
    }

    void refusesABadBatchSizeAndAMissingVersion() {
        StoreDb db(QStringLiteral("re7"));
        db.seed(1);
        auto admin = db.open(db.adminLogin);
        VERIFY_ERROR(store::listStaleReports(admin, kNew, 0, 0), "reanalysis.bad_batch");
        auto listed = store::listStaleReports(admin, kNew, 0, 1);
        VERIFY_OK(listed);
        store::RecomputedReport r = recomputed(listed->front());
        r.coreVersion.clear();
        VERIFY_ERROR(store::replaceReport(admin, r), "reanalysis.version_required");
        r = recomputed(listed->front());
        r.submissionId = 999999;
        VERIFY_ERROR(store::replaceReport(admin, r), "submission.not_found");
    }
};

QTEST_GUILESS_MAIN(TestReanalysis)
#include "tst_reanalysis.moc"

// The queue and the decision: claims by deadline, leases, one decision per submission, one SMS per
// decision, retries with the same id, and intake's outcomes.
#include "store_fixture.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/admin.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/queue.h>

#include <QMutex>
#include <QSet>
#include <QThread>

using namespace certphoto;
using namespace certphoto::test;

class TestQueue : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-store-queue")); }
    void cleanupTestCase() { logging::shutdown(); }

    void claimFollowsDeadlineAndApprovalSendsOneSms() {
        StoreDb db(QStringLiteral("q1"));
        db.seed(3);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        auto b = db.open(db.makeUser(store::Role::Auditor));
        auto first = store::claimNext(a);
        VERIFY_OK(first);
        QVERIFY(first->has_value());
        auto second = store::claimNext(b);
        VERIFY_OK(second);
        QVERIFY(second->has_value());
        QVERIFY((*first)->submissionId != (*second)->submissionId);
        // Earliest deadline first: seed entry 0 arrived first.
        auto queue = store::listQueue(a);
        VERIFY_OK(queue);
        QCOMPARE(queue->size(), std::size_t(3));
        QCOMPARE((*first)->submissionId, queue->front().submissionId);
        QCOMPARE(queue->front().claimedBy, a.userName());
        QVERIFY((*first)->expiresAt > QDateTime::currentDateTimeUtc());

        auto out = store::decide(a, approve((*first)->submissionId));
        VERIFY_OK(out);
        QVERIFY(!out->alreadyRecorded);
        QVERIFY(out->smsText.startsWith(QStringLiteral("【证照审核】")));
        QVERIFY(out->smsText.contains(QStringLiteral("审核成功")));
        QVERIFY(out->smsText.size() <= 70);
        QCOMPARE(out->smsParts, 1);
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE status = 'pending'")),
            1);
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action = 'decide'")),
            1);
        QCOMPARE(
            db.count(QStringLiteral(
                         "SELECT count(*) FROM certphoto.decisions WHERE actor = '%1' AND seconds_spent = 7")
                         .arg(a.userName())),
            1);
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE status = 'approved'")),
            1);
        // The outbox holds the real phone for the gateway.
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE recipient = '%1'")
                              .arg(validPhone(0))),
                 1);
    }

    void secondDecisionRefusedAndRetryFindsTheFirst() {
        StoreDb db(QStringLiteral("q2"));
        db.seed(1);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        auto lease = store::claimNext(a);
        VERIFY_OK(lease);
        const qint64 id = (*lease)->submissionId;
        const auto request = reject(id, {QStringLiteral("background.color")});
        auto first = store::decide(a, request);
        VERIFY_OK(first);
        auto retry = store::decide(a, request);
        VERIFY_OK(retry);
        QVERIFY(retry->alreadyRecorded);
        QCOMPARE(retry->outboxId, first->outboxId);
        QCOMPARE(retry->smsText, first->smsText);
        VERIFY_ERROR(store::decide(a, approve(id)), "decision.exists");
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 1);
    }

    void decisionNeedsALiveLease() {
        StoreDb db(QStringLiteral("q3"));
        db.seed(2);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        auto b = db.open(db.makeUser(store::Role::Auditor));
        auto queue = store::listQueue(a);
        VERIFY_OK(queue);
        const qint64 id = queue->front().submissionId;
        VERIFY_ERROR(store::decide(a, approve(id)), "lease.lost");
        VERIFY_OK(store::claimSubmission(b, id));
        VERIFY_ERROR(store::decide(a, approve(id)), "lease.held_by_other");
        VERIFY_ERROR(store::claimSubmission(a, id), "lease.held_by_other");
        VERIFY_ERROR(store::renewLease(a, id), "lease.held_by_other");
        VERIFY_OK(store::renewLease(b, id));
        VERIFY_OK(store::releaseLease(b, id));
        VERIFY_ERROR(store::decide(b, approve(id)), "lease.lost");
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 0);
    }

    void expiredLeaseReturnsTheWork() {
        StoreDb db(QStringLiteral("q4"));
        db.seed(1);
        {
            auto admin = db.open(db.adminLogin);
            VERIFY_OK(store::setLeaseSeconds(admin, 2));
        }
        auto a = db.open(db.makeUser(store::Role::Auditor));
        auto b = db.open(db.makeUser(store::Role::Auditor));
        auto lease = store::claimNext(a);
        VERIFY_OK(lease);
        QVERIFY(lease->has_value());
        auto none = store::claimNext(b);
        VERIFY_OK(none);
        QVERIFY(!none->has_value()); // the only one is held
        QThread::msleep(2500);
        auto again = store::claimNext(b);
        VERIFY_OK(again);
        QVERIFY(again->has_value());
        QCOMPARE((*again)->submissionId, (*lease)->submissionId);
        VERIFY_ERROR(store::decide(a, approve((*lease)->submissionId)), "lease.held_by_other");
        VERIFY_OK(store::decide(b, approve((*lease)->submissionId)));
    }

    void expiredLeaseCannotDecide() {
        StoreDb db(QStringLiteral("q4b"));
        db.seed(1);
        {
            auto admin = db.open(db.adminLogin);
            VERIFY_OK(store::setLeaseSeconds(admin, 1));
        }
        auto a = db.open(db.makeUser(store::Role::Auditor));
        auto lease = store::claimNext(a);
        VERIFY_OK(lease);
        QThread::msleep(1500);
        VERIFY_ERROR(store::decide(a, approve((*lease)->submissionId)), "lease.lost");
        // Nobody took it meanwhile: the late heartbeat gets it back, and then the decision goes through.
        VERIFY_OK(store::renewLease(a, (*lease)->submissionId));
        VERIFY_OK(store::decide(a, approve((*lease)->submissionId)));
    }

    void rejectionSmsNamesReasons() {
        StoreDb db(QStringLiteral("q5"));
        db.seed(5);
        auto a = db.open(db.makeUser(store::Role::Auditor));
        auto claim = [&a]() { return (*store::claimNext(a))->submissionId; };

        qint64 id = claim();
        VERIFY_ERROR(store::decide(a, reject(id, {})), "decision.reason_required");
        VERIFY_ERROR(store::decide(a, reject(id, {QStringLiteral("other")})), "decision.note_required");
        VERIFY_ERROR(store::decide(a, reject(id, {QStringLiteral("no.such.code")})),
                     "decision.unknown_reason");

        auto two = store::decide(
            a, reject(id, {QStringLiteral("background.color"), QStringLiteral("glasses.glare")}));
        VERIFY_OK(two);
        QVERIFY(two->smsText.contains(QStringLiteral("背景颜色不符")));
        QVERIFY(two->smsText.contains(QStringLiteral("眼镜反光")));
        QVERIFY(two->smsText.contains(QStringLiteral("重新拍摄")));
        QVERIFY(!two->smsText.contains(QStringLiteral("等")));
        QCOMPARE(two->smsParts, 1);

        // Ten reasons do not fit: the first ones and "等10项", still one message.
        id = claim();
        const QStringList many{
            "background.color", "background.uniformity", "head.size",  "head.position", "head.pose", "eyes",
            "glasses.glare",    "hair.covering",         "image.blur", "clothing"};
        auto lots = store::decide(a, reject(id, many));
        VERIFY_OK(lots);
        QVERIFY2(lots->smsText.size() <= 70, qPrintable(lots->smsText));
        QVERIFY2(lots->smsText.contains(QStringLiteral("等10项")), qPrintable(lots->smsText));
        QVERIFY(lots->smsText.contains(QStringLiteral("背景颜色不符")));
        QCOMPARE(lots->smsParts, 1);

        // "other" carries the note into the SMS; a long one goes out in parts of 67.
        id = claim();
        const QString note = QStringLiteral(
            "照片中有两个人，背景里有明显的杂物和文字，请在纯色背景前单独重新拍摄一张正面免冠照片");
        auto longOne = store::decide(a, reject(id, {QStringLiteral("other")}, note));
        VERIFY_OK(longOne);
        QVERIFY(longOne->smsText.contains(note));
        QVERIFY(longOne->smsText.size() > 70);
        QCOMPARE(longOne->smsParts, int((longOne->smsText.size() + 66) / 67));
        QCOMPARE(db.count(QStringLiteral("SELECT parts FROM certphoto.sms_outbox WHERE id = %1")
                              .arg(longOne->outboxId)),
                 qint64(longOne->smsParts));
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox o JOIN certphoto.decisions d "
                                    "ON d.id = o.decision_id")),
            3);
        QCOMPARE(db.count(QStringLiteral(
                     "SELECT count(*) FROM certphoto.sms_outbox WHERE length(text) <> 0 AND "
                     "parts = CASE WHEN length(text) <= 70 THEN 1 ELSE ceil(length(text) / 67.0) END")),
                 3);
    }

    void intakeOutcomes() {
        StoreDb db(QStringLiteral("q6"));
        auto admin = db.open(db.adminLogin);
        VERIFY_OK(
            store::upsertSchool(admin, QStringLiteral("北京自考办"), QStringLiteral("chsi-graduation"), 24));

        auto s = incoming(1, QStringLiteral("北京自考办"));
        auto created = store::storeSubmissions(admin, {s});
        VERIFY_OK(created);
        QCOMPARE(created->at(0).outcome, store::IntakeOutcome::Created);
        const qint64 firstId = created->at(0).submissionId;
        // Deadline = arrival + the school's promise (24 h here).
        QCOMPARE(db.count(QStringLiteral("SELECT extract(epoch FROM deadline - arrived_at)::bigint FROM "
                                         "certphoto.submissions WHERE id = %1")
                              .arg(firstId)),
                 24 * 3600);

        auto dup = store::storeSubmissions(admin, {s});
        VERIFY_OK(dup);
        QCOMPARE(dup->at(0).outcome, store::IntakeOutcome::Duplicate);
        QCOMPARE(dup->at(0).submissionId, firstId);

        auto s2 = s;
        s2.photo = fakePhoto(1001);
        auto replaced = store::storeSubmissions(admin, {s2});
        VERIFY_OK(replaced);
        QCOMPARE(replaced->at(0).outcome, store::IntakeOutcome::Replaced);
        QCOMPARE(
            db.count(QStringLiteral(
                         "SELECT count(*) FROM certphoto.submissions WHERE id = %1 AND status = 'replaced'")
                         .arg(firstId)),
            1);

        // Reject it: the next photo is attempt 2.
        auto a = db.open(db.makeUser(store::Role::Auditor));
        VERIFY_OK(store::claimSubmission(a, replaced->at(0).submissionId));
        VERIFY_OK(store::decide(a, reject(replaced->at(0).submissionId, {QStringLiteral("image.blur")})));
        auto s3 = s;
        s3.photo = fakePhoto(1002);
        auto next = store::storeSubmissions(admin, {s3});
        VERIFY_OK(next);
        QCOMPARE(next->at(0).outcome, store::IntakeOutcome::NextAttempt);
        QCOMPARE(db.count(QStringLiteral("SELECT attempt FROM certphoto.submissions WHERE id = %1")
                              .arg(next->at(0).submissionId)),
                 2);

        // Approve it: an approved photo is final.
        VERIFY_OK(store::claimSubmission(a, next->at(0).submissionId));
        VERIFY_OK(store::decide(a, approve(next->at(0).submissionId)));
        auto s4 = s;
        s4.photo = fakePhoto(1003);
        VERIFY_ERROR(store::storeSubmissions(admin, {s4}), "intake.approved_final");
    }

    void failedBatchLeavesNothing() {
        StoreDb db(QStringLiteral("q7"));
        auto admin = db.open(db.adminLogin);
        std::vector<store::IncomingSubmission> batch{incoming(1), incoming(2), incoming(3)};
        batch[2].examNumber.clear();
        auto r = store::storeSubmissions(admin, batch);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string("intake.exam_number_required"));
        QCOMPARE(r.error().entry, std::optional<std::size_t>(2));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.submissions")), 0);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.applicants")), 0);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.photos")), 0);
        // The connection is usable afterwards.
        VERIFY_OK(store::storeSubmissions(admin, {incoming(4)}));
    }

    void serverRefusesAWrongIdNumber() {
        StoreDb db(QStringLiteral("q9"));
        auto admin = db.open(db.adminLogin);
        auto s = incoming(5);
        QString wrong = s.idNumber;
        wrong[17] = wrong[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        s.idNumber = wrong;
        auto r = store::storeSubmissions(admin, {incoming(4), s});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string("intake.bad_id_number"));
        QCOMPARE(r.error().entry, std::optional<std::size_t>(1));
        QVERIFY(!QString::fromStdString(r.error().message).contains(wrong.left(10)));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.applicants")), 0);
        // No ID number at all is fine (the exam number identifies the applicant).
        s.idNumber.clear();
        VERIFY_OK(store::storeSubmissions(admin, {s}));
    }

    void eightAuditorsDecideEverySubmissionOnce() {
        constexpr int kSubmissions = 1000;
        constexpr int kAuditors = 8;
        StoreDb db(QStringLiteral("q8"));
        db.seed(kSubmissions);
        QStringList logins;
        for (int i = 0; i < kAuditors; ++i)
            logins << db.makeUser(store::Role::Auditor);

        const store::ConnectionSettings base{db.scratch.server().connInfo(db.scratch.name(), QString()), {}};
        QMutex mutex;
        QSet<qint64> decided;
        int duplicates = 0, failures = 0;
        std::vector<int> perAuditor(kAuditors, 0);
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < kAuditors; ++i) {
            const QString connInfo = db.scratch.server().connInfo(db.scratch.name(), logins[i]);
            threads.emplace_back(QThread::create([&, i, connInfo] {
                auto c = store::Connection::open({connInfo, {}}, QStringLiteral("auditor"));
                if (!c) {
                    QMutexLocker lock(&mutex);
                    ++failures;
                    return;
                }
                for (;;) {
                    auto lease = store::claimNext(*c);
                    if (!lease) {
                        QMutexLocker lock(&mutex);
                        ++failures;
                        return;
                    }
                    if (!lease->has_value())
                        return;
                    const qint64 id = (*lease)->submissionId;
                    auto out = id % 3 == 0 ? store::decide(*c, reject(id, {QStringLiteral("head.pose")}))
                                           : store::decide(*c, approve(id));
                    QMutexLocker lock(&mutex);
                    if (!out) {
                        ++failures;
                        return;
                    }
                    if (decided.contains(id))
                        ++duplicates;
                    decided.insert(id);
                    ++perAuditor[i];
                }
            }));
            threads.back()->start();
        }
        for (auto& t : threads)
            QVERIFY(t->wait(300000));
        QCOMPARE(failures, 0);
        QCOMPARE(duplicates, 0);
        QCOMPARE(decided.size(), kSubmissions);
        for (int n : perAuditor)
            QVERIFY(n > 0);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), kSubmissions);
        QCOMPARE(db.count(QStringLiteral("SELECT count(DISTINCT submission_id) FROM certphoto.decisions")),
                 kSubmissions);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox")), kSubmissions);
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE status = 'pending'")),
            0);
        QCOMPARE(db.count(QStringLiteral("SELECT count(DISTINCT actor) FROM certphoto.decisions")),
                 kAuditors);
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions WHERE actor LIKE 'aud\\_%'")),
            kSubmissions);
    }
};

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"

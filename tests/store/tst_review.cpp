// The review screen's store (issue 10): undo inside and after the grace period, the outbox holding the SMS
// until the grace period ends, keyset pages of the queue with filters and counts, the live queue's
// notifications (and listening again after the server dropped the connection), the applicant's earlier
// attempts.
#include "store_fixture.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/admin.h>
#include <certphoto/store/attempts.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/outbox.h>
#include <certphoto/store/queue.h>
#include <certphoto/store/queue_events.h>
#include <certphoto/store/queue_page.h>
#include <certphoto/store/statistics.h>
#include <certphoto/store/undo.h>

#include <QSignalSpy>
#include <QThread>

using namespace certphoto;
using namespace certphoto::test;

namespace {

qint64 claimOne(store::Connection& c) {
    auto l = store::claimNext(c);
    if (!l || !l->has_value())
        qFatal("claim failed");
    return (*l)->submissionId;
}

} // namespace

class TestReview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-store-review")); }
    void cleanupTestCase() { logging::shutdown(); }

    void undoInsideTheGracePeriod() {
        StoreDb db(QStringLiteral("rv1"));
        db.seed(3);
        auto admin = db.open(db.adminLogin);
        auto grace = store::undoGraceSeconds(admin);
        VERIFY_OK(grace);
        QCOMPARE(*grace, 30); // the default
        auto a = db.open(db.makeUser(store::Role::Auditor));
        const qint64 id = claimOne(a);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto out = store::decide(a, reject(id, {QStringLiteral("head.position")}));
        VERIFY_OK(out);
        // The SMS row is there at once, due only after the grace period: no relay gets it now.
        QVERIFY(out->undoUntil >= before.addSecs(29));
        QVERIFY(out->undoUntil <= QDateTime::currentDateTimeUtc().addSecs(31));
        auto taken = store::takeOutboxBatch(admin, 10);
        VERIFY_OK(taken);
        QVERIFY(taken->messages.empty());
        auto day = store::myDay(a);
        VERIFY_OK(day);
        QCOMPARE(day->decided, 1);

        auto undone = store::undoDecision(a, out->decisionId);
        VERIFY_OK(undone);
        QVERIFY(!undone->alreadyUndone);
        QCOMPARE(undone->submissionId, id);
        QCOMPARE(undone->outboxId, out->outboxId);
        QVERIFY(undone->lease.expiresAt > QDateTime::currentDateTimeUtc());
        // The row withdrawn (kept), the decision moved aside, the submission pending and the auditor's again.
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE id = %1 AND "
                                         "status = 'withdrawn' AND withdrawn_at IS NOT NULL")
                              .arg(out->outboxId)),
                 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 0);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.withdrawn_decisions WHERE "
                                         "submission_id = %1 AND withdrawn_by = actor")
                              .arg(id)),
                 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE id = %1 AND "
                                         "status = 'pending' AND lease_holder = '%2'")
                              .arg(id)
                              .arg(a.userName())),
                 1);
        // The audit trail keeps both, in order.
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE submission_id = %1 "
                                    "AND action IN ('decide', 'undo')")
                         .arg(id)),
            2);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail u JOIN "
                                         "certphoto.audit_trail d ON d.submission_id = u.submission_id AND "
                                         "d.action = 'decide' AND d.id < u.id WHERE u.action = 'undo' AND "
                                         "u.detail ->> 'decision' = '%1'")
                              .arg(out->decisionId.toString(QUuid::WithoutBraces))),
                 1);
        // The statistics forget it.
        day = store::myDay(a);
        VERIFY_OK(day);
        QCOMPARE(day->decided, 0);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decision_facts")), 0);
        QCOMPARE(db.count(QStringLiteral("SELECT coalesce(sum(n), 0) FROM certphoto.reason_daily")), 0);
        // Still nothing for a relay, now or later.
        taken = store::takeOutboxBatch(admin, 10);
        VERIFY_OK(taken);
        QVERIFY(taken->messages.empty());

        // A retry of the undo finds the first; the same decision id cannot decide again.
        auto again = store::undoDecision(a, out->decisionId);
        VERIFY_OK(again);
        QVERIFY(again->alreadyUndone);
        store::DecisionRequest same = reject(id, {QStringLiteral("head.position")});
        same.decisionId = out->decisionId;
        VERIFY_ERROR(store::decide(a, same), "decision.undone");
        // A new decision (new id) is the one in force, with its own SMS row.
        auto second = store::decide(a, approve(id));
        VERIFY_OK(second);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.decisions WHERE submission_id = %1 "
                                         "AND verdict = 'approve'")
                              .arg(id)),
                 1);
        QCOMPARE(
            db.count(
                QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox WHERE submission_id = %1").arg(id)),
            2);
        day = store::myDay(a);
        VERIFY_OK(day);
        QCOMPARE(day->decided, 1);
        QCOMPARE(day->approved, 1);

        // Someone else's decision cannot be taken back; an unknown one is not found.
        auto b = db.open(db.makeUser(store::Role::Auditor));
        VERIFY_ERROR(store::undoDecision(b, second->decisionId), "undo.not_yours");
        VERIFY_ERROR(store::undoDecision(b, QUuid::createUuid()), "undo.not_found");
    }

    void undoAfterTheGracePeriodIsRefused() {
        StoreDb db(QStringLiteral("rv2"));
        db.seed(2);
        auto admin = db.open(db.adminLogin);
        VERIFY_ERROR(store::setUndoGraceSeconds(admin, -1), "settings.bad_value");
        VERIFY_OK(store::setUndoGraceSeconds(admin, 1));
        auto a = db.open(db.makeUser(store::Role::Auditor));
        VERIFY_ERROR(store::setUndoGraceSeconds(a, 5), "db.permission");
        const qint64 id = claimOne(a);
        auto out = store::decide(a, approve(id));
        VERIFY_OK(out);
        QThread::msleep(1300);
        VERIFY_ERROR(store::undoDecision(a, out->decisionId), "undo.expired");
        // Nothing changed; the SMS is due now and a relay takes it.
        QCOMPARE(
            db.count(
                QStringLiteral("SELECT count(*) FROM certphoto.decisions WHERE submission_id = %1").arg(id)),
            1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action = 'undo'")),
                 0);
        auto taken = store::takeOutboxBatch(admin, 10);
        VERIFY_OK(taken);
        QCOMPARE(taken->messages.size(), std::size_t(1));
        QCOMPARE(taken->messages.front().outboxId, out->outboxId);

        // Grace 0: no undo at all.
        VERIFY_OK(store::setUndoGraceSeconds(admin, 0));
        const qint64 id2 = claimOne(a);
        auto out2 = store::decide(a, approve(id2));
        VERIFY_OK(out2);
        VERIFY_ERROR(store::undoDecision(a, out2->decisionId), "undo.expired");
    }

    void queuePagesByKeyset() {
        StoreDb db(QStringLiteral("rv3"));
        db.seed(25);
        {
            // Five of them at another school, three with a failing verdict naming head.position.
            auto admin = db.open(db.adminLogin);
            std::vector<store::IncomingSubmission> batch;
            for (int i = 100; i < 105; ++i) {
                auto s = incoming(i, QStringLiteral("第二中学"));
                s.level = QStringLiteral("专科");
                if (i < 103) {
                    s.coreVerdict = QStringLiteral("fail");
                    s.reportJson = QByteArray(
                        R"({"verdict":"fail","checks":[{"id":"eyes.line","status":"fail","reason":"head.position"},)"
                        R"({"id":"image.sharpness","status":"pass","reason":"image.blur"}]})");
                }
                s.arrivedAt = QDateTime::currentDateTimeUtc().addDays(-3).addSecs(i); // overdue (48 h)
                batch.push_back(s);
            }
            VERIFY_OK(store::storeSubmissions(admin, batch));
        }
        // Deadlines to the microsecond, as the server's now() makes them: a key cut to QDateTime's
        // milliseconds would repeat each page's last row on the next page.
        QCOMPARE(db.count(QStringLiteral("WITH u AS (UPDATE certphoto.submissions SET deadline = deadline + "
                                         "(id % 7 + 1) * interval '111 microseconds' RETURNING 1) "
                                         "SELECT count(*) FROM u")),
                 qint64(30));
        auto a = db.open(db.makeUser(store::Role::Auditor));
        const qint64 held = claimOne(a); // the earliest deadline: one of the overdue five
        const store::QueueFilter all;
        auto counts = store::queueCounts(a, all);
        VERIFY_OK(counts);
        QCOMPARE(counts->pending, qint64(30));
        QCOMPARE(counts->overdue, qint64(5));
        QCOMPARE(counts->matching, qint64(30));
        QCOMPARE(counts->heldByMe, qint64(1));

        // Forward in pages of 7: every row once, in (deadline, id) order, the last page says atEnd.
        std::vector<store::QueueRow> seen;
        std::optional<store::QueueKey> key;
        int pages = 0;
        for (;;) {
            auto page = store::queuePageAfter(a, all, key, 7);
            VERIFY_OK(page);
            QCOMPARE(page->atStart, pages == 0);
            for (const auto& r : page->rows)
                seen.push_back(r);
            ++pages;
            if (page->atEnd)
                break;
            QCOMPARE(page->rows.size(), std::size_t(7));
            key = page->rows.back().key();
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 5);
        QCOMPARE(seen.size(), std::size_t(30));
        for (std::size_t i = 1; i < seen.size(); ++i) {
            const auto& p = seen[i - 1].entry;
            const auto& n = seen[i].entry;
            QVERIFY(p.deadline < n.deadline || (p.deadline == n.deadline && p.submissionId < n.submissionId));
        }
        QCOMPARE(seen.front().entry.submissionId, held);
        QCOMPARE(seen.front().entry.claimedBy, a.userName());
        QVERIFY(seen.front().leaseExpiresAt.isValid());
        QVERIFY(seen.front().urgency == store::Urgency::Overdue);
        QCOMPARE(seen.front().coreReasons, QStringList{QStringLiteral("head.position")});
        QVERIFY(seen.back().urgency == store::Urgency::Normal);
        QVERIFY(seen.back().entry.claimedBy.isEmpty());
        QCOMPARE(seen.back().level, QStringLiteral("本科"));

        // The last page, and the one before it, in queue order.
        auto last = store::queuePageBefore(a, all, std::nullopt, 7);
        VERIFY_OK(last);
        QVERIFY(last->atEnd);
        QVERIFY(!last->atStart);
        QCOMPARE(last->rows.size(), std::size_t(7));
        QCOMPARE(last->rows.back().entry.submissionId, seen.back().entry.submissionId);
        QCOMPARE(last->rows.front().entry.submissionId, seen[23].entry.submissionId);
        auto before = store::queuePageBefore(a, all, last->rows.front().key(), 100);
        VERIFY_OK(before);
        QVERIFY(before->atStart);
        QCOMPARE(before->rows.size(), std::size_t(23));
        QCOMPARE(before->rows.back().entry.submissionId, seen[22].entry.submissionId);
        // A jump by position.
        auto at = store::queuePageAt(a, all, 10, 3);
        VERIFY_OK(at);
        QCOMPARE(at->rows.size(), std::size_t(3));
        QCOMPARE(at->rows.front().entry.submissionId, seen[10].entry.submissionId);

        // Filters.
        store::QueueFilter school;
        school.school = QStringLiteral("第二中学");
        auto bySchool = store::queuePageAfter(a, school, std::nullopt, 100);
        VERIFY_OK(bySchool);
        QCOMPARE(bySchool->rows.size(), std::size_t(5));
        counts = store::queueCounts(a, school);
        VERIFY_OK(counts);
        QCOMPARE(counts->matching, qint64(5));
        QCOMPARE(counts->matchingOverdue, qint64(5));
        QCOMPARE(counts->pending, qint64(30));
        store::QueueFilter failing;
        failing.coreVerdict = QStringLiteral("fail");
        failing.reasonCode = QStringLiteral("head.position");
        auto byVerdict = store::queuePageAfter(a, failing, std::nullopt, 100);
        VERIFY_OK(byVerdict);
        QCOMPARE(byVerdict->rows.size(), std::size_t(3));
        store::QueueFilter blur;
        blur.reasonCode = QStringLiteral("image.blur"); // passed: not among the core's reasons
        auto byBlur = store::queuePageAfter(a, blur, std::nullopt, 100);
        VERIFY_OK(byBlur);
        QVERIFY(byBlur->rows.empty());
        QVERIFY(byBlur->atEnd);
        store::QueueFilter level;
        level.level = QStringLiteral("本科");
        counts = store::queueCounts(a, level);
        VERIFY_OK(counts);
        QCOMPARE(counts->matching, qint64(25));
        QCOMPARE(counts->matchingOverdue, qint64(0));
        store::QueueFilter overdue;
        overdue.overdueOnly = true;
        auto late = store::queuePageAfter(a, overdue, std::nullopt, 100);
        VERIFY_OK(late);
        QCOMPARE(late->rows.size(), std::size_t(5));
        counts = store::queueCounts(a, overdue);
        VERIFY_OK(counts);
        QCOMPARE(counts->matching, qint64(5));
        store::QueueFilter nobody;
        nobody.school = QStringLiteral("没有这所学校");
        auto none = store::queuePageAfter(a, nobody, std::nullopt, 10);
        VERIFY_OK(none);
        QVERIFY(none->rows.empty());

        // Bad requests.
        VERIFY_ERROR(store::queuePageAfter(a, all, std::nullopt, 0), "queue.bad_limit");
        VERIFY_ERROR(store::queuePageAfter(a, all, std::nullopt, 1001), "queue.bad_limit");
        store::QueueFilter bad;
        bad.coreVerdict = QStringLiteral("maybe");
        VERIFY_ERROR(store::queuePageAfter(a, bad, std::nullopt, 10), "queue.bad_filter");
        VERIFY_ERROR(store::queueCounts(a, bad), "queue.bad_filter");
    }

    void liveQueueNotifies() {
        StoreDb db(QStringLiteral("rv4"));
        db.seed(2);
        const QString login = db.makeUser(store::Role::Auditor);
        store::QueueNotifier notifier({db.scratch.server().connInfo(db.scratch.name(), login), {}});
        notifier.setCheckInterval(std::chrono::milliseconds(200));
        QSignalSpy subscribed(&notifier, &store::QueueNotifier::subscribed);
        QSignalSpy events(&notifier, &store::QueueNotifier::queueEvent);
        notifier.start();
        QVERIFY(notifier.isListening());
        QCOMPARE(subscribed.count(), 1);

        auto a = db.open(login);
        auto waitFor = [&](store::QueueEvent::Kind kind) -> std::optional<store::QueueEvent> {
            for (int i = 0; i < 50; ++i) {
                for (const auto& args : events) {
                    auto ev = args.at(0).value<store::QueueEvent>();
                    if (ev.kind == kind)
                        return ev;
                }
                events.wait(100);
            }
            return std::nullopt;
        };
        const qint64 id = claimOne(a);
        auto claimed = waitFor(store::QueueEvent::Kind::Claimed);
        QVERIFY(claimed);
        QCOMPARE(claimed->submissionId, id);
        QCOMPARE(claimed->holder, a.userName());
        events.clear();
        // A heartbeat is no event.
        VERIFY_OK(store::renewLease(a, id));
        VERIFY_OK(store::releaseLease(a, id));
        auto released = waitFor(store::QueueEvent::Kind::Released);
        QVERIFY(released);
        for (const auto& args : events)
            QVERIFY(args.at(0).value<store::QueueEvent>().kind != store::QueueEvent::Kind::Claimed);
        events.clear();
        const qint64 id2 = claimOne(a);
        auto out = store::decide(a, approve(id2));
        VERIFY_OK(out);
        auto decided = waitFor(store::QueueEvent::Kind::Decided);
        QVERIFY(decided);
        QCOMPARE(decided->submissionId, id2);
        VERIFY_OK(store::undoDecision(a, out->decisionId));
        auto undone = waitFor(store::QueueEvent::Kind::Undone);
        QVERIFY(undone);
        QCOMPARE(undone->holder, a.userName());
        db.seed(1, 50);
        auto arrived = waitFor(store::QueueEvent::Kind::Arrived);
        QVERIFY(arrived);
        QVERIFY(arrived->submissionId > 0);
        events.clear();
        db.seed(80, 100); // a big import, one transaction: 50 arrivals, then one bulk event and silence
        auto bulk = waitFor(store::QueueEvent::Kind::Bulk);
        QVERIFY(bulk);
        QCOMPARE(bulk->count, qint64(51));
        QTest::qWait(200);
        int arrivals = 0;
        int bulks = 0;
        for (const auto& args : events) {
            const auto kind = args.at(0).value<store::QueueEvent>().kind;
            arrivals += kind == store::QueueEvent::Kind::Arrived;
            bulks += kind == store::QueueEvent::Kind::Bulk;
        }
        QCOMPARE(arrivals, 50);
        QCOMPARE(bulks, 1);

        // The server drops the listener's connection: it notices, listens again and says so.
        QVERIFY(db.count(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                        "WHERE usename = '%1'")
                             .arg(login)) >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(subscribed.count() >= 2, 5000);
        QVERIFY(notifier.isListening());
        events.clear();
        auto b = db.open(login);
        const qint64 id3 = claimOne(b);
        auto again = waitFor(store::QueueEvent::Kind::Claimed);
        QVERIFY(again);
        QCOMPARE(again->submissionId, id3);
        notifier.stop();

        QVERIFY(!store::parseQueueEvent(QStringLiteral("not json")));
        QVERIFY(!store::parseQueueEvent(QStringLiteral(R"({"e":"claim"})")));
        QVERIFY(!store::parseQueueEvent(QStringLiteral(R"({"e":"other","s":3})")));
    }

    void earlierAttemptsOfTheApplicant() {
        StoreDb db(QStringLiteral("rv5"));
        auto admin = db.open(db.adminLogin);
        VERIFY_OK(store::storeSubmissions(admin, {incoming(7)}));
        auto a = db.open(db.makeUser(store::Role::Auditor));
        const qint64 first = claimOne(a);
        VERIFY_OK(
            store::decide(a, reject(first, {QStringLiteral("background.color"), QStringLiteral("other")},
                                    QStringLiteral("请穿深色上衣"))));
        auto next = incoming(7);
        next.photo = fakePhoto(1007);
        next.arrivedAt = QDateTime::currentDateTimeUtc();
        auto in = store::storeSubmissions(admin, {next});
        VERIFY_OK(in);
        QVERIFY(in->front().outcome == store::IntakeOutcome::NextAttempt);
        const qint64 second = in->front().submissionId;
        db.seed(1, 8); // another applicant: never listed

        // Not claimed: an auditor may not look.
        VERIFY_ERROR(store::earlierAttempts(a, second), "lease.lost");
        VERIFY_OK(store::claimSubmission(a, second));
        auto list = store::earlierAttempts(a, second);
        VERIFY_OK(list);
        QCOMPARE(list->size(), std::size_t(1));
        const auto& e = list->front();
        QCOMPARE(e.submissionId, first);
        QCOMPARE(e.attempt, 1);
        QCOMPARE(e.status, QStringLiteral("rejected"));
        QVERIFY(e.decision && *e.decision == store::Decision::Reject);
        QCOMPARE(e.reasonCodes, (QStringList{QStringLiteral("background.color"), QStringLiteral("other")}));
        QCOMPARE(e.note, QStringLiteral("请穿深色上衣"));
        QCOMPARE(e.decidedBy, a.userName());
        QVERIFY(e.decidedAt.isValid());
        QVERIFY(e.smsText.contains(QStringLiteral("背景颜色不符")));
        QCOMPARE(e.photo, fakePhoto(7));
        auto bare = store::earlierAttempts(a, second, false);
        VERIFY_OK(bare);
        QVERIFY(bare->front().photo.isEmpty());
        // Supervisors see any; an unknown submission is not found.
        auto sup = db.open(db.makeUser(store::Role::Supervisor, QStringLiteral("sup")));
        auto seen = store::earlierAttempts(sup, second);
        VERIFY_OK(seen);
        QCOMPARE(seen->size(), std::size_t(1));
        VERIFY_ERROR(store::earlierAttempts(sup, 999999), "submission.not_found");
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"

// The supervisors' statistics (schema 7) on a seeded dataset with known answers: throughput per hour and per
// day (cut at Asia/Shanghai midnight), per auditor, reasons, the promise kept, handling-time percentiles,
// deadline risk per school, the core against the auditors with the rows behind it; the same figures after a
// rebuild from the raw tables and over ranges that read month, week and day blocks; an empty range gives
// empty results; auditors are refused every supervisor function by the server but get their own day.
#include "store_fixture.h"

#include <certphoto/store/admin.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/history.h>
#include <certphoto/store/queue.h>
#include <certphoto/store/statistics.h>

#include <QSqlError>

#include <cmath>

using namespace certphoto;
using namespace certphoto::test;

namespace {

const QString kA = QStringLiteral("甲校"); // promises 24 h
const QString kB = QStringLiteral("乙校"); // promises 48 h
const QString kC = QStringLiteral("丙校"); // 48 h: the two template submissions

// The core's report of the templates: background.color fails (or passes), head.size and image.blur pass,
// eyes only warns (neither failed nor passed).
QByteArray report(bool backgroundFails) {
    return QStringLiteral(R"({"verdict":"%1","checks":[)"
                          R"({"id":"background.color","status":"%2","reason":"background.color"},)"
                          R"({"id":"head.size","status":"pass","reason":"head.size"},)"
                          R"({"id":"image.blur","status":"pass","reason":"image.blur"},)"
                          R"({"id":"eyes.line","status":"warn","reason":"eyes"}]})")
        .arg(backgroundFails ? QStringLiteral("fail") : QStringLiteral("pass"),
             backgroundFails ? QStringLiteral("fail") : QStringLiteral("pass"))
        .toUtf8();
}

// A Shanghai wall-clock time as UTC (Shanghai is UTC+8 all year).
QDateTime shanghai(int month, int day, int h, int m, int s = 0) {
    return QDateTime(QDate(2026, month, day), QTime(h, m, s), Qt::UTC).addSecs(-8 * 3600);
}

const QDate kD1(2026, 11, 2); // a Monday
const QDate kD2(2026, 11, 3);

bool near(double a, double b) {
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestStatistics : public QObject {
    Q_OBJECT

    std::unique_ptr<StoreDb> db_;
    QString aud1_, aud2_, sup_;
    qint64 tFail_ = 0, tPass_ = 0;
    qint64 overdueA_ = 0, oldestB_ = 0;
    QMap<int, qint64> sub_; // history entry number -> its submission

    void checkFigures(store::Connection& c) {
        const store::StatsRange both{kD1, kD2};
        // Throughput per day, all auditors.
        auto daily = store::throughput(c, both, false, false);
        VERIFY_OK(daily);
        QCOMPARE(daily->size(), std::size_t(2));
        QCOMPARE((*daily)[0].day, kD1);
        QCOMPARE((*daily)[0].hour, -1);
        QCOMPARE((*daily)[0].auditor, QString());
        QCOMPARE((*daily)[0].approved, 3);
        QCOMPARE((*daily)[0].rejected, 2);
        QCOMPARE((*daily)[1].day, kD2);
        QCOMPARE((*daily)[1].approved, 1);
        QCOMPARE((*daily)[1].rejected, 1);
        // Per auditor per day.
        auto perAuditor = store::throughput(c, both, false, true);
        VERIFY_OK(perAuditor);
        QCOMPARE(perAuditor->size(), std::size_t(4));
        auto bucket = [&](const QDate& d, const QString& who) {
            for (const auto& b : *perAuditor)
                if (b.day == d && b.auditor == who)
                    return std::pair(b.approved, b.rejected);
            return std::pair(-1, -1);
        };
        QCOMPARE(bucket(kD1, aud1_), std::pair(2, 1));
        QCOMPARE(bucket(kD1, aud2_), std::pair(1, 1));
        QCOMPARE(bucket(kD2, aud1_), std::pair(1, 0));
        QCOMPARE(bucket(kD2, aud2_), std::pair(0, 1));
        // Per hour of D1: 23:59:59 stays on D1, 00:00:00 opens D2.
        auto hourly = store::throughput(c, {kD1, kD1}, true, false);
        VERIFY_OK(hourly);
        QCOMPARE(hourly->size(), std::size_t(3));
        QCOMPARE((*hourly)[0].hour, 9);
        QCOMPARE((*hourly)[0].approved, 1);
        QCOMPARE((*hourly)[0].rejected, 1);
        QCOMPARE((*hourly)[1].hour, 10);
        QCOMPARE((*hourly)[1].approved, 1);
        QCOMPARE((*hourly)[1].rejected, 1);
        QCOMPARE((*hourly)[2].hour, 23);
        QCOMPARE((*hourly)[2].approved, 1);
        QCOMPARE((*hourly)[2].rejected, 0);
        auto hourly2 = store::throughput(c, {kD2, kD2}, true, true);
        VERIFY_OK(hourly2);
        QCOMPARE(hourly2->size(), std::size_t(2));
        QCOMPARE((*hourly2)[0].hour, 0);
        QCOMPARE((*hourly2)[0].auditor, aud2_);
        QCOMPARE((*hourly2)[0].rejected, 1);
        QCOMPARE((*hourly2)[1].hour, 14);
        QCOMPARE((*hourly2)[1].auditor, aud1_);

        // Auditors, over ranges read as days, as a whole week and as whole months: the same numbers.
        for (const store::StatsRange& r : {both, store::StatsRange{QDate(2026, 10, 28), QDate(2026, 11, 3)},
                                           store::StatsRange{QDate(2026, 11, 2), QDate(2026, 11, 8)},
                                           store::StatsRange{QDate(2026, 10, 1), QDate(2026, 11, 30)},
                                           store::StatsRange{QDate(2026, 10, 26), QDate(2026, 12, 1)}}) {
            auto a = store::auditorFigures(c, r);
            VERIFY_OK(a);
            QCOMPARE(a->size(), std::size_t(2));
            const auto& x = (*a)[0];
            QCOMPARE(x.auditor, aud1_);
            QCOMPARE(x.decisions, 4);
            QCOMPARE(x.approved, 3);
            QVERIFY2(near(x.medianSeconds, 15), qPrintable(QString::number(x.medianSeconds)));
            QVERIFY2(near(x.p90Seconds, 27), qPrintable(QString::number(x.p90Seconds)));
            QCOMPARE(x.approvedCoreFail, 1);
            QCOMPARE(x.rejectedCorePass, 0);
            const auto& y = (*a)[1];
            QCOMPARE(y.auditor, aud2_);
            QCOMPARE(y.decisions, 3);
            QCOMPARE(y.approved, 1);
            QVERIFY(near(y.medianSeconds, 50));
            QVERIFY(near(y.p90Seconds, 58));
            QCOMPARE(y.approvedCoreFail, 0);
            QCOMPARE(y.rejectedCorePass, 1);
        }
        // One day only: aud2 on D1 decided 40 s and 50 s.
        auto oneDay = store::auditorFigures(c, {kD1, kD1});
        VERIFY_OK(oneDay);
        QCOMPARE(oneDay->size(), std::size_t(2));
        QCOMPARE((*oneDay)[1].auditor, aud2_);
        QVERIFY(near((*oneDay)[1].medianSeconds, 45));
        QVERIFY(near((*oneDay)[1].p90Seconds, 49));

        // Reasons, most frequent first, then by code.
        auto reasons = store::rejectionReasons(c, both);
        VERIFY_OK(reasons);
        QCOMPARE(reasons->size(), std::size_t(4));
        QCOMPARE((*reasons)[0].code, QStringLiteral("background.color"));
        QCOMPARE((*reasons)[0].count, 2);
        QCOMPARE((*reasons)[0].labelZh, QStringLiteral("背景颜色不符合要求"));
        QCOMPARE((*reasons)[0].labelEn, QStringLiteral("Background colour not allowed"));
        QCOMPARE((*reasons)[1].code, QStringLiteral("ears.hidden"));
        QCOMPARE((*reasons)[2].code, QStringLiteral("head.size"));
        QCOMPARE((*reasons)[3].code, QStringLiteral("other"));
        for (int i = 1; i < 4; ++i)
            QCOMPARE((*reasons)[static_cast<std::size_t>(i)].count, 1);
        auto perDay = store::rejectionReasonsPerDay(c, both);
        VERIFY_OK(perDay);
        QCOMPARE(perDay->size(), std::size_t(5));
        QStringList seen;
        for (const auto& r : *perDay)
            seen << QStringLiteral("%1 %2 %3").arg(r.day.toString(Qt::ISODate), r.code).arg(r.count);
        QCOMPARE(seen, QStringList({QStringLiteral("2026-11-02 background.color 1"),
                                    QStringLiteral("2026-11-02 ears.hidden 1"),
                                    QStringLiteral("2026-11-02 head.size 1"),
                                    QStringLiteral("2026-11-03 background.color 1"),
                                    QStringLiteral("2026-11-03 other 1")}));

        // The promise: D1 five decided, the one at 23:59:59 thirty hours after arrival (24 h promised) late.
        auto promise = store::promiseKept(c, both);
        VERIFY_OK(promise);
        QCOMPARE(promise->size(), std::size_t(2));
        QCOMPARE((*promise)[0].day, kD1);
        QCOMPARE((*promise)[0].decided, 5);
        QCOMPARE((*promise)[0].withinPromise, 4);
        QVERIFY2(near((*promise)[0].medianHours, 3.0),
                 qPrintable(QString::number((*promise)[0].medianHours)));
        QVERIFY2(near((*promise)[0].p95Hours, 24.8), qPrintable(QString::number((*promise)[0].p95Hours)));
        QCOMPARE((*promise)[1].decided, 2);
        QCOMPARE((*promise)[1].withinPromise, 2);
        QVERIFY(near((*promise)[1].medianHours, 5.5));
        QVERIFY(near((*promise)[1].p95Hours, 5.95));

        // The core against the auditors.
        auto core = store::coreAgreement(c, both);
        VERIFY_OK(core);
        QCOMPARE(core->size(), std::size_t(3)); // eyes.line only warned: neither failed nor passed
        const auto& bg = (*core)[0];
        QCOMPARE(bg.check, QStringLiteral("background.color"));
        QCOMPARE(bg.coreFailed, 3);
        QCOMPARE(bg.coreFailedApproved, 1);
        QCOMPARE(bg.corePassed, 4);
        QCOMPARE(bg.corePassedRejected, 0);
        QVERIFY(bg.rejectedWith.empty());
        const auto& hs = (*core)[1];
        QCOMPARE(hs.check, QStringLiteral("head.size"));
        QCOMPARE(hs.coreFailed, 0);
        QCOMPARE(hs.corePassed, 7);
        QCOMPARE(hs.corePassedRejected, 1);
        QCOMPARE(hs.rejectedWith.size(), std::size_t(2));
        QCOMPARE(hs.rejectedWith[0].code, QStringLiteral("ears.hidden"));
        QCOMPARE(hs.rejectedWith[0].count, 1);
        QCOMPARE(hs.rejectedWith[0].labelEn, QStringLiteral("Ears hidden"));
        QCOMPARE(hs.rejectedWith[1].code, QStringLiteral("head.size"));
        QCOMPARE((*core)[2].check, QStringLiteral("image.blur"));
        QCOMPARE((*core)[2].corePassed, 7);
        QCOMPARE((*core)[2].corePassedRejected, 0);

        auto overruled = store::disagreements(c, both, QStringLiteral("background.color"),
                                              store::DisagreementKind::FailedButApproved);
        VERIFY_OK(overruled);
        QCOMPARE(overruled->size(), std::size_t(1));
        QCOMPARE((*overruled)[0].submissionId, sub_[3]);
        QCOMPARE((*overruled)[0].school, kA);
        QCOMPARE((*overruled)[0].auditor, aud1_);
        QCOMPARE((*overruled)[0].decidedAt, shanghai(11, 2, 10, 5));
        QVERIFY((*overruled)[0].reasonCodes.isEmpty());
        auto missed = store::disagreements(c, both, QStringLiteral("head.size"),
                                           store::DisagreementKind::PassedButRejected);
        VERIFY_OK(missed);
        QCOMPARE(missed->size(), std::size_t(1));
        QCOMPARE((*missed)[0].submissionId, sub_[4]);
        QCOMPARE((*missed)[0].auditor, aud2_);
        QCOMPARE((*missed)[0].reasonCodes,
                 QStringList({QStringLiteral("head.size"), QStringLiteral("ears.hidden")}));
        auto none = store::disagreements(c, both, QStringLiteral("image.blur"),
                                         store::DisagreementKind::PassedButRejected);
        VERIFY_OK(none);
        QVERIFY(none->empty());

        // Totals of D1: arrivals that day in Shanghai (five of the seven history entries).
        auto totals = store::dayTotals(c, kD1);
        VERIFY_OK(totals);
        QCOMPARE(totals->decided, 5);
        QCOMPARE(totals->approved, 3);
        QCOMPARE(totals->rejected, 2);
        QCOMPARE(totals->arrived, 5);
        QCOMPARE(totals->pendingNow, 6);
        QCOMPARE(totals->overdueNow, 1);
    }

private slots:
    void initTestCase() {
        db_ = std::make_unique<StoreDb>(QStringLiteral("stats"));
        aud1_ = db_->makeUser(store::Role::Auditor, QStringLiteral("aud"));
        aud2_ = db_->makeUser(store::Role::Auditor, QStringLiteral("aud"));
        // aud1 must sort before aud2 where the order is by login.
        if (aud2_ < aud1_)
            std::swap(aud1_, aud2_);
        sup_ = db_->makeUser(store::Role::Supervisor, QStringLiteral("sup"));
        auto admin = db_->open(db_->adminLogin);
        VERIFY_OK(store::upsertSchool(admin, kA, QStringLiteral("chsi-graduation"), 24));
        VERIFY_OK(store::upsertSchool(admin, kB, QStringLiteral("chsi-graduation"), 48));
        VERIFY_OK(store::upsertSchool(admin, kC, QStringLiteral("chsi-graduation"), 48));

        // Pending now: two templates in 丙 (47 h left), 甲: overdue and 2 h left, 乙: 8 h and 47 h left.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::vector<store::IncomingSubmission> pending;
        auto add = [&](int n, const QString& school, qint64 hoursAgo, bool bgFails) {
            store::IncomingSubmission s = incoming(n, school);
            s.arrivedAt = now.addSecs(-hoursAgo * 3600);
            s.reportJson = report(bgFails);
            s.coreVerdict = bgFails ? QStringLiteral("fail") : QStringLiteral("pass");
            pending.push_back(s);
        };
        add(1, kC, 1, true);
        add(2, kC, 1, false);
        add(3, kA, 25, false);
        add(4, kA, 22, false);
        add(5, kB, 40, false);
        add(6, kB, 1, false);
        auto stored = store::storeSubmissions(admin, pending);
        VERIFY_OK(stored);
        tFail_ = (*stored)[0].submissionId;
        tPass_ = (*stored)[1].submissionId;
        overdueA_ = (*stored)[2].submissionId;
        oldestB_ = (*stored)[4].submissionId;

        // The history (Shanghai times): entry, auditor, decided, hours from arrival, template, verdict,
        // reasons, seconds on screen.
        struct E {
            int n;
            QString auditor;
            QDateTime decided;
            int hours;
            bool onFail;
            bool approve;
            QStringList reasons;
            int seconds;
            QString school;
        };
        const std::vector<E> es = {
            {1, aud1_, shanghai(11, 2, 9, 15), 1, false, true, {}, 10, kA},
            {2, aud1_, shanghai(11, 2, 9, 40), 2, true, false, {QStringLiteral("background.color")}, 20, kA},
            {3, aud1_, shanghai(11, 2, 10, 5), 3, true, true, {}, 30, kA},
            {4,
             aud2_,
             shanghai(11, 2, 10, 30),
             4,
             false,
             false,
             {QStringLiteral("head.size"), QStringLiteral("ears.hidden")},
             40,
             kA},
            {5, aud2_, shanghai(11, 2, 23, 59, 59), 30, false, true, {}, 50, kA},
            {6,
             aud2_,
             shanghai(11, 3, 0, 0, 0),
             5,
             true,
             false,
             {QStringLiteral("background.color"), QStringLiteral("other")},
             60,
             kA},
            {7, aud1_, shanghai(11, 3, 14, 0), 6, false, true, {}, 5, kB},
        };
        std::vector<store::HistoryDecision> history;
        for (const E& e : es) {
            store::HistoryDecision h;
            h.school = e.school;
            h.examNumber = QStringLiteral("H%1").arg(e.n, 5, 10, QLatin1Char('0'));
            h.applicantName = QStringLiteral("历史考生%1").arg(e.n);
            h.idNumber = validIdNumber(100 + e.n);
            h.level = QStringLiteral("本科");
            h.phone = validPhone(100 + e.n);
            h.decidedAt = e.decided;
            h.arrivedAt = e.decided.addSecs(-qint64(e.hours) * 3600);
            h.likeSubmission = e.onFail ? tFail_ : tPass_;
            h.auditor = e.auditor;
            h.decision = e.approve ? store::Decision::Approve : store::Decision::Reject;
            h.reasonCodes = e.reasons;
            h.note = e.reasons.contains(QStringLiteral("other")) ? QStringLiteral("耳环") : QString();
            h.secondsSpent = e.seconds;
            history.push_back(h);
        }
        auto imported = store::importDecidedHistory(admin, history);
        VERIFY_OK(imported);
        QCOMPARE(*imported, 7);
        for (const E& e : es)
            sub_[e.n] = db_->count(QStringLiteral("SELECT s.id FROM certphoto.submissions s JOIN "
                                                  "certphoto.applicants a ON a.id = s.applicant_id "
                                                  "WHERE a.exam_number = 'H%1'")
                                       .arg(e.n, 5, 10, QLatin1Char('0')));
        // A second import of the same entries finds the applicants and records nothing.
        auto again = store::importDecidedHistory(admin, history);
        VERIFY_OK(again);
        QCOMPARE(*again, 0);
    }

    void historyKeepsTheRules() {
        QCOMPARE(db_->count(QStringLiteral("SELECT count(*) FROM certphoto.decisions")), 7);
        QCOMPARE(db_->count(
                     QStringLiteral("SELECT count(*) FROM certphoto.sms_outbox o JOIN certphoto.decisions d "
                                    "ON d.id = o.decision_id WHERE o.status = 'sent'")),
                 7);
        QCOMPARE(
            db_->count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action = 'decide' "
                                      "AND (detail->>'history')::boolean")),
            7);
        QCOMPARE(
            db_->count(QStringLiteral("SELECT count(*) FROM certphoto.submissions WHERE status = 'pending'")),
            6);
        // A rejection without a reason, an unknown auditor, a decision before its arrival: refused, nothing
        // kept.
        auto admin = db_->open(db_->adminLogin);
        store::HistoryDecision bad;
        bad.school = kA;
        bad.examNumber = QStringLiteral("BAD1");
        bad.applicantName = QStringLiteral("坏");
        bad.phone = validPhone(999);
        bad.arrivedAt = shanghai(11, 5, 8, 0);
        bad.decidedAt = shanghai(11, 5, 9, 0);
        bad.likeSubmission = tPass_;
        bad.auditor = aud1_;
        bad.decision = store::Decision::Reject;
        VERIFY_ERROR(store::importDecidedHistory(admin, {bad}), "decision.reason_required");
        bad.decision = store::Decision::Approve;
        bad.auditor = QStringLiteral("nobody_here");
        VERIFY_ERROR(store::importDecidedHistory(admin, {bad}), "history.unknown_auditor");
        bad.auditor = aud1_;
        bad.decidedAt = bad.arrivedAt.addSecs(-1);
        VERIFY_ERROR(store::importDecidedHistory(admin, {bad}), "history.bad_time");
        QCOMPARE(db_->count(
                     QStringLiteral("SELECT count(*) FROM certphoto.applicants WHERE exam_number = 'BAD1'")),
                 0);
        // Only admins import history.
        auto sup = db_->open(sup_);
        bad.decidedAt = shanghai(11, 5, 9, 0);
        VERIFY_ERROR(store::importDecidedHistory(sup, {bad}), "db.permission");
    }

    void figuresForTheSupervisor() {
        auto sup = db_->open(sup_);
        auto zone = store::statisticsTimeZone(sup);
        VERIFY_OK(zone);
        QCOMPARE(*zone, QStringLiteral("Asia/Shanghai"));
        checkFigures(sup);
        // The second call reads the promise percentiles cached for past days: the same.
        checkFigures(sup);
        // A read-only transaction (a report on a standby) caches nothing and gets the same figures.
        {
            QSqlQuery q(db_->scratch.superuserConnection());
            QVERIFY(q.exec(QStringLiteral("TRUNCATE certphoto.handling_range_histogram, "
                                          "certphoto.handling_range_cache")));
            QVERIFY(q.exec(QStringLiteral("UPDATE certphoto.promise_daily SET fresh = false")));
        }
        QVERIFY(sup.db().transaction());
        QSqlQuery ro(sup.db());
        QVERIFY(ro.exec(QStringLiteral("SET TRANSACTION READ ONLY")));
        checkFigures(sup);
        QVERIFY(sup.db().commit());
        QCOMPARE(db_->count(QStringLiteral("SELECT count(*) FROM certphoto.handling_range_cache")), 0);
        QCOMPARE(db_->count(QStringLiteral("SELECT count(*) FROM certphoto.promise_daily WHERE fresh")), 0);
        checkFigures(sup); // and out of it, caches again
        QVERIFY(db_->count(QStringLiteral("SELECT count(*) FROM certphoto.handling_range_cache")) > 0);
        QCOMPARE(db_->count(QStringLiteral("SELECT count(*) FROM certphoto.promise_daily WHERE fresh")), 2);
    }

    void deadlineRiskPerSchool() {
        auto sup = db_->open(sup_);
        auto risk = store::deadlineRisk(sup);
        VERIFY_OK(risk);
        QVERIFY(std::abs(risk->measuredAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        const int totals[] = {1, 1, 1, 0, 3, 0};
        for (int b = 0; b < store::kTimeLeftBands; ++b)
            QCOMPARE(risk->totals[b], totals[b]);
        QCOMPARE(risk->schools.size(), std::size_t(3));
        QCOMPARE(risk->schools[0].school, kA); // the overdue one first
        const int a[] = {1, 1, 0, 0, 0, 0};
        const int b[] = {0, 0, 1, 0, 1, 0};
        const int c[] = {0, 0, 0, 0, 2, 0};
        for (int i = 0; i < store::kTimeLeftBands; ++i) {
            QCOMPARE(risk->schools[0].counts[i], a[i]);
            QCOMPARE(risk->schools[1].counts[i], b[i]);
            QCOMPARE(risk->schools[2].counts[i], c[i]);
        }
        QCOMPARE(risk->schools[1].school, kB);
        QCOMPARE(risk->schools[2].school, kC);
        QCOMPARE(risk->oldestPendingSubmission, oldestB_);
        QVERIFY(std::abs(risk->oldestPendingArrival.secsTo(QDateTime::currentDateTimeUtc()) - 40 * 3600) <
                120);
        QCOMPARE(risk->oldestPendingArrival.timeSpec(), Qt::UTC);
    }

    void rebuildGivesTheSameFigures() {
        auto admin = db_->open(db_->adminLogin);
        auto n = store::rebuildStatistics(admin);
        VERIFY_OK(n);
        QCOMPARE(*n, qint64(7));
        checkFigures(admin);
        auto sup = db_->open(sup_);
        VERIFY_ERROR(store::rebuildStatistics(sup), "db.permission");
    }

    void timeZoneMovesTheMidnight() {
        auto admin = db_->open(db_->adminLogin);
        VERIFY_ERROR(store::setStatisticsTimeZone(admin, QStringLiteral("Mars/Olympus")),
                     "settings.bad_value");
        VERIFY_OK(store::setStatisticsTimeZone(admin, QStringLiteral("UTC")));
        // In UTC 23:59:59 and 00:00:00 Shanghai are 15:59:59 and 16:00:00 of the same day.
        auto hourly = store::throughput(admin, {kD1, kD1}, true, false);
        VERIFY_OK(hourly);
        int d1 = 0;
        for (const auto& h : *hourly)
            d1 += h.approved + h.rejected;
        QCOMPARE(d1, 6);
        VERIFY_OK(store::setStatisticsTimeZone(admin, QStringLiteral("Asia/Shanghai")));
        checkFigures(admin);
    }

    void emptyRangeIsEmpty() {
        auto sup = db_->open(sup_);
        const store::StatsRange empty{QDate(2025, 1, 1), QDate(2025, 1, 31)};
        auto t = store::throughput(sup, empty, false, false);
        VERIFY_OK(t);
        QVERIFY(t->empty());
        auto h = store::throughput(sup, {QDate(2025, 1, 1), QDate(2025, 1, 1)}, true, true);
        VERIFY_OK(h);
        QVERIFY(h->empty());
        auto p = store::promiseKept(sup, empty);
        VERIFY_OK(p);
        QVERIFY(p->empty());
        auto a = store::auditorFigures(sup, empty);
        VERIFY_OK(a);
        QVERIFY(a->empty());
        auto r = store::rejectionReasons(sup, empty);
        VERIFY_OK(r);
        QVERIFY(r->empty());
        auto rd = store::rejectionReasonsPerDay(sup, empty);
        VERIFY_OK(rd);
        QVERIFY(rd->empty());
        auto c = store::coreAgreement(sup, empty);
        VERIFY_OK(c);
        QVERIFY(c->empty());
        auto d = store::disagreements(sup, empty, QStringLiteral("background.color"),
                                      store::DisagreementKind::FailedButApproved);
        VERIFY_OK(d);
        QVERIFY(d->empty());
        auto totals = store::dayTotals(sup, QDate(2025, 1, 1));
        VERIFY_OK(totals);
        QCOMPARE(totals->decided, 0);
        QCOMPARE(totals->arrived, 0);
        QCOMPARE(totals->pendingNow, 6);
        // A reversed range is a bad request, not an empty answer.
        VERIFY_ERROR(store::throughput(sup, {kD2, kD1}, false, false), "stats.bad_range");
    }

    void auditorIsRefusedButGetsOwnDay() {
        auto aud = db_->open(aud1_);
        const store::StatsRange both{kD1, kD2};
        VERIFY_ERROR(store::statisticsTimeZone(aud), "db.permission");
        VERIFY_ERROR(store::throughput(aud, both, false, false), "db.permission");
        VERIFY_ERROR(store::throughput(aud, both, true, true), "db.permission");
        VERIFY_ERROR(store::deadlineRisk(aud), "db.permission");
        VERIFY_ERROR(store::promiseKept(aud, both), "db.permission");
        VERIFY_ERROR(store::auditorFigures(aud, both), "db.permission");
        VERIFY_ERROR(store::rejectionReasons(aud, both), "db.permission");
        VERIFY_ERROR(store::rejectionReasonsPerDay(aud, both), "db.permission");
        VERIFY_ERROR(store::coreAgreement(aud, both), "db.permission");
        VERIFY_ERROR(store::disagreements(aud, both, QStringLiteral("head.size"),
                                          store::DisagreementKind::PassedButRejected),
                     "db.permission");
        VERIFY_ERROR(store::dayTotals(aud, kD1), "db.permission");
        VERIFY_ERROR(store::rebuildStatistics(aud), "db.permission");
        VERIFY_ERROR(store::setStatisticsTimeZone(aud, QStringLiteral("UTC")), "db.permission");
        // The summary tables themselves are closed to every group.
        QSqlQuery q(aud.db());
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM certphoto.decision_facts")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));

        // Nothing decided today yet; then two decisions through decide(): 12 s and 8 s on screen.
        auto before = store::myDay(aud);
        VERIFY_OK(before);
        QCOMPARE(before->decided, 0);
        QCOMPARE(before->medianSeconds, 0.0);
        VERIFY_OK(store::claimSubmission(aud, overdueA_));
        auto r1 = approve(overdueA_);
        r1.secondsSpent = 10; // as one of aud1's on D1: the same value in the cached days and today
        VERIFY_OK(store::decide(aud, r1));
        VERIFY_OK(store::claimSubmission(aud, oldestB_));
        auto r2 = reject(oldestB_, {QStringLiteral("image.blur")});
        r2.secondsSpent = 8;
        VERIFY_OK(store::decide(aud, r2));
        auto mine = store::myDay(aud);
        VERIFY_OK(mine);
        QCOMPARE(mine->decided, 2);
        QCOMPARE(mine->approved, 1);
        QCOMPARE(mine->rejected, 1);
        QVERIFY(near(mine->medianSeconds, 9));
        // Another auditor's day is their own.
        auto other = db_->open(aud2_);
        auto theirs = store::myDay(other);
        VERIFY_OK(theirs);
        QCOMPARE(theirs->decided, 0);
        // The supervisor sees both today, and the two left the pending set.
        auto sup = db_->open(sup_);
        const QDate today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
        auto t = store::throughput(sup, {today, today}, false, true);
        VERIFY_OK(t);
        QCOMPARE(t->size(), std::size_t(1));
        QCOMPARE(t->front().auditor, aud1_);
        QCOMPARE(t->front().approved, 1);
        QCOMPARE(t->front().rejected, 1);
        auto risk = store::deadlineRisk(sup);
        VERIFY_OK(risk);
        QCOMPARE(risk->totals[int(store::TimeLeftBand::Overdue)], 0);
        // A range up to today: the closed days from the cache, today's from the day rows.
        // aud1: 5, 8, 10, 10, 20, 30 s.
        for (int call = 0; call < 2; ++call) {
            auto a = store::auditorFigures(sup, {kD1, today});
            VERIFY_OK(a);
            QCOMPARE(a->front().auditor, aud1_);
            QCOMPARE(a->front().decisions, 6);
            QVERIFY2(near(a->front().medianSeconds, 10),
                     qPrintable(QString::number(a->front().medianSeconds)));
            QVERIFY2(near(a->front().p90Seconds, 25), qPrintable(QString::number(a->front().p90Seconds)));
        }
        auto promise = store::promiseKept(sup, {today, today});
        VERIFY_OK(promise);
        QCOMPARE(promise->size(), std::size_t(1));
        QCOMPARE(promise->front().decided, 2);
        QCOMPARE(promise->front().withinPromise, 1); // the overdue one was decided late
    }

    // The auditors' figures of closed days are cached per range; a decision landing on one of those days
    // later (a history import) is counted all the same.
    void cachedRangeFollowsALateDecision() {
        auto sup = db_->open(sup_);
        const store::StatsRange both{kD1, kD2};
        auto before = store::auditorFigures(sup, both);
        VERIFY_OK(before);
        QCOMPARE(before->at(1).decisions, 3);
        QCOMPARE(db_->count(
                     QStringLiteral("SELECT count(*) FROM certphoto.handling_range_cache WHERE range_from = "
                                    "'2026-11-02' AND range_to = '2026-11-03'")),
                 1);
        auto admin = db_->open(db_->adminLogin);
        store::HistoryDecision h;
        h.school = kA;
        h.examNumber = QStringLiteral("LATE1");
        h.applicantName = QStringLiteral("迟到");
        h.phone = validPhone(777);
        h.arrivedAt = shanghai(11, 2, 12, 0);
        h.decidedAt = shanghai(11, 2, 13, 0);
        h.likeSubmission = tPass_;
        h.auditor = aud2_;
        h.secondsSpent = 70;
        auto done = store::importDecidedHistory(admin, {h});
        VERIFY_OK(done);
        QCOMPARE(*done, 1);
        QCOMPARE(db_->count(QStringLiteral("SELECT count(*) FROM certphoto.handling_range_cache WHERE "
                                           "'2026-11-02' BETWEEN range_from AND range_to")),
                 0);
        auto after = store::auditorFigures(sup, both);
        VERIFY_OK(after);
        QCOMPARE(after->at(0).auditor, aud1_); // 4 decisions each: by login then
        QCOMPARE(after->at(1).auditor, aud2_);
        QCOMPARE(after->at(1).decisions, 4);
        QCOMPARE(after->at(1).approved, 2);
        QVERIFY(near(after->at(1).medianSeconds, 55));
        QVERIFY(near(after->at(1).p90Seconds, 67));
        QCOMPARE(after->at(0).decisions, 4); // aud1 untouched
        QVERIFY(near(after->at(0).medianSeconds, 15));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"

#include "stats_seed.h"

#include <certphoto/store/admin.h>
#include <certphoto/store/history.h>
#include <certphoto/store/intake.h>
#include <certphoto/store/schools.h>

namespace certphoto::test {

namespace {

const QString kA = QStringLiteral("甲校"); // promises 24 h
const QString kB = QStringLiteral("乙校"); // promises 48 h

QByteArray coreReport(bool backgroundFails) {
    return QStringLiteral(R"({"verdict":"%1","checks":[)"
                          R"({"id":"background.color","status":"%2","reason":"background.color"},)"
                          R"({"id":"head.size","status":"pass","reason":"head.size"}]})")
        .arg(backgroundFails ? QStringLiteral("fail") : QStringLiteral("pass"),
             backgroundFails ? QStringLiteral("fail") : QStringLiteral("pass"))
        .toUtf8();
}

QDateTime shanghai(const QDate& d, int h, int m) {
    return QDateTime(d, QTime(h, m), Qt::UTC).addSecs(-8 * 3600);
}

} // namespace

StatsSeed seedStatistics(const StoreDb& db) {
    StatsSeed seed;
    seed.auditor1 = db.makeUser(store::Role::Auditor, QStringLiteral("aud1"));
    seed.auditor2 = db.makeUser(store::Role::Auditor, QStringLiteral("aud2"));
    seed.supervisor = db.makeUser(store::Role::Supervisor, QStringLiteral("sup"));
    auto admin = db.open(db.adminLogin);
    if (!store::upsertSchool(admin, kA, QStringLiteral("chsi-graduation"), 24) ||
        !store::upsertSchool(admin, kB, QStringLiteral("chsi-graduation"), 48))
        qFatal("schools not made");

    // Pending now: 甲 overdue and 2 h left, 乙 8 h and 47 h left; the two templates (core fails / passes).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<store::IncomingSubmission> pending;
    auto add = [&](int n, const QString& school, qint64 hoursAgo, bool fails) {
        store::IncomingSubmission s = incoming(n, school);
        s.arrivedAt = now.addSecs(-hoursAgo * 3600);
        s.reportJson = coreReport(fails);
        s.coreVerdict = fails ? QStringLiteral("fail") : QStringLiteral("pass");
        pending.push_back(s);
    };
    add(1, kB, 1, true);
    add(2, kB, 1, false);
    add(3, kA, 25, false);
    add(4, kA, 22, false);
    add(5, kB, 40, false);
    auto stored = store::storeSubmissions(admin, pending);
    if (!stored)
        qFatal("pending not stored: %s", stored.error().message.c_str());
    const qint64 fail = (*stored)[0].submissionId;
    const qint64 pass = (*stored)[1].submissionId;

    struct E {
        QString auditor;
        QDateTime decided;
        bool onFail;
        bool approve;
        QStringList reasons;
        int seconds;
        QString school;
    };
    const QDate d1 = StatsSeed::day1(), d2 = StatsSeed::day2();
    const std::vector<E> es = {
        {seed.auditor1, shanghai(d1, 9, 15), false, true, {}, 10, kA},
        {seed.auditor1, shanghai(d1, 9, 40), true, false, {QStringLiteral("background.color")}, 20, kA},
        {seed.auditor1, shanghai(d1, 10, 5), true, true, {}, 30, kA}, // overrules the core
        {seed.auditor2, shanghai(d1, 10, 30), false, false, {QStringLiteral("head.size")}, 40, kB},
        {seed.auditor2, shanghai(d1, 14, 10), false, true, {}, 50, kB},
        {seed.auditor2, shanghai(d2, 9, 0), true, false, {QStringLiteral("background.color")}, 60, kA},
        {seed.auditor1, shanghai(d2, 14, 0), false, true, {}, 5, kB},
        {seed.auditor1, now.addSecs(-60), false, true, {}, 25, kB}, // today
    };
    std::vector<store::HistoryDecision> history;
    int n = 0;
    for (const E& e : es) {
        ++n;
        store::HistoryDecision h;
        h.school = e.school;
        h.examNumber = QStringLiteral("S%1").arg(n, 5, 10, QLatin1Char('0'));
        h.applicantName = QStringLiteral("统计考生%1").arg(n);
        h.idNumber = validIdNumber(500 + n);
        h.level = QStringLiteral("本科");
        h.phone = validPhone(500 + n);
        h.decidedAt = e.decided;
        h.arrivedAt = e.decided.addSecs(-3 * 3600);
        h.likeSubmission = e.onFail ? fail : pass;
        h.auditor = e.auditor;
        h.decision = e.approve ? store::Decision::Approve : store::Decision::Reject;
        h.reasonCodes = e.reasons;
        h.secondsSpent = e.seconds;
        history.push_back(h);
    }
    auto imported = store::importDecidedHistory(admin, history);
    if (!imported || *imported != int(es.size()))
        qFatal("history not imported: %s", imported ? "count" : imported.error().message.c_str());
    return seed;
}

} // namespace certphoto::test

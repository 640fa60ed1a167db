#pragma once
// The supervisors' statistics: plain figures for the statistics screen, the daily report and
// certphoto-report. Every figure comes from SECURITY DEFINER functions granted to the supervisor and admin
// groups (an auditor gets db.permission from the server); only myDay() is open to auditors, and it returns
// the caller's own figures. No applicant's ID number or phone ever appears here; auditors are named by login.
//
// Days are calendar days in the statistics time zone (a server setting, Asia/Shanghai by default); a
// range is [from, to], both days included.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace certphoto::store {

struct StatsRange {
    QDate from; // first day, in the statistics time zone
    QDate to;   // last day, included
};

// One bucket of decisions: an hour of one day (hour 0..23) or a whole day (hour -1).
struct ThroughputBucket {
    QDate day;
    int hour = -1;
    QString auditor; // empty: every auditor together
    int approved = 0;
    int rejected = 0;
};

// Pending submissions by time left before their deadline, per school.
enum class TimeLeftBand { Overdue, Under4h, From4To12h, From12To24h, From24To48h, Over48h };
inline constexpr int kTimeLeftBands = 6;

struct DeadlineRisk {
    QDateTime measuredAt; // UTC, the server's clock
    struct School {
        QString school;
        int counts[kTimeLeftBands] = {}; // indexed by TimeLeftBand
    };
    std::vector<School> schools; // schools with pending work, most overdue first
    int totals[kTimeLeftBands] = {};
    QDateTime oldestPendingArrival; // UTC; invalid when nothing is pending
    qint64 oldestPendingSubmission = 0;
};

// Per day: how many decisions kept their school's promised time, and arrival-to-decision times.
struct PromiseDay {
    QDate day;
    int decided = 0;
    int withinPromise = 0;
    double medianHours = 0; // arrival to decision
    double p95Hours = 0;
};

// Per auditor over the range. Handling time: seconds the photo was on screen before the decision, idle gaps
// over 60 s left out (measured by the window, stored with the decision).
struct AuditorFigures {
    QString auditor; // login
    int decisions = 0;
    int approved = 0;
    double medianSeconds = 0;
    double p90Seconds = 0;
    int approvedCoreFail = 0; // approved what the core failed
    int rejectedCorePass = 0; // rejected what the core passed
};

// Rejection reasons over the range, most frequent first; `perDay` gives the daily counts.
struct ReasonCount {
    QString code;
    QString labelZh;
    QString labelEn;
    int count = 0;
};
struct ReasonDay {
    QDate day;
    QString code;
    int count = 0;
};

// Per check of the core: how often its failing verdict was overruled and how often it passed a photo an
// auditor rejected (with the reason codes picked).
struct CheckAgreement {
    QString check; // the core's check id, e.g. "background.color"
    int coreFailed = 0;
    int coreFailedApproved = 0; // overruled
    int corePassed = 0;
    int corePassedRejected = 0;
    std::vector<ReasonCount> rejectedWith; // reasons auditors picked when the check had passed
};
enum class DisagreementKind { FailedButApproved, PassedButRejected };
struct DisagreementRow {
    qint64 submissionId = 0;
    QString school;
    QDateTime decidedAt; // UTC
    QString auditor;
    QStringList reasonCodes;
};

// The day's totals for the daily report's first lines.
struct DayTotals {
    int decided = 0;
    int approved = 0;
    int rejected = 0;
    int arrived = 0;
    int pendingNow = 0;
    int overdueNow = 0;
};

// An auditor's own day, for the review window's status bar.
struct MyDay {
    int decided = 0;
    int approved = 0;
    int rejected = 0;
    double medianSeconds = 0;
};

Result<QString> statisticsTimeZone(Connection& c); // the setting, e.g. "Asia/Shanghai"
// Admins: a new zone (an IANA name; "settings.bad_value" otherwise) recounts every summary in it.
Result<void> setStatisticsTimeZone(Connection& c, const QString& zone);
// Admins: every summary again from the raw tables; returns the number of decisions counted.
Result<qint64> rebuildStatistics(Connection& c);

// Hourly buckets for a one-day range, daily buckets otherwise; perAuditor splits every bucket by auditor.
Result<std::vector<ThroughputBucket>> throughput(Connection& c, const StatsRange& range, bool hourly,
                                                 bool perAuditor);
Result<DeadlineRisk> deadlineRisk(Connection& c);
Result<std::vector<PromiseDay>> promiseKept(Connection& c, const StatsRange& range);
Result<std::vector<AuditorFigures>> auditorFigures(Connection& c, const StatsRange& range);
Result<std::vector<ReasonCount>> rejectionReasons(Connection& c, const StatsRange& range);
Result<std::vector<ReasonDay>> rejectionReasonsPerDay(Connection& c, const StatsRange& range);
Result<std::vector<CheckAgreement>> coreAgreement(Connection& c, const StatsRange& range);
Result<std::vector<DisagreementRow>> disagreements(Connection& c, const StatsRange& range,
                                                   const QString& check, DisagreementKind kind,
                                                   int limit = 500);
Result<DayTotals> dayTotals(Connection& c, const QDate& day);
Result<MyDay> myDay(Connection& c);

} // namespace certphoto::store

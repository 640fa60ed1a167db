#pragma once
// Everything the statistics screen, the daily report and certphoto-report show, as plain data, and the
// one place that asks the store for it (run on the Database worker or in the tool, never on a GUI thread).

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/statistics.h>

#include <QDate>
#include <QDateTime>
#include <optional>
#include <vector>

namespace certphoto::report {

struct Figures {
    store::StatsRange range;
    bool hourly = false; // one day: throughput per hour; a range: per day
    QString timeZone;    // the statistics time zone, e.g. "Asia/Shanghai"
    std::vector<store::ThroughputBucket> throughput;
    // Split by auditor; only loaded when asked (the screen's "per auditor", the tool's CSV).
    std::optional<std::vector<store::ThroughputBucket>> throughputByAuditor;
    store::DeadlineRisk risk;
    std::vector<store::PromiseDay> promise;
    std::vector<store::AuditorFigures> auditors;
    std::vector<store::ReasonCount> reasons;
    std::vector<store::ReasonDay> reasonsPerDay;
    std::vector<store::CheckAgreement> agreement;
};

// The daily report: one day's figures, the day's totals and the promise kept over the days before it.
struct DailyReportData {
    QDate day;
    Figures figures;
    store::DayTotals totals;
    store::StatsRange promiseRange;         // the 14 days ending with `day`
    std::vector<store::PromiseDay> promise; // per day over promiseRange
    QDateTime madeAt;                       // UTC
};

inline constexpr int kPromiseReportDays = 14;

bool isValidRange(const store::StatsRange& range);
int dayCount(const store::StatsRange& range);

// Every figure of the screen for `range`; `perAuditor` also loads the throughput split by auditor.
Result<Figures> loadFigures(store::Connection& c, const store::StatsRange& range, bool perAuditor);
Result<store::DeadlineRisk> loadDeadlineRisk(store::Connection& c);
Result<DailyReportData> loadDailyReport(store::Connection& c, const QDate& day);

} // namespace certphoto::report

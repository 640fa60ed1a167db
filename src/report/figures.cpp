#include <certphoto/report/figures.h>

namespace certphoto::report {

bool isValidRange(const store::StatsRange& range) {
    return range.from.isValid() && range.to.isValid() && range.from <= range.to;
}

int dayCount(const store::StatsRange& range) {
    return isValidRange(range) ? int(range.from.daysTo(range.to)) + 1 : 0;
}

Result<Figures> loadFigures(store::Connection& c, const store::StatsRange& range, bool perAuditor) {
    if (!isValidRange(range))
        return makeError("report.range", "the range's first day is after its last day");
    Figures f;
    f.range = range;
    f.hourly = range.from == range.to;
    auto zone = store::statisticsTimeZone(c);
    if (!zone)
        return zone.error();
    f.timeZone = *zone;
    auto throughput = store::throughput(c, range, f.hourly, false);
    if (!throughput)
        return throughput.error();
    f.throughput = std::move(*throughput);
    if (perAuditor) {
        auto split = store::throughput(c, range, f.hourly, true);
        if (!split)
            return split.error();
        f.throughputByAuditor = std::move(*split);
    }
    auto risk = store::deadlineRisk(c);
    if (!risk)
        return risk.error();
    f.risk = std::move(*risk);
    auto promise = store::promiseKept(c, range);
    if (!promise)
        return promise.error();
    f.promise = std::move(*promise);
    auto auditors = store::auditorFigures(c, range);
    if (!auditors)
        return auditors.error();
    f.auditors = std::move(*auditors);
    auto reasons = store::rejectionReasons(c, range);
    if (!reasons)
        return reasons.error();
    f.reasons = std::move(*reasons);
    auto perDay = store::rejectionReasonsPerDay(c, range);
    if (!perDay)
        return perDay.error();
    f.reasonsPerDay = std::move(*perDay);
    auto agreement = store::coreAgreement(c, range);
    if (!agreement)
        return agreement.error();
    f.agreement = std::move(*agreement);
    return f;
}

Result<store::DeadlineRisk> loadDeadlineRisk(store::Connection& c) {
    return store::deadlineRisk(c);
}

Result<DailyReportData> loadDailyReport(store::Connection& c, const QDate& day) {
    if (!day.isValid())
        return makeError("report.range", "no valid day");
    DailyReportData d;
    d.day = day;
    auto figures = loadFigures(c, {day, day}, false);
    if (!figures)
        return figures.error();
    d.figures = std::move(*figures);
    auto totals = store::dayTotals(c, day);
    if (!totals)
        return totals.error();
    d.totals = *totals;
    d.promiseRange = {day.addDays(-(kPromiseReportDays - 1)), day};
    auto promise = store::promiseKept(c, d.promiseRange);
    if (!promise)
        return promise.error();
    d.promise = std::move(*promise);
    d.madeAt = QDateTime::currentDateTimeUtc();
    return d;
}

} // namespace certphoto::report

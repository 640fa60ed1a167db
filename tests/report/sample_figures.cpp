#include "sample_figures.h"

namespace certphoto::test {

namespace {
const QDate kDay(2026, 12, 3);
}

report::Figures sampleFigures(bool oneDay) {
    report::Figures f;
    f.range = oneDay ? store::StatsRange{kDay, kDay} : store::StatsRange{kDay.addDays(-6), kDay};
    f.hourly = oneDay;
    f.timeZone = QStringLiteral("Asia/Shanghai");
    if (oneDay) {
        // 09:00 12 approved 3 rejected; 10:00 20/5; 14:00 8/2 (lunch hours empty). By auditor: split below.
        f.throughput = {{kDay, 9, {}, 12, 3}, {kDay, 10, {}, 20, 5}, {kDay, 14, {}, 8, 2}};
        f.throughputByAuditor =
            std::vector<store::ThroughputBucket>{{kDay, 9, QStringLiteral("li.wei"), 7, 1},
                                                 {kDay, 9, QStringLiteral("wang.fang"), 5, 2},
                                                 {kDay, 10, QStringLiteral("li.wei"), 12, 3},
                                                 {kDay, 10, QStringLiteral("wang.fang"), 8, 2},
                                                 {kDay, 14, QStringLiteral("li.wei"), 8, 2}};
    } else {
        // One bucket per day but 2026-11-29 (a Sunday without decisions).
        for (int i = 0; i < 7; ++i) {
            const QDate d = f.range.from.addDays(i);
            if (d == QDate(2026, 11, 29))
                continue;
            f.throughput.push_back({d, -1, {}, 30 + i, 5 + i});
        }
    }
    f.risk.measuredAt = QDateTime(kDay, QTime(6, 0), Qt::UTC);
    f.risk.schools = {{QStringLiteral("北京大学"), {3, 5, 10, 12, 20, 1}},
                      {QStringLiteral("清华大学"), {1, 0, 4, 8, 30, 2}},
                      {QStringLiteral("北京市自考办"), {0, 2, 2, 6, 9, 0}}};
    for (const auto& s : f.risk.schools)
        for (int b = 0; b < store::kTimeLeftBands; ++b)
            f.risk.totals[b] += s.counts[b];
    f.risk.oldestPendingArrival = QDateTime(kDay.addDays(-3), QTime(8, 0), Qt::UTC);
    f.risk.oldestPendingSubmission = 4711;
    for (QDate d = f.range.from; d <= f.range.to; d = d.addDays(1))
        if (d != QDate(2026, 11, 29))
            f.promise.push_back({d, 50, 48, 20.5, 44.0});
    f.auditors = {{QStringLiteral("li.wei"), 33, 27, 41.0, 95.0, 2, 1},
                  {QStringLiteral("wang.fang"), 17, 13, 55.5, 120.0, 4, 0}};
    f.reasons = {{QStringLiteral("background.color"), QStringLiteral("背景颜色不符"),
                  QStringLiteral("Background colour"), 5},
                 {QStringLiteral("image.blur"), QStringLiteral("照片模糊"), QStringLiteral("Blurry"), 3},
                 {QStringLiteral("glasses.glare"), QStringLiteral("眼镜反光"),
                  QStringLiteral("Glasses reflection"), 2}};
    f.reasonsPerDay = {{f.range.to, QStringLiteral("background.color"), 5},
                       {f.range.to, QStringLiteral("image.blur"), 3},
                       {f.range.to, QStringLiteral("glasses.glare"), 2}};
    store::CheckAgreement bg;
    bg.check = QStringLiteral("background.color");
    bg.coreFailed = 10;
    bg.coreFailedApproved = 4;
    bg.corePassed = 40;
    bg.corePassedRejected = 1;
    bg.rejectedWith = {
        {QStringLiteral("image.blur"), QStringLiteral("照片模糊"), QStringLiteral("Blurry"), 1}};
    f.agreement = {bg};
    return f;
}

report::DailyReportData sampleDailyReport() {
    report::DailyReportData d;
    d.day = kDay;
    d.figures = sampleFigures(true);
    d.totals = {50, 40, 10, 61, 115, 4};
    d.promiseRange = {kDay.addDays(-(report::kPromiseReportDays - 1)), kDay};
    for (QDate day = d.promiseRange.from; day <= d.promiseRange.to; day = day.addDays(1))
        d.promise.push_back(
            {day, 40 + day.day() % 7, 40 + day.day() % 7 - day.day() % 3, 18.0 + day.day() % 4, 40.0});
    d.madeAt = QDateTime(kDay.addDays(1), QTime(0, 30), Qt::UTC);
    return d;
}

} // namespace certphoto::test

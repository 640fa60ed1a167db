#pragma once
// The daily report as PDF (A4): the day's totals, the throughput and deadline-risk charts, the promise kept
// over the 14 days ending with the day, the per-auditor table and the top reasons; the day, the time zone
// and the time it was made in every page's footer. Text stays text (fonts embedded as subsets), so the
// report can be searched and read by pdftotext. Runs on the GUI thread (it paints charts); `progress` is
// called between its steps and can cancel it (no file is left then).

#include <certphoto/report/exports.h>
#include <certphoto/report/figures.h>
#include <certphoto/result/result.h>

#include <QString>

namespace certphoto::report {

inline constexpr int kReportTopReasons = 10;

// The number of pages written.
Result<int> writeDailyReport(const DailyReportData& data, const QString& path,
                             const ProgressFn& progress = {});

} // namespace certphoto::report

#pragma once
// Figures with known answers, made by hand (no database): the report library's tests and screenshots.
#include <certphoto/report/figures.h>

namespace certphoto::test {

// 2026-12-03 (one day, hourly) or 2026-11-27 .. 2026-12-03 (a week): two auditors, three reasons.
report::Figures sampleFigures(bool oneDay);
report::DailyReportData sampleDailyReport();

} // namespace certphoto::test

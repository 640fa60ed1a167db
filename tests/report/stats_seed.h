#pragma once
// A small decided history with known answers for the statistics screen and certphoto-report, written
// through the store's own history import (the rules of a decision kept): two auditors, a supervisor, two
// schools, pending work in every risk band, and one decision today (for the auditor's own day).
//   2026-11-02 (Asia/Shanghai): 5 decisions — approved 3, rejected 2 (background.color, head.size);
//   2026-11-03: 2 decisions — approved 1, rejected 1 (background.color).
#include <store_fixture.h>

namespace certphoto::test {

struct StatsSeed {
    QString auditor1, auditor2, supervisor;
    static QDate day1() { return {2026, 11, 2}; }
    static QDate day2() { return {2026, 11, 3}; }
};

StatsSeed seedStatistics(const StoreDb& db);

} // namespace certphoto::test

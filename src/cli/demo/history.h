#pragma once
// Decided history for the demo (--history-days N): past days of work by the demo auditors, so the first
// look at the statistics shows what the screen is for. Written through store::importDecidedHistory (the
// server keeps decide()'s rules: one SMS row and one audit row per decision, the statistics' summaries).

#include <certphoto/store/connection.h>

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace certphoto::demo {

// A stored demo submission whose photo and report a history entry copies.
struct HistoryTemplate {
    qint64 submissionId = 0;
    QString coreVerdict;      // pass, review, fail
    QStringList failingCodes; // reason codes of the checks that failed
};

struct SchoolShare {
    QString name;
    int weight = 1;
};

// Reads the failing checks' reason codes out of a report (certphoto-check JSON).
QStringList failingReasonCodes(const QByteArray& reportJson);

struct HistoryStats {
    int recorded = 0; // decisions written
    int planned = 0;  // entries made (a second run skips those recorded before)
};

// Days [today - days, today - 1] in Shanghai; deterministic from the seed. 0 done, 1 a refusal.
int fillHistory(store::Connection& c, int days, std::uint64_t seed,
                const std::vector<HistoryTemplate>& templates, const std::vector<SchoolShare>& schools,
                const QDateTime& now, HistoryStats& stats);

} // namespace certphoto::demo

#pragma once
// Recomputing compliance reports after the core improved (certphoto-admin reanalyze). The store only lists
// and swaps; the caller analyzes the photo bytes exactly as intake does. Admin group only.
//
// Only pending submissions: a decided one keeps the report its decision was made on (the audit's record of
// what the auditor saw), and a replaced one is never reviewed. A pending submission under a live lease is
// updated all the same: the auditor's window loads the report again when it opens the next photo.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace certphoto::store {

// A pending submission whose report was made by another core version (or that has no report).
struct StaleReport {
    qint64 submissionId = 0;
    QString profile;                       // the report's profile, else the school's
    std::optional<QString> oldCoreVersion; // the listed report's version; nullopt = no report
    QByteArray photo;                      // the stored bytes, as they arrived
};

// The recomputed report for one listed submission.
struct RecomputedReport {
    qint64 submissionId = 0;
    std::optional<QString> oldCoreVersion; // as listed: the swap happens only if it is still that one
    QByteArray reportJson;
    QByteArray maskPng;
    QString verdict; // pass, review, fail
    QString coreVersion;
    QString profile;
};

// How many pending submissions have a report from a core other than `coreVersion`, or none.
Result<qint64> countStaleReports(Connection& c, const QString& coreVersion);

// Up to `limit` (1..10000) of them with an id greater than `afterId`, in id order (keyset paging: pass the
// last id of the previous batch).
Result<std::vector<StaleReport>> listStaleReports(Connection& c, const QString& coreVersion, qint64 afterId,
                                                  int limit);

// Swaps the report in if the submission is still pending and its report still has the listed version
// (true), else leaves everything as it is (false: a decision or another reanalysis got there first).
// Writes a "reanalyze" audit row on a swap.
Result<bool> replaceReport(Connection& c, const RecomputedReport& report);

} // namespace certphoto::store

#pragma once
// certphoto-admin reanalyze: recomputes the compliance reports of pending submissions that an older core
// made (or that have none), from the stored photo bytes with the submission's profile, through the same
// analysis as intake (certphoto/intake/analysis.h), a batch at a time.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

#include <QString>

namespace certphoto::cli {

struct ReanalyzeOptions {
    bool dryRun = false;  // only count
    int batchSize = 200;  // photos in memory at once
    bool progress = true; // "reanalyzed n/total" on stderr for long runs
};

struct ReanalyzeSummary {
    qint64 stale = 0;      // counted at the start
    qint64 recomputed = 0; // swapped in
    qint64 skipped = 0;    // decided or changed by someone else between listing and swapping
    qint64 failed = 0;     // profile unknown to this build, or the swap failed
};

// Errors that stop the run (listing fails, the connection is lost) are returned; per-submission failures
// are counted and logged (submission id and reason, no personal data) and the run goes on.
Result<ReanalyzeSummary> reanalyze(store::Connection& c, const ReanalyzeOptions& options);

} // namespace certphoto::cli

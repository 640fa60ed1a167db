#pragma once
// One import, as the intake does it: read and check the whole manifest and every photo first (no database),
// then analyze the photos with each school's profile and store everything in one transaction, so a failed
// import leaves nothing behind. The tools only print what these return.

#include <certphoto/intake/manifest.h>
#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <vector>

namespace certphoto::intake {

// A manifest read and checked with its photos, nothing stored yet.
struct PreparedImport {
    std::vector<ManifestRow> rows;
    std::vector<QByteArray> photos;   // photos[i] belongs to rows[i]
    std::vector<RowProblem> problems; // every problem, in line order; any problem and nothing may be stored
    QStringList ignoredColumns;       // header names the manifest reader does not know
    // The distinct lines with a problem (a record may have several problems).
    int refusedRows() const;
};

// The manifest's bytes and the folder its file column is relative to. Whole-file problems (encoding, CSV
// syntax, a required column missing) are an Error; problems of rows and photos are collected.
Result<PreparedImport> prepareImport(const QByteArray& manifest, const QDir& photoDir);

struct StoredImport {
    // Submissions by outcome, indexed by store::IntakeOutcome (created, replaced, next attempt, duplicate).
    std::array<int, 4> counts{};
    std::vector<int> duplicateLines; // manifest lines whose photo was already stored for the applicant
};

// Analyzes every photo (with `profileOverride`, or its school's profile) on all cores, then stores the whole
// import in one transaction. A refusal of one entry comes back with Error::entry = its index in `rows`.
// `progress(done, total)` is called from worker threads during the analysis.
Result<StoredImport> storeImport(store::Connection& connection, PreparedImport& prepared,
                                 const QString& profileOverride,
                                 const std::function<void(int done, int total)>& progress = {});

} // namespace certphoto::intake

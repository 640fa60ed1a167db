#pragma once
// An export batch end to end: the receiver's format, the server's reservation, the photos made to fit on
// every core, the bag written as one reproducible ZIP that appears complete or not at all, then sealed.
// A failure, a cancel or a crash leaves no file and nothing marked: a batch that was being built when its
// builder died is found by the next run and rolled back (recoverAbandoned). Runs on the caller's thread
// with the caller's connection (the window runs it on a worker thread of its own).

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/export_batches.h>

#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace certphoto::exporting {

struct Progress {
    int done = 0;
    int total = 0;
};

struct JobControl {
    const std::atomic<bool>* cancel = nullptr;     // set from another thread to stop (export.cancelled)
    std::function<void(const Progress&)> progress; // called on the job's thread
};

struct Preview {
    store::ExportReceiver receiver;
    QString formatTitle;
    std::vector<store::ExportRow> rows; // every candidate, file-name order
    qint64 totalBytes = 0;              // of the approved photos
    int problems = 0;                   // rows with a naming problem (the batch would be refused)
};

struct Created {
    std::optional<qint64> batchId; // nullopt: nothing left to export (or every photo refused)
    QString file;                  // absolute path of the archive
    int photos = 0;
    int refused = 0;
    QString sha256;
    std::vector<store::Refusal> refusals;
};

// The selection's naming comes from the receiver's format; ExportSelection::naming is ignored here.
Result<Preview> previewBatch(store::Connection& c, store::ExportSelection selection);
Result<Created> createBatch(store::Connection& c, store::ExportSelection selection, const QString& outDir,
                            const JobControl& control = {});
// The sealed (or transmitted) batch written again into outDir: the same bytes, or export.rebuild_differs
// (and no file). Recorded in the audit trail (a re-send when the batch was transmitted).
Result<Created> rebuildBatch(store::Connection& c, qint64 batchId, const QString& outDir,
                             const JobControl& control = {});
// Rolls back every building batch whose builder is gone, removing a file it may have put in place.
Result<int> recoverAbandoned(store::Connection& c);

} // namespace certphoto::exporting

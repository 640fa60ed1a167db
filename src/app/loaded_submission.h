#pragma once
// One submission ready to show: the store's detail plus the photo decoded and the mask tinted, both done
// on the worker thread so the GUI thread only paints.

#include "report_view.h"

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

#include <QImage>

namespace certphoto::app {

struct LoadedSubmission {
    store::SubmissionDetail detail; // photo bytes dropped after decoding
    store::Lease lease;
    QImage photo;       // EXIF orientation applied, at most kDisplayMax px on its long side
    QSize photoSize;    // the photo's own size, in which the report's coordinates are given
    QImage maskOverlay; // background hatched, transparent elsewhere, at photo's size; null without a mask
    QString photoError; // why the photo could not be shown
    ReportView report;
};

// Photos bigger than this (long side, px) are scaled down for the screen on the worker, not at each paint.
inline constexpr int kDisplayMax = 1600;

// Decodes the photo (EXIF orientation applied), scales it for display and draws the mask overlay. Any thread.
void decodeImages(LoadedSubmission& s);

// Worker thread: claims the next submission (or `submissionId` when > 0) and fetches it, photo still
// encoded (decoding is the Preloader's job on a thread pool, never the worker's). nullopt: the queue is
// empty. When fetching fails after the claim, the claim is given back.
// `passOver`: submissions this auditor skipped, claimed only when nothing else is pending.
Result<std::optional<LoadedSubmission>> claimAndFetch(store::Connection& c, qint64 submissionId = 0,
                                                      const QList<qint64>& passOver = {});
// Worker thread: claims the first pending submission the core passed that nobody holds and that is not in
// `skip`, and fetches it (grid mode). nullopt: none left.
Result<std::optional<LoadedSubmission>> claimPassedAndFetch(store::Connection& c, const QList<qint64>& skip);
// claimAndFetch followed by decodeImages (tools and tests that want one call).
Result<std::optional<LoadedSubmission>> claimAndLoad(store::Connection& c, qint64 submissionId = 0);

} // namespace certphoto::app

#pragma once
// One submission ready to show: the store's detail plus the photo decoded and the mask tinted, both done
// on the worker thread so the GUI thread only paints.

#include "report_view.h"

#include <certphoto/core/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

#include <QImage>

namespace certphoto::app {

struct LoadedSubmission {
    store::SubmissionDetail detail; // photo bytes dropped after decoding
    store::Lease lease;
    QImage photo;        // EXIF orientation applied, as the core measured it
    QImage maskOverlay;  // background tinted, transparent elsewhere; null without a mask
    QString photoError;  // why the photo could not be shown
    ReportView report;
};

// Decodes the photo (EXIF orientation applied) and tints the mask. Any thread.
void decodeImages(LoadedSubmission& s);

// Worker thread: claims the next submission (or `submissionId` when > 0) and loads it. nullopt: the queue
// is empty. When loading fails after the claim, the claim is given back.
Result<std::optional<LoadedSubmission>> claimAndLoad(store::Connection& c, qint64 submissionId = 0);

} // namespace certphoto::app

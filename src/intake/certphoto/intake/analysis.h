#pragma once
// Every arriving photo is analyzed once by the compliance core; the import tool and the demo generator both
// do it for many photos at a time, on every core.

#include <certphoto/result/result.h>
#include <certphoto/store/types.h>

#include <QByteArray>
#include <QString>
#include <functional>
#include <vector>

namespace certphoto::intake {

// What the core says about one photo, ready for store::IncomingSubmission.
struct PhotoAnalysis {
    QByteArray reportJson;
    QByteArray maskPng;
    QString verdict; // pass, review, fail
    QString coreVersion;
};

// Analyzes photos[i] with profiles[i] (a profile name) on a thread pool (all cores). `progress(done, total)`
// is called from worker threads, at most a few times a second. Unknown profiles are an Error before any work.
Result<std::vector<PhotoAnalysis>>
analyzePhotos(const std::vector<QByteArray>& photos, const std::vector<QString>& profiles,
              const std::function<void(int done, int total)>& progress = {});

// Fills the core's part of a submission.
void attach(store::IncomingSubmission& submission, PhotoAnalysis analysis);

// A progress line on stderr ("analyzed 1200/3000 photos"), overwritten in place on a terminal.
std::function<void(int, int)> stderrProgress(const QString& what);

} // namespace certphoto::intake

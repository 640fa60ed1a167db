#include <certphoto/intake/analysis.h>

#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>
#include <atomic>
#include <cstdio>
#include <map>
#include <mutex>
#include <numeric>
#include <unistd.h>

namespace certphoto::intake {

Result<std::vector<PhotoAnalysis>> analyzePhotos(const std::vector<QByteArray>& photos,
                                                 const std::vector<QString>& profiles,
                                                 const std::function<void(int, int)>& progress) {
    if (photos.size() != profiles.size())
        return makeError("analysis.arguments", "one profile per photo is needed");
    // Each profile is loaded once and shared read-only by the workers.
    std::map<QString, core::Profile> loaded;
    for (const QString& name : profiles) {
        if (loaded.count(name))
            continue;
        auto profile = core::loadProfile(name.toStdString());
        if (!profile)
            return makeError("analysis.profile", "profile \"" + name.toStdString() +
                                                     "\" cannot be loaded: " + profile.error().message);
        loaded.emplace(name, std::move(profile.value()));
    }

    std::vector<PhotoAnalysis> results(photos.size());
    std::vector<int> indices(photos.size());
    std::iota(indices.begin(), indices.end(), 0);
    const int total = static_cast<int>(photos.size());
    std::atomic<int> done{0};
    std::mutex progressMutex;
    QElapsedTimer sinceReport;
    sinceReport.start();

    QtConcurrent::blockingMap(indices, [&](int i) {
        const auto idx = static_cast<std::size_t>(i);
        const QByteArray& photo = photos[idx];
        const std::vector<std::uint8_t> bytes(photo.begin(), photo.end());
        const core::Report report = core::analyze(bytes, loaded.at(profiles[idx]));
        PhotoAnalysis& out = results[idx];
        out.reportJson = QByteArray::fromStdString(core::toJson(report));
        out.maskPng = QByteArray(reinterpret_cast<const char*>(report.maskPng.data()),
                                 static_cast<qsizetype>(report.maskPng.size()));
        out.verdict = QString::fromLatin1(core::verdictName(report.verdict));
        out.coreVersion = QString::fromStdString(report.coreVersion.empty() ? std::string(core::coreVersion())
                                                                            : report.coreVersion);
        const int n = ++done;
        if (progress) {
            std::lock_guard lock(progressMutex);
            if (n == total || sinceReport.elapsed() >= 500) {
                sinceReport.restart();
                progress(n, total);
            }
        }
    });
    return results;
}

void attach(store::IncomingSubmission& submission, PhotoAnalysis analysis) {
    submission.reportJson = std::move(analysis.reportJson);
    submission.maskPng = std::move(analysis.maskPng);
    submission.coreVerdict = std::move(analysis.verdict);
    submission.coreVersion = std::move(analysis.coreVersion);
}

std::function<void(int, int)> stderrProgress(const QString& what) {
    const bool tty = isatty(fileno(stderr)) != 0;
    return [what, tty](int done, int total) {
        const QByteArray line = QStringLiteral("%1 %2/%3").arg(what).arg(done).arg(total).toUtf8();
        if (tty)
            std::fprintf(stderr, "\r%s%s", line.constData(), done == total ? "\n" : "");
        else
            std::fprintf(stderr, "%s\n", line.constData());
        std::fflush(stderr);
    };
}

} // namespace certphoto::intake

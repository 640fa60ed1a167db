#include "reanalyze.h"

#include <certphoto/common/logging.h>
#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>
#include <certphoto/intake/analysis.h>
#include <certphoto/store/reanalysis.h>

#include <algorithm>
#include <functional>
#include <map>

namespace certphoto::cli {

namespace {

// Whether this build knows the profile; each name is tried once per run.
bool profileKnown(std::map<QString, bool>& known, const QString& name) {
    auto it = known.find(name);
    if (it == known.end()) {
        auto loaded = core::loadProfile(name.toStdString());
        if (!loaded)
            logging::error(QStringLiteral("reanalyze: profile \"%1\" cannot be loaded: %2")
                               .arg(name, QString::fromStdString(loaded.error().message)));
        it = known.emplace(name, loaded.ok()).first;
    }
    return it->second;
}

} // namespace

Result<ReanalyzeSummary> reanalyze(store::Connection& c, const ReanalyzeOptions& options) {
    const QString version = QString::fromLatin1(core::coreVersion());
    ReanalyzeSummary summary;
    auto stale = store::countStaleReports(c, version);
    if (!stale)
        return stale.error();
    summary.stale = *stale;
    if (options.dryRun || summary.stale == 0)
        return summary;
    logging::info(QStringLiteral("reanalyze: %1 pending submissions have reports from another core than %2")
                      .arg(summary.stale)
                      .arg(version));

    const auto show = options.progress && summary.stale >= 50
                          ? intake::stderrProgress(QStringLiteral("reanalyzed"))
                          : std::function<void(int, int)>();
    std::map<QString, bool> profiles;
    qint64 after = 0;
    qint64 done = 0;
    for (;;) {
        auto batch = store::listStaleReports(c, version, after, options.batchSize);
        if (!batch)
            return batch.error();
        if (batch->empty())
            break;
        after = batch->back().submissionId;

        std::vector<const store::StaleReport*> work;
        std::vector<QByteArray> photos;
        std::vector<QString> names;
        for (const store::StaleReport& s : *batch) {
            if (!profileKnown(profiles, s.profile)) {
                ++summary.failed;
                logging::error(QStringLiteral("reanalyze: submission %1 not recomputed: its profile \"%2\" "
                                              "is unknown to this build")
                                   .arg(s.submissionId)
                                   .arg(s.profile));
                continue;
            }
            work.push_back(&s);
            photos.push_back(s.photo);
            names.push_back(s.profile);
        }
        // Totals can grow while we run (a submission that lost its report); never show done > total.
        const auto total = [&](qint64 n) { return static_cast<int>(std::max(summary.stale, n)); };
        const qint64 before = done + static_cast<qint64>(batch->size() - work.size());
        std::function<void(int, int)> during;
        if (show)
            during = [&](int n, int batchTotal) {
                if (n < batchTotal) // the batch's last one is shown once its reports are stored
                    show(static_cast<int>(before + n), total(before + n));
            };
        auto analyzed = intake::analyzePhotos(photos, names, during);
        if (!analyzed)
            return analyzed.error();

        for (std::size_t i = 0; i < work.size(); ++i) {
            intake::PhotoAnalysis& a = (*analyzed)[i];
            store::RecomputedReport r;
            r.submissionId = work[i]->submissionId;
            r.oldCoreVersion = work[i]->oldCoreVersion;
            r.reportJson = std::move(a.reportJson);
            r.maskPng = std::move(a.maskPng);
            r.verdict = std::move(a.verdict);
            r.coreVersion = std::move(a.coreVersion);
            r.profile = work[i]->profile;
            auto replaced = store::replaceReport(c, r);
            if (!replaced) {
                if (replaced.error().code == "db.connection")
                    return replaced.error();
                ++summary.failed;
                continue; // already logged by the store, scrubbed
            }
            ++(*replaced ? summary.recomputed : summary.skipped);
        }
        done += static_cast<qint64>(batch->size());
        if (show)
            show(static_cast<int>(done), total(done));
    }
    logging::info(QStringLiteral("reanalyze: recomputed %1, skipped %2, failed %3")
                      .arg(summary.recomputed)
                      .arg(summary.skipped)
                      .arg(summary.failed));
    return summary;
}

} // namespace certphoto::cli

// bench-export: export throughput on a throwaway cluster. A batch of N approved photos (default 5,000)
// that must be re-encoded to the CHSI format (large self-study photos), exported with every core, beside
// the same run's limit: decoding, resizing and encoding each photo once on every core, nothing else; and a
// batch of N photos already in the format (read and hash bound). Peak resident memory during each export
// shows that the archive is streamed. Not a test: it prints numbers; docs/export.md has the figures.
//   bench-export [--photos 5000] [--distinct 200] [--rounds 2] [--stages] [--allocator-defaults]
#include "store_fixture.h"

#include <certphoto/core/allocator.h>
#include <certphoto/core/analysis.h>
#include <certphoto/core/detail/export_recheck.h>
#include <certphoto/core/detail/image_file.h>
#include <certphoto/core/detail/jpeg_codec.h>
#include <certphoto/core/export_format.h>
#include <certphoto/core/export_recheck.h>
#include <certphoto/export/export_job.h>
#include <certphoto/store/export_batches.h>
#include <certphoto/synth/synth.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <map>
#include <numeric>
#include <thread>

using namespace certphoto;

namespace {

long rssKb() {
    QFile f(QStringLiteral("/proc/self/status"));
    f.open(QIODevice::ReadOnly);
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

// Peak RSS while `work` runs, sampled every 20 ms.
template <class F> long peakRssDuring(F&& work) {
    std::atomic<bool> done{false};
    std::atomic<long> peak{rssKb()};
    std::thread sampler([&] {
        while (!done.load()) {
            peak.store(std::max(peak.load(), rssKb()));
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    work();
    done.store(true);
    sampler.join();
    return peak.load();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString spread(const std::vector<double>& v) {
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return QStringLiteral("%1-%2").arg(*lo, 0, 'f', 0).arg(*hi, 0, 'f', 0);
}

struct Photo {
    QByteArray bytes;
    QByteArray reportJson; // its compliance report, as intake stores it (the export maps its geometry)
    std::optional<core::ApprovedGeometry> geometry;
};

std::vector<Photo> distinctPhotos(int n, bool large, const core::ExportFormat& chsi,
                                  const core::Profile& profile) {
    std::vector<Photo> out;
    for (std::uint64_t seed = large ? 100000 : 1; int(out.size()) < n; ++seed) {
        auto p = large ? synth::makeDemoPhoto(seed, "selfstudy-degree-2020") : synth::makeDemoPhoto(seed);
        if (p.label != "compliant" || p.jpeg.empty())
            continue;
        if (!large && !core::inFormat(p.jpeg, chsi))
            continue;
        out.push_back(
            {QByteArray(reinterpret_cast<const char*>(p.jpeg.data()), qsizetype(p.jpeg.size())), {}, {}});
    }
    // Reports made on every core, as intake does before storing.
    QtConcurrent::blockingMap(out, [&](Photo& photo) {
        const std::vector<std::uint8_t> b(photo.bytes.begin(), photo.bytes.end());
        const std::string json = core::toJson(core::analyze(b, profile));
        photo.reportJson = QByteArray::fromStdString(json);
        photo.geometry = core::parseApprovedGeometry(json);
    });
    return out;
}

// N approved submissions of `school` cycling over the photos (set up with plain SQL: a benchmark).
void seedApproved(test::StoreDb& db, const QString& school, int n, const std::vector<Photo>& photos,
                  int first) {
    auto admin = db.open(db.adminLogin);
    std::vector<store::IncomingSubmission> batch;
    for (int i = 0; i < n; ++i) {
        store::IncomingSubmission s = test::incoming(first + i, school);
        const Photo& p = photos[std::size_t(i) % photos.size()];
        s.photo = p.bytes;
        s.reportJson = p.reportJson;
        batch.push_back(std::move(s));
        if (batch.size() == 250 || i == n - 1) {
            auto r = store::storeSubmissions(admin, batch);
            if (!r)
                qFatal("intake failed: %s", r.error().message.c_str());
            batch.clear();
        }
    }
    QSqlQuery q(db.scratch.superuserConnection());
    const QString where =
        QStringLiteral("s.status = 'pending' AND a.school_id = (SELECT id FROM certphoto.schools "
                       "WHERE name = '%1')")
            .arg(school);
    if (!q.exec(
            QStringLiteral("INSERT INTO certphoto.decisions (id, submission_id, actor, verdict) SELECT "
                           "gen_random_uuid(), s.id, 'bench', 'approve' FROM certphoto.submissions s JOIN "
                           "certphoto.applicants a ON a.id = s.applicant_id WHERE %1")
                .arg(where)) ||
        !q.exec(QStringLiteral(
                    "UPDATE certphoto.submissions s SET status = 'approved' FROM certphoto.applicants a "
                    "WHERE a.id = s.applicant_id AND %1")
                    .arg(where)))
        qFatal("approving failed");
}

struct ExportRun {
    double seconds = 0;
    int photos = 0;
    long peakKb = 0;
};

ExportRun exportOnce(test::StoreDb& db, const QString& school) {
    auto admin = db.open(db.adminLogin);
    QTemporaryDir out;
    store::ExportSelection sel;
    sel.receiver = school;
    ExportRun run;
    QElapsedTimer t;
    std::optional<Result<exporting::Created>> made;
    run.peakKb = peakRssDuring([&] {
        t.start();
        made.emplace(exporting::createBatch(admin, sel, out.path()));
        run.seconds = double(t.nsecsElapsed()) / 1e9;
    });
    if (!made->ok())
        qFatal("export failed: %s", made->error().message.c_str());
    run.photos = (*made)->photos;
    if ((*made)->batchId)
        if (auto v = store::voidExport(admin, *(*made)->batchId, QStringLiteral("benchmark round")); !v)
            qFatal("void failed");
    return run;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption photosOpt(QStringLiteral("photos"), QStringLiteral("Photos per batch."),
                                       QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption distinctOpt(QStringLiteral("distinct"),
                                         QStringLiteral("Distinct photos among them."), QStringLiteral("n"),
                                         QStringLiteral("200"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Rounds of each export."),
                                       QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption stagesOpt(
        QStringLiteral("stages"),
        QStringLiteral("Only the CPU time of each step of one re-encode, one core."));
    const QCommandLineOption allocatorOpt(
        QStringLiteral("allocator-defaults"),
        QStringLiteral("The C library's allocator as it comes (the baseline); certphoto-export keeps freed "
                       "memory for reuse."));
    parser.addOptions({photosOpt, distinctOpt, roundsOpt, stagesOpt, allocatorOpt});
    parser.process(app);
    if (!parser.isSet(allocatorOpt))
        certphoto::core::keepFreedMemoryForReuse(); // as certphoto-export does
    const int n = parser.value(photosOpt).toInt(), distinct = parser.value(distinctOpt).toInt(),
              rounds = parser.value(roundsOpt).toInt();

    if (parser.isSet(stagesOpt)) {
        auto chsiF = core::loadExportFormat("chsi-registration");
        auto prof = core::loadProfile(chsiF->profile);
        const auto photos = distinctPhotos(distinct, true, *chsiF, *prof);
        auto cpu = [] {
            timespec t;
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
        };
        std::map<std::string, double> ms;
        for (const Photo& p : photos) {
            const std::vector<std::uint8_t> b(p.bytes.begin(), p.bytes.end());
            double t0 = cpu();
            (void)core::inFormat(b, *chsiF);
            double t1 = cpu();
            cv::Mat img = cv::imdecode(b, cv::IMREAD_COLOR), sized;
            double t2 = cpu();
            cv::resize(img, sized, cv::Size(480, 640), 0, 0, cv::INTER_AREA);
            double t3 = cpu();
            auto enc = core::detail::encodeJpeg(sized, 80);
            double t4 = cpu();
            std::vector<uchar> cvEnc;
            cv::imencode(".jpg", sized, cvEnc, {cv::IMWRITE_JPEG_QUALITY, 80});
            double t5 = cpu();
            core::ExportFormat f = *chsiF;
            f.recheck = core::Recheck::File;
            auto fitted = core::fitPhoto(b, f, *prof);
            double t6 = cpu();
            if (fitted && p.geometry)
                (void)core::recheckExport(
                    fitted->bytes, *prof,
                    core::mapGeometry(*p.geometry, {0, 0, img.cols, img.rows}, 480, 640));
            double t7 = cpu();
            if (fitted && p.geometry) {
                // The recheck's parts: the structural walk, the decode, the pixel checks.
                const core::ApprovedGeometry g =
                    core::mapGeometry(*p.geometry, {0, 0, img.cols, img.rows}, 480, 640);
                double a = cpu();
                (void)core::detail::inspect(fitted->bytes);
                double b2 = cpu();
                std::string why2;
                const cv::Mat small = core::detail::decodeJpeg(fitted->bytes, 40'000'000, why2);
                double c = cpu();
                core::Report r;
                if (!small.empty())
                    core::detail::recheckPixels(small, *prof, g, r);
                double d = cpu();
                ms["7a  inspect (structural walk) of the result"] += b2 - a;
                ms["7b  decodeJpeg of the result"] += c - b2;
                ms["7c  pixel checks of the result"] += d - c;
            }
            t7 = cpu();
            if (fitted)
                (void)core::analyze(fitted->bytes, *prof);
            double t8 = cpu();
            std::string why;
            double t9 = cpu();
            (void)core::detail::decodeJpeg(b, 40'000'000, why);
            ms["2b decodeJpeg of the approved photo"] += cpu() - t9;
            ms["1 inFormat (structural check) of the approved photo"] += t1 - t0;
            ms["2 imdecode of the approved photo"] += t2 - t1;
            ms["3 resize to 480x640"] += t3 - t2;
            ms["4 one encode (libjpeg, BGR in)"] += t4 - t3;
            ms["5 one encode (cv::imencode)"] += t5 - t4;
            ms["6 fitPhoto, recheck = file rules"] += t6 - t5;
            ms["7 recheckExport of the result"] += t7 - t6;
            ms["8 analyze of the result (full recheck)"] += t8 - t7;
        }
        std::printf("CPU ms per photo, one core, %d large photos:\n", int(photos.size()));
        for (const auto& [k, v] : ms)
            std::printf("  %-56s %6.2f\n", k.c_str(), v / double(photos.size()));
        return 0;
    }

    QTemporaryDir envDir;
    const QString script = QStringLiteral(CERTPHOTO_SOURCE_DIR "/scripts/pg-test-cluster");
    const QString envFile = envDir.path() + QStringLiteral("/pg.env");
    if (QProcess::execute(script, {QStringLiteral("start"), envFile}) != 0)
        return 1;
    qputenv("CERTPHOTO_TEST_PG_ENV", envFile.toLocal8Bit());
    struct Stop {
        QString script, envFile;
        ~Stop() { QProcess::execute(script, {QStringLiteral("stop"), envFile}); }
    } stop{script, envFile};

    auto chsi = core::loadExportFormat("chsi-registration");
    auto chsiProfile = core::loadProfile(chsi->profile);
    if (!chsi || !chsiProfile)
        qFatal("the CHSI format or profile is missing");
    const int cores = QThread::idealThreadCount();
    std::printf("bench-export: %d photos per batch (%d distinct), %d cores, %d rounds, allocator: %s\n", n,
                distinct, cores, rounds,
                parser.isSet(allocatorOpt) ? "glibc defaults" : "freed memory kept for reuse");
    std::fflush(stdout);
    const auto large = distinctPhotos(distinct, true, *chsi, *chsiProfile);
    const auto ready = distinctPhotos(std::min(distinct, 50), false, *chsi, *chsiProfile);
    qint64 largeBytes = 0;
    int located = 0;
    for (const auto& p : large) {
        largeBytes += p.bytes.size();
        located += p.geometry ? 1 : 0;
    }
    std::printf("photos: large ones average %lld KB; in-format ones average %lld KB\n",
                largeBytes / qint64(large.size()) / 1024,
                std::accumulate(ready.begin(), ready.end(), qint64(0),
                                [](qint64 s, const Photo& b) { return s + b.bytes.size(); }) /
                    qint64(ready.size()) / 1024);
    std::printf("the approved reports located the face on %d of the %d large photos\n", located,
                int(large.size()));

    // The limit: each photo decoded, resized and encoded once (quality 80), every core, nothing else.
    // (the per-photo figures on up to 500 photos, three rounds; the exports on the whole batch)
    std::vector<int> idx(static_cast<std::size_t>(std::min(n, 500)));
    std::iota(idx.begin(), idx.end(), 0);
    auto perSecond = [&](auto&& perPhoto) {
        QElapsedTimer t;
        t.start();
        QtConcurrent::blockingMap(idx, [&](int i) { perPhoto(large[std::size_t(i) % large.size()]); });
        return double(idx.size()) / (double(t.nsecsElapsed()) / 1e9);
    };
    std::vector<double> limit, fitFile, fitExport, fitFull;
    core::ExportFormat fileOnly = *chsi, exportRecheck = *chsi, full = *chsi;
    fileOnly.recheck = core::Recheck::File;
    exportRecheck.recheck = core::Recheck::Export;
    full.recheck = core::Recheck::Full;
    for (int r = 0; r < 3; ++r) {
        // (the export's own encoder, which is OpenCV's bytes without its row swap: the fastest one encode)
        limit.push_back(perSecond([&](const Photo& p) {
            const QByteArray& b = p.bytes;
            cv::Mat img = cv::imdecode(cv::Mat(1, int(b.size()), CV_8U, const_cast<char*>(b.constData())),
                                       cv::IMREAD_COLOR);
            cv::Mat sized;
            cv::resize(img, sized, cv::Size(480, 640), 0, 0, cv::INTER_AREA);
            (void)core::detail::encodeJpeg(sized, 80);
        }));
        auto fit = [&](const core::ExportFormat& f) {
            return perSecond([&](const Photo& p) {
                (void)core::fitPhoto(std::vector<std::uint8_t>(p.bytes.begin(), p.bytes.end()), f,
                                     *chsiProfile, p.geometry ? &*p.geometry : nullptr);
            });
        };
        fitFile.push_back(fit(fileOnly));
        fitExport.push_back(fit(exportRecheck));
        fitFull.push_back(fit(full));
    }

    test::StoreDb db(QStringLiteral("bench_export"));
    QElapsedTimer setup;
    setup.start();
    seedApproved(db, QStringLiteral("重编码学校"), n, large, 0);
    seedApproved(db, QStringLiteral("原样学校"), n, ready, n);
    std::printf("set-up: %d + %d approved submissions in %.1f s; RSS now %ld MB\n", n, n,
                setup.elapsed() / 1000.0, rssKb() / 1024);
    std::fflush(stdout);

    std::vector<double> reencode, asIs;
    long reencodePeak = 0, asIsPeak = 0, before = rssKb();
    for (int r = 0; r < rounds; ++r) {
        const ExportRun a = exportOnce(db, QStringLiteral("重编码学校"));
        reencode.push_back(a.photos / a.seconds);
        reencodePeak = std::max(reencodePeak, a.peakKb);
        const ExportRun b = exportOnce(db, QStringLiteral("原样学校"));
        asIs.push_back(b.photos / b.seconds);
        asIsPeak = std::max(asIsPeak, b.peakKb);
        std::printf("round %d: re-encoding export %d photos in %.1f s; as-is export %d photos in %.1f s\n",
                    r + 1, a.photos, a.seconds, b.photos, b.seconds);
        std::fflush(stdout);
    }
    std::printf("\n%-58s %10s %12s\n", "photos/s (every core)", "median", "spread");
    std::printf("%-58s %10.0f %12s\n", "limit: decode + resize + encode once", median(limit),
                qPrintable(spread(limit)));
    std::printf("%-58s %10.0f %12s\n", "fitPhoto to CHSI, recheck = file rules", median(fitFile),
                qPrintable(spread(fitFile)));
    std::printf("%-58s %10.0f %12s\n", "fitPhoto to CHSI, recheck = export (shipped)", median(fitExport),
                qPrintable(spread(fitExport)));
    std::printf("%-58s %10.0f %12s\n", "fitPhoto to CHSI, recheck = full analysis", median(fitFull),
                qPrintable(spread(fitFull)));
    std::printf("%-58s %10.0f %12s\n", "whole export, re-encoding to CHSI (database, ZIP, fsync)",
                median(reencode), qPrintable(spread(reencode)));
    std::printf("%-58s %10.0f %12s\n", "whole export, photos already in format", median(asIs),
                qPrintable(spread(asIs)));
    std::printf("\nre-encoding export / limit: %.0f %%\n", 100.0 * median(reencode) / median(limit));
    std::printf("RSS before the exports %ld MB; peak during re-encoding exports %ld MB, during as-is exports "
                "%ld MB\n",
                before / 1024, reencodePeak / 1024, asIsPeak / 1024);
    return 0;
}

#include <certphoto/intake/import.h>

#include <certphoto/intake/analysis.h>
#include <certphoto/store/intake.h>
#include <certphoto/store/schools.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace certphoto::intake {

namespace {

// A photo larger than this is not a certificate photo (notices: at most 2 MB); refuse before reading it all.
constexpr qint64 kMaxPhotoBytes = 20 * 1024 * 1024;

// Reads the photo of each row; a missing or unreadable file is a problem of that row.
std::vector<QByteArray> readPhotos(const std::vector<ManifestRow>& rows, const QDir& photoDir,
                                   std::vector<RowProblem>& problems) {
    std::vector<QByteArray> photos(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        if (row.file.isEmpty())
            continue; // already reported as missing
        const QString path = QDir::isAbsolutePath(row.file) ? row.file : photoDir.filePath(row.file);
        const QFileInfo info(path);
        if (!info.exists()) {
            problems.push_back({row.line, QStringLiteral("photo file \"%1\" does not exist").arg(row.file)});
            continue;
        }
        if (!info.isFile()) {
            problems.push_back({row.line, QStringLiteral("photo \"%1\" is not a file").arg(row.file)});
            continue;
        }
        if (info.size() > kMaxPhotoBytes) {
            problems.push_back({row.line, QStringLiteral("photo \"%1\" is larger than 20 MB").arg(row.file)});
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.push_back(
                {row.line,
                 QStringLiteral("photo file \"%1\" cannot be read (%2)").arg(row.file, file.errorString())});
            continue;
        }
        photos[i] = file.readAll();
    }
    return photos;
}

} // namespace

int PreparedImport::refusedRows() const {
    std::vector<int> lines;
    for (const auto& p : problems)
        lines.push_back(p.line);
    std::sort(lines.begin(), lines.end());
    return static_cast<int>(std::unique(lines.begin(), lines.end()) - lines.begin());
}

Result<PreparedImport> prepareImport(const QByteArray& manifestBytes, const QDir& photoDir) {
    auto manifest = readManifest(manifestBytes);
    if (!manifest)
        return manifest.error();
    PreparedImport out;
    out.ignoredColumns = manifest->ignoredColumns;
    out.problems = std::move(manifest->problems);
    out.rows = std::move(manifest->rows);
    out.photos = readPhotos(out.rows, photoDir, out.problems);
    std::stable_sort(out.problems.begin(), out.problems.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    return out;
}

Result<StoredImport> storeImport(store::Connection& connection, PreparedImport& prepared,
                                 const QString& profileOverride,
                                 const std::function<void(int, int)>& progress) {
    const auto& rows = prepared.rows;
    // Each school's profile decides how its photos are analyzed; a school new to the database gets the
    // database's default profile, as the server will give it.
    std::vector<QString> profiles;
    profiles.reserve(rows.size());
    if (!profileOverride.isEmpty()) {
        profiles.assign(rows.size(), profileOverride);
    } else {
        auto schools = store::listSchools(connection);
        if (!schools)
            return schools.error();
        auto fallback = store::defaultSchoolProfile(connection);
        if (!fallback)
            return fallback.error();
        QHash<QString, QString> schoolProfile;
        for (const auto& school : *schools)
            schoolProfile.insert(school.name, school.profile);
        for (const auto& row : rows)
            profiles.push_back(schoolProfile.value(row.school, *fallback));
    }

    auto analyses = analyzePhotos(prepared.photos, profiles, progress);
    if (!analyses)
        return analyses.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<store::IncomingSubmission> batch(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        store::IncomingSubmission& s = batch[i];
        s.applicantName = row.name;
        s.idNumber = row.idNumber;
        s.examNumber = row.examNumber;
        s.school = row.school;
        s.level = row.level;
        s.phone = row.phone;
        s.arrivedAt = row.arrivedAt.isValid() ? row.arrivedAt : now;
        s.photo = std::move(prepared.photos[i]);
        s.profile = profiles[i];
        attach(s, std::move((*analyses)[i]));
    }
    auto stored = store::storeSubmissions(connection, batch);
    if (!stored)
        return stored.error();

    StoredImport out;
    for (std::size_t i = 0; i < stored->size(); ++i) {
        const auto outcome = (*stored)[i].outcome;
        ++out.counts[static_cast<std::size_t>(outcome)];
        if (outcome == store::IntakeOutcome::Duplicate)
            out.duplicateLines.push_back(rows[i].line);
    }
    return out;
}

} // namespace certphoto::intake

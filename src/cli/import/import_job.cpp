#include "import_job.h"

#include <certphoto/cli/analysis.h>
#include <certphoto/cli/database.h>
#include <certphoto/common/logging.h>
#include <certphoto/common/privacy.h>
#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>
#include <certphoto/manifest/manifest.h>
#include <certphoto/store/intake.h>
#include <certphoto/store/schools.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>

namespace certphoto::cli {

namespace {

// A photo larger than this is not a certificate photo (notices: at most 2 MB); refuse before reading it all.
constexpr qint64 kMaxPhotoBytes = 20 * 1024 * 1024;
const QString kDefaultProfile = QStringLiteral("chsi-graduation");

void printErr(const QString& text) {
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

void printOut(const QString& text) {
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
}

void printProblems(std::vector<manifest::RowProblem> problems, const QString& manifestName) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    for (const auto& p : problems)
        printErr(QStringLiteral("%1: %2").arg(manifestName, p.text()));
}

// Reads the photo of each row; a missing or unreadable file is a problem of that row.
std::vector<QByteArray> readPhotos(const std::vector<manifest::ManifestRow>& rows, const QDir& photoDir,
                                   std::vector<manifest::RowProblem>& problems) {
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

// The store names the offending entry by its index in the batch; turn that into the manifest's line.
QString withLine(const Error& error, const std::vector<manifest::ManifestRow>& rows) {
    QString message = privacy::scrub(QString::fromStdString(error.message));
    // The store's message starts "entry N: ..." (N counted from 0 in the batch).
    static const QRegularExpression entry(QStringLiteral("^entry (\\d+):\\s*"));
    const auto m = entry.match(message);
    if (m.hasMatch()) {
        const auto idx = m.captured(1).toULongLong();
        if (idx < rows.size())
            return QStringLiteral("line %1: %2").arg(rows[idx].line).arg(message.mid(m.capturedLength()));
    }
    return message;
}

} // namespace

int runImport(const ImportOptions& options) {
    const QString manifestName = QFileInfo(options.manifestPath).fileName();
    QFile file(options.manifestPath);
    if (!file.open(QIODevice::ReadOnly)) {
        printErr(QStringLiteral("certphoto-import: cannot read the manifest %1: %2")
                     .arg(options.manifestPath, file.errorString()));
        return ExitUsage;
    }
    const QDir photoDir(options.photoDir);
    if (!photoDir.exists()) {
        printErr(
            QStringLiteral("certphoto-import: the photo folder %1 does not exist").arg(options.photoDir));
        return ExitUsage;
    }

    if (!options.profileOverride.isEmpty()) {
        if (auto p = core::loadProfile(options.profileOverride.toStdString()); !p) {
            printErr(QStringLiteral("certphoto-import: unknown profile \"%1\" (%2)")
                         .arg(options.profileOverride, QString::fromStdString(p.error().message)));
            return ExitUsage;
        }
    }

    // 1. Every row and every photo, before anything touches the database.
    auto manifest = manifest::readManifest(file.readAll());
    if (!manifest) {
        printErr(
            QStringLiteral("%1: %2").arg(manifestName, QString::fromStdString(manifest.error().message)));
        printErr(QStringLiteral("certphoto-import: nothing was imported"));
        return ExitRejected;
    }
    for (const QString& column : manifest->ignoredColumns)
        printErr(QStringLiteral("%1: note: the column \"%2\" is not used").arg(manifestName, column));
    std::vector<manifest::RowProblem> problems = manifest->problems;
    const auto& rows = manifest->rows;
    std::vector<QByteArray> photos = readPhotos(rows, photoDir, problems);
    if (!problems.empty()) {
        printProblems(problems, manifestName);
        std::vector<int> lines;
        for (const auto& p : problems)
            lines.push_back(p.line);
        std::sort(lines.begin(), lines.end());
        lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
        printErr(
            QStringLiteral("certphoto-import: %1 row(s) rejected; nothing was imported").arg(lines.size()));
        printOut(QStringLiteral("created 0, replaced 0, next attempt 0, duplicate 0, refused %1")
                     .arg(lines.size()));
        return ExitRejected;
    }
    if (rows.empty()) {
        printOut(QStringLiteral("the manifest has no rows; nothing to import"));
        return ExitOk;
    }

    // 2. The database: each school's profile decides how its photos are analysed.
    ToolDatabase db;
    if (auto opened = openToolDatabase(db, options.database, QStringLiteral("import")); !opened) {
        printErr(QStringLiteral("certphoto-import: %1")
                     .arg(privacy::scrub(QString::fromStdString(opened.error().message))));
        return ExitDatabase;
    }
    auto schools = store::listSchools(*db.connection);
    if (!schools) {
        printErr(QStringLiteral("certphoto-import: %1")
                     .arg(privacy::scrub(QString::fromStdString(schools.error().message))));
        return ExitDatabase;
    }
    QHash<QString, QString> schoolProfile;
    for (const auto& school : *schools)
        schoolProfile.insert(school.name, school.profile);
    std::vector<QString> profiles;
    profiles.reserve(rows.size());
    for (const auto& row : rows) {
        if (!options.profileOverride.isEmpty())
            profiles.push_back(options.profileOverride);
        else
            profiles.push_back(schoolProfile.value(row.school, kDefaultProfile));
    }

    // 3. The compliance core, on every core.
    auto analyses = analysePhotos(
        photos, profiles, rows.size() >= 50 ? stderrProgress(QStringLiteral("analysed photos")) : nullptr);
    if (!analyses) {
        printErr(
            QStringLiteral("certphoto-import: %1").arg(QString::fromStdString(analyses.error().message)));
        return ExitRejected; // a school's profile this build does not know; nothing was written
    }

    // 4. One transaction for the whole manifest.
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
        s.photo = std::move(photos[i]);
        s.profile = profiles[i];
        attach(s, std::move((*analyses)[i]));
    }
    auto stored = store::storeSubmissions(*db.connection, batch);
    if (!stored) {
        const Error& e = stored.error();
        printErr(QStringLiteral("%1: %2").arg(manifestName, withLine(e, rows)));
        printErr(QStringLiteral("certphoto-import: nothing was imported"));
        if (e.code.rfind("intake.", 0) == 0) {
            printOut(QStringLiteral("created 0, replaced 0, next attempt 0, duplicate 0, refused 1"));
            return ExitRejected;
        }
        return ExitDatabase;
    }

    int counts[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < stored->size(); ++i) {
        const auto outcome = (*stored)[i].outcome;
        ++counts[static_cast<int>(outcome)];
        if (outcome == store::IntakeOutcome::Duplicate)
            printOut(QStringLiteral("line %1: duplicate — this photo is already stored for this applicant")
                         .arg(rows[i].line));
    }
    const QString summary =
        QStringLiteral("created %1, replaced %2, next attempt %3, duplicate %4, refused 0")
            .arg(counts[0])
            .arg(counts[1])
            .arg(counts[2])
            .arg(counts[3]);
    printOut(summary);
    logging::info(
        QStringLiteral("import of %1 rows from %2: %3").arg(rows.size()).arg(manifestName, summary));
    return ExitOk;
}

} // namespace certphoto::cli

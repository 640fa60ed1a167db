#include "import_job.h"

#include <certphoto/common/logging.h>
#include <certphoto/common/privacy.h>
#include <certphoto/core/profile.h>
#include <certphoto/intake/analysis.h>
#include <certphoto/intake/import.h>
#include <certphoto/store/tool_database.h>

#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace certphoto::cli {

namespace {

void printErr(const QString& text) {
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

void printOut(const QString& text) {
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
}

QString scrubbed(const Error& error) {
    return privacy::scrub(QString::fromStdString(error.message));
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
    auto prepared = intake::prepareImport(file.readAll(), photoDir);
    if (!prepared) {
        printErr(
            QStringLiteral("%1: %2").arg(manifestName, QString::fromStdString(prepared.error().message)));
        printErr(QStringLiteral("certphoto-import: nothing was imported"));
        return ExitRejected;
    }
    for (const QString& column : prepared->ignoredColumns)
        printErr(QStringLiteral("%1: note: the column \"%2\" is not used").arg(manifestName, column));
    if (!prepared->problems.empty()) {
        for (const auto& p : prepared->problems)
            printErr(QStringLiteral("%1: %2").arg(manifestName, p.text()));
        const int refused = prepared->refusedRows();
        printErr(QStringLiteral("certphoto-import: %1 row(s) rejected; nothing was imported").arg(refused));
        printOut(
            QStringLiteral("created 0, replaced 0, next attempt 0, duplicate 0, refused %1").arg(refused));
        return ExitRejected;
    }
    const auto& rows = prepared->rows;
    if (rows.empty()) {
        printOut(QStringLiteral("the manifest has no rows; nothing to import"));
        return ExitOk;
    }

    // 2. The database; then the analysis and one transaction for the whole manifest.
    store::ToolDatabase db;
    if (auto opened = store::openToolDatabase(db, options.database, QStringLiteral("import")); !opened) {
        printErr(QStringLiteral("certphoto-import: %1").arg(scrubbed(opened.error())));
        return ExitDatabase;
    }
    auto stored = intake::storeImport(
        *db.connection, *prepared, options.profileOverride,
        rows.size() >= 50 ? intake::stderrProgress(QStringLiteral("analyzed photos")) : nullptr);
    if (!stored) {
        const Error& e = stored.error();
        if (e.code.rfind("analysis.", 0) == 0) {
            // A school's profile this build does not know; nothing was written.
            printErr(QStringLiteral("certphoto-import: %1").arg(QString::fromStdString(e.message)));
            return ExitRejected;
        }
        const QString where = e.entry && *e.entry < rows.size()
                                  ? QStringLiteral("line %1: ").arg(rows[*e.entry].line)
                                  : QString();
        printErr(QStringLiteral("%1: %2%3").arg(manifestName, where, scrubbed(e)));
        printErr(QStringLiteral("certphoto-import: nothing was imported"));
        if (e.code.rfind("intake.", 0) == 0) {
            printOut(QStringLiteral("created 0, replaced 0, next attempt 0, duplicate 0, refused 1"));
            return ExitRejected;
        }
        return ExitDatabase;
    }

    for (int line : stored->duplicateLines)
        printOut(
            QStringLiteral("line %1: duplicate — this photo is already stored for this applicant").arg(line));
    const auto& n = stored->counts;
    const QString summary =
        QStringLiteral("created %1, replaced %2, next attempt %3, duplicate %4, refused 0")
            .arg(n[0])
            .arg(n[1])
            .arg(n[2])
            .arg(n[3]);
    printOut(summary);
    logging::info(
        QStringLiteral("import of %1 rows from %2: %3").arg(rows.size()).arg(manifestName, summary));
    return ExitOk;
}

} // namespace certphoto::cli

#pragma once
// One import: read and check the whole manifest and every photo first, analyze the photos, then store
// everything in one transaction, so a failed import leaves nothing behind.

#include <QString>
#include <QStringList>

namespace certphoto::cli {

struct ImportOptions {
    QString manifestPath;
    QString photoDir; // defaults to the manifest's folder
    QString database; // --database; empty: CERTPHOTO_DATABASE, the saved setting, or the private cluster
    QString profileOverride; // analyze every photo with this profile instead of the school's
};

// Exit codes of certphoto-import.
enum ImportExit { ExitOk = 0, ExitRejected = 1, ExitUsage = 2, ExitDatabase = 3 };

// Prints problems and progress on stderr, the summary on stdout.
int runImport(const ImportOptions& options);

} // namespace certphoto::cli

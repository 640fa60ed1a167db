// certphoto-import [--database CONNINFO] [--profile-override P] MANIFEST.csv [PHOTO_DIR]
#include "import_job.h"

#include <certphoto/common/logging.h>
#include <certphoto/core/allocator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

int main(int argc, char* argv[]) {
    certphoto::core::keepFreedMemoryForReuse(); // a photo after another without page faults
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certphoto-import"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTPHOTO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports submissions: a CSV manifest (UTF-8, RFC 4180; columns name, id_number, exam_number, school, "
        "level, phone, file, arrived_at) and a folder of photos. Every row is checked first; one bad row and "
        "nothing is written. Exit status: 0 stored, 1 rows rejected (nothing written), 2 usage, "
        "3 database error (nothing written)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("libpq connection string of a shared server (default: "
                                                     "CERTPHOTO_DATABASE, the saved setting, or the private "
                                                     "cluster)."),
                                      QStringLiteral("conninfo"));
    const QCommandLineOption profile(QStringLiteral("profile-override"),
                                     QStringLiteral("Analyse every photo with this profile instead of the "
                                                    "school's."),
                                     QStringLiteral("profile"));
    parser.addOption(database);
    parser.addOption(profile);
    parser.addPositionalArgument(QStringLiteral("manifest"), QStringLiteral("The CSV manifest."));
    parser.addPositionalArgument(QStringLiteral("photo-dir"),
                                 QStringLiteral("Folder the file column is relative to (default: the "
                                                "manifest's folder)."),
                                 QStringLiteral("[photo-dir]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "certphoto-import: %s\n\n%s", qPrintable(parser.errorText()),
                     qPrintable(parser.helpText()));
        return certphoto::cli::ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion(); // prints "certphoto-... 0.1.0" and exits 0
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return certphoto::cli::ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.size() > 2) {
        std::fprintf(stderr, "certphoto-import: %s\n\n%s",
                     args.isEmpty() ? "a manifest is needed" : "too many arguments",
                     qPrintable(parser.helpText()));
        return certphoto::cli::ExitUsage;
    }

    certphoto::cli::ImportOptions options;
    options.manifestPath = args.at(0);
    options.photoDir = args.size() > 1 ? args.at(1) : QFileInfo(args.at(0)).absolutePath();
    options.database = parser.value(database);
    options.profileOverride = parser.value(profile);

    certphoto::logging::init(QStringLiteral("certphoto-import"), certphoto::logging::Level::Error);
    const int status = certphoto::cli::runImport(options);
    certphoto::logging::shutdown();
    return status;
}

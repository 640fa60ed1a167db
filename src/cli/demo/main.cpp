// certphoto-demo [--database CONNINFO] [--count N] [--seed S]: a realistic review queue for trying the
// workstation out: schools, invented applicants, photos made by code, each analyzed by the core.
#include "demo_job.h"

#include <certphoto/common/logging.h>
#include <certphoto/core/allocator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[]) {
    certphoto::core::keepFreedMemoryForReuse(); // a photo after another without page faults
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certphoto-demo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTPHOTO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fills the private cluster (or the given database) with demo data: schools, invented applicants, "
        "photos made by code and analyzed by the compliance core, and a few demo users. The same seed "
        "invents "
        "the same people and photos, so a second run finds duplicates instead of doubling the queue."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("libpq connection string (default: CERTPHOTO_DATABASE, the "
                       "saved setting, or the private cluster)."),
        QStringLiteral("conninfo"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Submissions to make (default 3000)."), QStringLiteral("n"),
                                   QStringLiteral("3000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the invented data (default 1)."),
                                  QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption noUsers(QStringLiteral("no-users"),
                                     QStringLiteral("Do not create the demo users."));
    const QCommandLineOption historyDays(
        QStringLiteral("history-days"),
        QStringLiteral(
            "Decided history for N past days by the demo auditors (default 0), for the statistics; "
            "it copies the photos of the submissions made, so it needs --count of 1 or more."),
        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({database, count, seed, noUsers, historyDays});
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "certphoto-demo: %s\n\n%s", qPrintable(parser.errorText()),
                     qPrintable(parser.helpText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion(); // prints "certphoto-... 0.1.0" and exits 0
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    bool countOk = false, seedOk = false, historyOk = false;
    certphoto::demo::DemoOptions options;
    options.database = parser.value(database);
    options.count = parser.value(count).toInt(&countOk);
    options.seed = parser.value(seed).toULongLong(&seedOk);
    options.createUsers = !parser.isSet(noUsers);
    options.historyDays = parser.value(historyDays).toInt(&historyOk);
    if (!countOk || options.count < 0 || options.count > 1000000 || !seedOk || !historyOk ||
        options.historyDays < 0 || options.historyDays > 366 ||
        (options.historyDays > 0 && options.count < 1) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr,
                     "certphoto-demo: --count takes 0 to 1000000, --seed a number, --history-days 0 to 366 "
                     "(with a --count of 1 or more), and no other arguments\n\n%s",
                     qPrintable(parser.helpText()));
        return 2;
    }

    certphoto::logging::init(QStringLiteral("certphoto-demo"), certphoto::logging::Level::Error);
    const int status = certphoto::demo::runDemo(options);
    certphoto::logging::shutdown();
    return status;
}

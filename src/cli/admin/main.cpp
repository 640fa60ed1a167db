// certphoto-admin [--database CONNINFO] upgrade | schema-version | create-user LOGIN --role R
// [--password-stdin]
//                 | set-lease SECONDS | add-school NAME --profile P --deadline-hours H
//                 | reanalyze [--jobs N] [--batch-size N] [--dry-run]
//                 | verify-audit [--expect-head SEQ:HEX] | set-limit KEY VALUE
// Without --database and CERTPHOTO_DATABASE it works on this account's private cluster.
#include "guard_commands.h"
#include "reanalyze.h"

#include <certphoto/common/logging.h>
#include <certphoto/core/allocator.h>
#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>
#include <certphoto/store/admin.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/migrations.h>
#include <certphoto/store/private_cluster.h>
#include <certphoto/store/schools.h>
#include <certphoto/store/users.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

namespace {

enum Exit { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

int fail(const certphoto::Error& e) {
    std::fprintf(stderr, "certphoto-admin: %s (%s)\n", e.message.c_str(), e.code.c_str());
    return ExitFailed;
}

int usage(const QCommandLineParser& parser, const QString& why) {
    std::fprintf(stderr, "certphoto-admin: %s\n\n%s", qPrintable(why), qPrintable(parser.helpText()));
    return ExitUsage;
}

std::optional<certphoto::store::Role> roleFrom(const QString& s) {
    using certphoto::store::Role;
    if (s == QLatin1String("auditor"))
        return Role::Auditor;
    if (s == QLatin1String("supervisor"))
        return Role::Supervisor;
    if (s == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

struct Options {
    QCommandLineOption database, role, passwordStdin, profile, hours, jobs, batchSize, dryRun, expectHead;
};

// A whole number in [low, high] from an option, or nullopt.
std::optional<int> intOption(const QCommandLineParser& parser, const QCommandLineOption& option, int fallback,
                             int low, int high) {
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < low || v > high)
        return std::nullopt;
    return v;
}

int run(const QCommandLineParser& parser, const Options& o) {
    using namespace certphoto::store;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(parser, QStringLiteral("a command is needed"));
    const QString command = args.at(0);
    static const QStringList known{QStringLiteral("upgrade"),     QStringLiteral("schema-version"),
                                   QStringLiteral("create-user"), QStringLiteral("set-lease"),
                                   QStringLiteral("add-school"),  QStringLiteral("reanalyze")};
    if (!known.contains(command) && !certphoto::cli::isGuardCommand(command))
        return usage(parser, QStringLiteral("unknown command %1").arg(command));
    certphoto::cli::ReanalyzeOptions reanalyzeOptions;
    if (command == QLatin1String("reanalyze")) {
        if (args.size() != 1)
            return usage(parser, QStringLiteral("reanalyze takes no arguments"));
        const auto jobs = intOption(parser, o.jobs, QThread::idealThreadCount(), 1, 256);
        const auto batch = intOption(parser, o.batchSize, 200, 1, 10000);
        if (!jobs)
            return usage(parser, QStringLiteral("--jobs must be a whole number from 1 to 256"));
        if (!batch)
            return usage(parser, QStringLiteral("--batch-size must be a whole number from 1 to 10000"));
        QThreadPool::globalInstance()->setMaxThreadCount(*jobs);
        reanalyzeOptions.batchSize = *batch;
        reanalyzeOptions.dryRun = parser.isSet(o.dryRun);
    }

    // Where: a shared server, or the private cluster (which upgrades itself when acquired).
    ConnectionSettings settings = ConnectionSettings::resolve(parser.value(o.database));
    std::optional<PrivateCluster> cluster;
    if (settings.connInfo.isEmpty()) {
        auto acquired = PrivateCluster::acquire();
        if (!acquired)
            return fail(acquired.error());
        cluster.emplace(std::move(acquired).value());
        settings.connInfo =
            command == QLatin1String("upgrade") ? cluster->ownerConnInfo() : cluster->adminConnInfo();
    }
    auto opened = Connection::open(settings, QStringLiteral("admin"));
    if (!opened)
        return fail(opened.error());
    Connection& c = *opened;
    QTextStream out(stdout);

    if (command == QLatin1String("upgrade")) {
        auto v = upgradeSchema(c);
        if (!v)
            return fail(v.error());
        out << "schema version " << *v << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("schema-version")) {
        auto v = schemaVersion(c);
        if (!v)
            return fail(v.error());
        out << "database " << *v << ", this program " << knownSchemaVersion() << Qt::endl;
        return *v == knownSchemaVersion() ? ExitOk : ExitFailed;
    }
    if (auto checked = checkSchema(c); !checked)
        return fail(checked.error());

    if (certphoto::cli::isGuardCommand(command))
        return certphoto::cli::runGuardCommand(c, args, parser.value(o.expectHead), out);
    if (command == QLatin1String("create-user")) {
        if (args.size() != 2)
            return usage(parser, QStringLiteral("create-user needs exactly one LOGIN"));
        const auto role = roleFrom(parser.value(o.role));
        if (!role)
            return usage(parser, QStringLiteral("--role must be auditor, supervisor or admin"));
        QString password;
        if (parser.isSet(o.passwordStdin)) {
            std::string line;
            std::getline(std::cin, line);
            password = QString::fromStdString(line).trimmed();
        }
        auto made = createUser(c, args.at(1), password, *role);
        if (!made)
            return fail(made.error());
        out << "created " << args.at(1) << " in " << roleGroupName(*role) << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("set-lease")) {
        bool ok = false;
        const int seconds = args.value(1).toInt(&ok);
        if (args.size() != 2 || !ok)
            return usage(parser, QStringLiteral("set-lease needs SECONDS"));
        auto set = setLeaseSeconds(c, seconds);
        if (!set)
            return fail(set.error());
        out << "lease length " << seconds << " s" << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("reanalyze")) {
        const QString version = QString::fromLatin1(certphoto::core::coreVersion());
        auto summary = certphoto::cli::reanalyze(c, reanalyzeOptions);
        if (!summary)
            return fail(summary.error());
        if (reanalyzeOptions.dryRun) {
            out << "dry run: " << summary->stale << " pending submissions have reports to recompute with "
                << version << "; nothing changed" << Qt::endl;
            return ExitOk;
        }
        out << "reanalyzed with " << version << ": recomputed " << summary->recomputed << ", skipped "
            << summary->skipped << ", failed " << summary->failed << Qt::endl;
        return summary->failed == 0 ? ExitOk : ExitFailed;
    }
    // add-school
    bool ok = true;
    const int hours = parser.isSet(o.hours) ? parser.value(o.hours).toInt(&ok) : 48;
    if (args.size() != 2 || !ok)
        return usage(parser,
                     QStringLiteral("add-school needs NAME (and a whole number of --deadline-hours)"));
    // Without --profile the school gets the database's default profile (its one owner).
    QString profileName = parser.value(o.profile);
    if (profileName.isEmpty()) {
        auto fallback = defaultSchoolProfile(c);
        if (!fallback)
            return fail(fallback.error());
        profileName = *fallback;
    }
    // A school whose profile the core does not know would stop every import for it: refuse it here.
    if (auto loaded = certphoto::core::loadProfile(profileName.toStdString()); !loaded)
        return usage(parser, QStringLiteral("unknown profile %1: %2")
                                 .arg(profileName, QString::fromStdString(loaded.error().message)));
    auto id = upsertSchool(c, args.at(1), profileName, hours);
    if (!id)
        return fail(id.error());
    out << "school " << *id << ": " << args.at(1) << ", deadline " << hours << " h" << Qt::endl;
    return ExitOk;
}

} // namespace

int main(int argc, char* argv[]) {
    certphoto::core::keepFreedMemoryForReuse(); // a photo after another without page faults
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certphoto-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTPHOTO_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs certphoto: schema upgrade, users, settings, schools.\n"
        "Commands: upgrade | schema-version | create-user LOGIN --role auditor|supervisor|admin "
        "[--password-stdin] | set-lease SECONDS | add-school NAME --profile P --deadline-hours H | "
        "reanalyze [--jobs N] [--batch-size N] [--dry-run] | verify-audit [--expect-head SEQ:HEX] | "
        "set-limit KEY VALUE\n"
        "reanalyze recomputes the compliance reports of undecided submissions made by an older core.\n"
        "Without --database (or CERTPHOTO_DATABASE) it works on this account's private cluster."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("libpq connection string of a shared server."),
                                      QStringLiteral("conninfo"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("auditor, supervisor or admin."),
                                  QStringLiteral("role"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        QStringLiteral("Read the new user's password from the first line of "
                       "standard input (else: no password, peer login only)."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("The school's photo profile (default: the database's "
                                                    "default profile)."),
                                     QStringLiteral("profile"));
    const QCommandLineOption hours(QStringLiteral("deadline-hours"),
                                   QStringLiteral("Hours promised for the review (default 48)."),
                                   QStringLiteral("hours"));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  QStringLiteral("reanalyze: photos analyzed at once (default: every core)."),
                                  QStringLiteral("n"));
    const QCommandLineOption batchSize(
        QStringLiteral("batch-size"),
        QStringLiteral("reanalyze: submissions loaded at a time (default 200)."), QStringLiteral("n"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("reanalyze: only count what would be recomputed."));
    const QCommandLineOption expectHead(
        QStringLiteral("expect-head"),
        QStringLiteral("verify-audit: the head an earlier check printed; the trail must still hold it."),
        QStringLiteral("seq:hex"));
    parser.addOptions({database, role, passwordStdin, profile, hours, jobs, batchSize, dryRun, expectHead});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    if (!parser.parse(QCoreApplication::arguments()))
        return usage(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion(); // prints "certphoto-... 0.1.0" and exits 0
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    certphoto::logging::init(QStringLiteral("certphoto-admin"), certphoto::logging::Level::Error);
    const int status = run(
        parser, Options{database, role, passwordStdin, profile, hours, jobs, batchSize, dryRun, expectHead});
    certphoto::logging::shutdown();
    return status;
}

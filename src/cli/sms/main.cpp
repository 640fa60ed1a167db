// certphoto-sms [--database CONNINFO] --gateway FILE [--once] [--batch N]
// The SMS relay: takes due outbox rows, hands each to the configured gateway, marks it sent or failed
// (temporary failures come back after a backoff). Stops cleanly on SIGTERM/SIGINT: the message in hand is
// finished and marked, the rest of the batch given back. Prints the counts as one JSON line at the end.
// Exit 0 (done or stopped), 2 bad usage, 1 a failure (configuration, database, permission).
// Without --database and CERTPHOTO_DATABASE it works on this account's private cluster, as its admin.
#include <certphoto/common/logging.h>
#include <certphoto/relay/gateway.h>
#include <certphoto/relay/relay.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/migrations.h>
#include <certphoto/store/private_cluster.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>

namespace {

enum Exit { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

std::atomic<int> stopSignal{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void onStopSignal(int number) {
    stopSignal.store(number);
}

void installStopHandlers() {
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    for (int number : {SIGTERM, SIGINT})
        ::sigaction(number, &action, nullptr);
}

int fail(const certphoto::Error& e) {
    std::fprintf(stderr, "certphoto-sms: %s (%s)\n", e.message.c_str(), e.code.c_str());
    return ExitFailed;
}

int usage(const QCommandLineParser& parser, const QString& why) {
    std::fprintf(stderr, "certphoto-sms: %s\n\n%s", qPrintable(why), qPrintable(parser.helpText()));
    return ExitUsage;
}

void printCounts(const certphoto::relay::RelayCounts& c, bool stopped) {
    QJsonObject o;
    o.insert(QStringLiteral("sent"), c.sent);
    o.insert(QStringLiteral("already_sent"), c.alreadySent);
    o.insert(QStringLiteral("retrying"), c.retrying);
    o.insert(QStringLiteral("failed"), c.failed);
    o.insert(QStringLiteral("released"), c.released);
    o.insert(QStringLiteral("lost"), c.lost);
    o.insert(QStringLiteral("unmarked"), c.unmarked);
    o.insert(QStringLiteral("batches"), c.batches);
    o.insert(QStringLiteral("stopped_by_signal"), stopped);
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certphoto-sms"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTPHOTO_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sends the SMS outbox through the configured gateway (see docs/sms.md).\n"
        "Without --database (or CERTPHOTO_DATABASE) it works on this account's private cluster."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("libpq connection string of a shared server (an admin login)."),
        QStringLiteral("conninfo"));
    const QCommandLineOption gateway(
        QStringLiteral("gateway"), QStringLiteral("The gateway configuration (JSON: kind http or program)."),
        QStringLiteral("file"));
    const QCommandLineOption once(QStringLiteral("once"),
                                  QStringLiteral("Send what is due now, then exit (else keep running)."));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("Messages per take, 1 to 1000 (default 20)."),
                                   QStringLiteral("n"));
    parser.addOptions({database, gateway, once, batch});
    if (!parser.parse(QCoreApplication::arguments()))
        return usage(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(parser,
                     QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));
    if (!parser.isSet(gateway))
        return usage(parser, QStringLiteral("--gateway FILE is needed"));
    certphoto::relay::RelayOptions options;
    options.once = parser.isSet(once);
    if (parser.isSet(batch)) {
        bool ok = false;
        options.batch = parser.value(batch).toInt(&ok);
        if (!ok || options.batch < 1 || options.batch > 1000)
            return usage(parser, QStringLiteral("--batch must be a whole number from 1 to 1000"));
    }

    certphoto::logging::init(QStringLiteral("certphoto-sms"), certphoto::logging::Level::Error);
    installStopHandlers();
    const int status = [&]() -> int {
        auto config = certphoto::relay::loadGatewayConfig(parser.value(gateway));
        if (!config)
            return fail(config.error());
        using namespace certphoto::store;
        ConnectionSettings settings = ConnectionSettings::resolve(parser.value(database));
        std::optional<PrivateCluster> cluster;
        if (settings.connInfo.isEmpty()) {
            auto acquired = PrivateCluster::acquire();
            if (!acquired)
                return fail(acquired.error());
            cluster.emplace(std::move(acquired).value());
            settings.connInfo = cluster->adminConnInfo();
        }
        auto opened = Connection::open(settings, QStringLiteral("sms"));
        if (!opened)
            return fail(opened.error());
        if (auto checked = checkSchema(*opened); !checked)
            return fail(checked.error());
        auto gw = certphoto::relay::makeGateway(*config);
        certphoto::relay::Relay relay(*opened, *gw, options);
        auto counts = relay.run([] { return stopSignal.load() != 0; });
        printCounts(relay.counts(), stopSignal.load() != 0);
        if (!counts)
            return fail(counts.error());
        return ExitOk;
    }();
    certphoto::logging::shutdown();
    return status;
}

// certphoto-export [--database CONNINFO] preview --receiver NAME [--level L] [--from DATE] [--to DATE]
//                  create --receiver NAME [--level L] [--from DATE] [--to DATE] --out DIR
//                  rebuild BATCH_ID --out DIR | void BATCH_ID --why TEXT | transmitted BATCH_ID | list
// certphoto-export verify FILE.zip        (no database)
// create prints one JSON line {"batch":ID,"file":PATH,"photos":N,"refused":M,"sha256":HEX}, or
// {"batch":null,"photos":0} when nothing is left to export. Exit 0 done, 1 failed (one line why), 2 usage.
// SIGINT/SIGTERM cancel cleanly (nothing written, nothing marked); after SIGKILL the next run cleans up.
#include <certphoto/common/logging.h>
#include <certphoto/common/privacy.h>
#include <certphoto/core/allocator.h>
#include <certphoto/export/export_job.h>
#include <certphoto/export/verify.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/export_batches.h>
#include <certphoto/store/migrations.h>
#include <certphoto/store/private_cluster.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>

namespace {

enum Exit { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

std::atomic<bool> cancelRequested{false};
extern "C" void onSignal(int) {
    cancelRequested.store(true);
}

int fail(const certphoto::Error& e) {
    std::fprintf(stderr, "certphoto-export: %s (%s)\n", certphoto::privacy::scrub(e.message).c_str(),
                 e.code.c_str());
    return ExitFailed;
}

int usage(const QCommandLineParser& parser, const QString& why) {
    std::fprintf(stderr, "certphoto-export: %s\n\n%s", qPrintable(why), qPrintable(parser.helpText()));
    return ExitUsage;
}

void printJson(const QJsonObject& o) {
    std::fprintf(stdout, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// DATE is a calendar day in Beijing time (--to includes the whole day), or an ISO 8601 time with offset.
std::optional<QDateTime> parseWhen(const QString& s, bool end) {
    const QDate day = QDate::fromString(s, Qt::ISODate);
    if (day.isValid() && s.size() == 10)
        return QDateTime(end ? day.addDays(1) : day, QTime(0, 0), QTimeZone(8 * 3600));
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (t.isValid())
        return t;
    return std::nullopt;
}

struct Options {
    QCommandLineOption database, receiver, level, from, to, out, why, resend;
};

std::optional<qint64> batchIdArg(const QStringList& args) {
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (args.size() != 2 || !ok || id < 1)
        return std::nullopt;
    return id;
}

int run(const QCommandLineParser& parser, const Options& o) {
    using namespace certphoto;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(parser, QStringLiteral("a command is needed"));
    const QString command = args.at(0);
    static const QStringList known{QStringLiteral("preview"), QStringLiteral("create"),
                                   QStringLiteral("rebuild"), QStringLiteral("void"),
                                   QStringLiteral("verify"),  QStringLiteral("transmitted"),
                                   QStringLiteral("list")};
    if (!known.contains(command))
        return usage(parser, QStringLiteral("unknown command %1").arg(command));

    if (command == QLatin1String("verify")) {
        if (args.size() != 2)
            return usage(parser, QStringLiteral("verify needs exactly one FILE.zip"));
        auto v = exporting::verifyArchive(args.at(1));
        if (!v)
            return fail(v.error());
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("bag"), v->bagName},
                   {QStringLiteral("batch"), v->batchId},
                   {QStringLiteral("photos"), v->photos},
                   {QStringLiteral("payload_bytes"), double(v->payloadBytes)}});
        return ExitOk;
    }

    // Usage is checked before connecting, so a typo never touches the database.
    store::ExportSelection selection;
    std::optional<qint64> batchId;
    const bool selects = command == QLatin1String("preview") || command == QLatin1String("create");
    if (selects) {
        if (args.size() != 1)
            return usage(parser, QStringLiteral("%1 takes no arguments besides its options").arg(command));
        selection.receiver = parser.value(o.receiver).trimmed();
        if (selection.receiver.isEmpty())
            return usage(parser, QStringLiteral("--receiver NAME is needed"));
        selection.level = parser.value(o.level).trimmed();
        if (parser.isSet(o.from)) {
            auto t = parseWhen(parser.value(o.from), false);
            if (!t)
                return usage(parser,
                             QStringLiteral("--from must be a date (YYYY-MM-DD) or an ISO 8601 time"));
            selection.from = *t;
        }
        if (parser.isSet(o.to)) {
            auto t = parseWhen(parser.value(o.to), true);
            if (!t)
                return usage(parser, QStringLiteral("--to must be a date (YYYY-MM-DD) or an ISO 8601 time"));
            selection.to = *t;
        }
        selection.resend = parser.isSet(o.resend);
        selection.why = parser.value(o.why).trimmed();
        if (selection.resend && selection.why.isEmpty())
            return usage(parser, QStringLiteral("--resend needs --why TEXT"));
    } else if (command != QLatin1String("list")) {
        batchId = batchIdArg(args);
        if (!batchId)
            return usage(parser, QStringLiteral("%1 needs one BATCH_ID").arg(command));
    }
    const bool writes = command == QLatin1String("create") || command == QLatin1String("rebuild");
    if (writes && parser.value(o.out).isEmpty())
        return usage(parser, QStringLiteral("%1 needs --out DIR").arg(command));
    if (command == QLatin1String("void") && parser.value(o.why).trimmed().isEmpty())
        return usage(parser, QStringLiteral("void needs --why TEXT"));

    store::ConnectionSettings settings = store::ConnectionSettings::resolve(parser.value(o.database));
    std::optional<store::PrivateCluster> cluster;
    if (settings.connInfo.isEmpty()) {
        auto acquired = store::PrivateCluster::acquire();
        if (!acquired)
            return fail(acquired.error());
        cluster.emplace(std::move(acquired).value());
        settings.connInfo = cluster->adminConnInfo();
    }
    auto opened = store::Connection::open(settings, QStringLiteral("export"));
    if (!opened)
        return fail(opened.error());
    store::Connection& c = *opened;
    if (auto checked = store::checkSchema(c); !checked)
        return fail(checked.error());

    if (command == QLatin1String("preview")) {
        auto p = exporting::previewBatch(c, selection);
        if (!p)
            return fail(p.error());
        QJsonArray first;
        for (std::size_t i = 0; i < p->rows.size() && i < 20; ++i) {
            const auto& r = p->rows[i];
            first.append(QJsonObject{{QStringLiteral("submission"), double(r.submissionId)},
                                     {QStringLiteral("file"), r.fileName},
                                     {QStringLiteral("name"), r.applicantName},
                                     {QStringLiteral("id_number"), privacy::maskIdNumber(r.idNumber)},
                                     {QStringLiteral("exam_number"), r.examNumber},
                                     {QStringLiteral("school"), r.school},
                                     {QStringLiteral("level"), r.level},
                                     {QStringLiteral("bytes"), double(r.photoBytes)},
                                     {QStringLiteral("problem"), r.problem}});
        }
        printJson({{QStringLiteral("receiver"), p->receiver.name},
                   {QStringLiteral("format"), p->receiver.format},
                   {QStringLiteral("photos"), int(p->rows.size())},
                   {QStringLiteral("bytes"), double(p->totalBytes)},
                   {QStringLiteral("problems"), p->problems},
                   {QStringLiteral("first"), first}});
        return ExitOk;
    }
    exporting::JobControl control;
    control.cancel = &cancelRequested;
    if (command == QLatin1String("create") || command == QLatin1String("rebuild")) {
        auto made = command == QLatin1String("create")
                        ? exporting::createBatch(c, selection, parser.value(o.out), control)
                        : exporting::rebuildBatch(c, *batchId, parser.value(o.out), control);
        if (!made)
            return fail(made.error());
        if (!made->batchId) {
            QJsonObject none{{QStringLiteral("batch"), QJsonValue::Null}, {QStringLiteral("photos"), 0}};
            if (made->refused > 0)
                none.insert(QStringLiteral("refused"), made->refused);
            printJson(none);
            return ExitOk;
        }
        printJson({{QStringLiteral("batch"), double(*made->batchId)},
                   {QStringLiteral("file"), made->file},
                   {QStringLiteral("photos"), made->photos},
                   {QStringLiteral("refused"), made->refused},
                   {QStringLiteral("sha256"), made->sha256}});
        return ExitOk;
    }
    if (command == QLatin1String("void")) {
        if (auto r = store::voidExport(c, *batchId, parser.value(o.why).trimmed()); !r)
            return fail(r.error());
        printJson({{QStringLiteral("batch"), double(*batchId)},
                   {QStringLiteral("state"), QStringLiteral("voided")}});
        return ExitOk;
    }
    if (command == QLatin1String("transmitted")) {
        if (auto r = store::markTransmitted(c, *batchId); !r)
            return fail(r.error());
        printJson({{QStringLiteral("batch"), double(*batchId)},
                   {QStringLiteral("state"), QStringLiteral("transmitted")}});
        return ExitOk;
    }
    auto list = store::listExportBatches(c);
    if (!list)
        return fail(list.error());
    for (const auto& b : *list)
        printJson({{QStringLiteral("batch"), double(b.id)},
                   {QStringLiteral("receiver"), b.receiver},
                   {QStringLiteral("format"), b.format},
                   {QStringLiteral("state"), b.state},
                   {QStringLiteral("photos"), b.photos},
                   {QStringLiteral("refused"), b.refused},
                   {QStringLiteral("created_at"), b.createdAt.toString(Qt::ISODate)},
                   {QStringLiteral("file"), b.fileName},
                   {QStringLiteral("sha256"), b.sha256}});
    return ExitOk;
}

} // namespace

int main(int argc, char** argv) {
    certphoto::core::keepFreedMemoryForReuse(); // a photo after another without page faults
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certphoto-export"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTPHOTO_VERSION));
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export batches of approved photos to their receivers.\n\n"
        "preview --receiver NAME [--level L] [--from DATE] [--to DATE]\n"
        "create  --receiver NAME [--level L] [--from DATE] [--to DATE] --out DIR [--resend --why TEXT]\n"
        "rebuild BATCH_ID --out DIR      the same bytes again\n"
        "void BATCH_ID --why TEXT        its photos become exportable again\n"
        "transmitted BATCH_ID            the receiver has it\n"
        "list                            the latest batches\n"
        "verify FILE.zip                 checks a batch archive (no database)\n\n"
        "DATE: a day in Beijing time (YYYY-MM-DD; --to includes it) or an ISO 8601 time.\n"
        "Without --database (or CERTPHOTO_DATABASE) it works on this account's private cluster."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o{
        {QStringLiteral("database"), QStringLiteral("libpq connection string of a shared server."),
         QStringLiteral("conninfo")},
        {QStringLiteral("receiver"), QStringLiteral("The receiver (or school) the batch goes to."),
         QStringLiteral("name")},
        {QStringLiteral("level"), QStringLiteral("Only this education level."), QStringLiteral("level")},
        {QStringLiteral("from"), QStringLiteral("Approved from this day or time."), QStringLiteral("date")},
        {QStringLiteral("to"), QStringLiteral("Approved up to this day (included) or time."),
         QStringLiteral("date")},
        {QStringLiteral("out"), QStringLiteral("The folder the archive is written to."),
         QStringLiteral("dir")},
        {QStringLiteral("why"), QStringLiteral("Why a batch is voided or photos are sent again."),
         QStringLiteral("text")},
        {QStringLiteral("resend"), QStringLiteral("create: send again photos whose batch was transmitted.")}};
    parser.addOptions({o.database, o.receiver, o.level, o.from, o.to, o.out, o.why, o.resend});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    if (!parser.parse(QCoreApplication::arguments()))
        return usage(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    certphoto::logging::init(QStringLiteral("certphoto-export"), certphoto::logging::Level::Error);
    const int status = run(parser, o);
    certphoto::logging::shutdown();
    return status;
}

// certphoto-report [--database CONNINFO] [--lang zh|en] daily --date YYYY-MM-DD --out FILE.pdf
// certphoto-report [--database CONNINFO] [--lang zh|en] csv --from YYYY-MM-DD --to YYYY-MM-DD --out DIR
// The supervisors' figures without the window, for a job that mails them every morning. Exit status: 0 done,
// 1 failed (one line on stderr says why), 2 bad usage.
#include "report_job.h"

#include <certphoto/common/logging.h>

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

namespace {

int usage(const QString& why, const QCommandLineParser& parser) {
    std::fprintf(stderr, "certphoto-report: %s\n\n%s", qPrintable(why), qPrintable(parser.helpText()));
    return certphoto::cli::ReportUsage;
}

QDate dateOption(const QCommandLineParser& parser, const QString& name, QString* problem) {
    const QString text = parser.value(name);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (text.isEmpty())
        *problem = QStringLiteral("--%1 YYYY-MM-DD is needed").arg(name);
    else if (!d.isValid() || text.size() != 10)
        *problem = QStringLiteral("--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(name, text);
    return d;
}

} // namespace

// Before the log starts, Qt's platform notes (XDG_RUNTIME_DIR, the offscreen plugin) would be the tool's
// stderr; a mail job reads stderr as the reason of a failure, so they are dropped.
void quietUntilLogging(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "certphoto-report: %s\n", qPrintable(message));
}

int main(int argc, char* argv[]) {
    qInstallMessageHandler(quietUntilLogging);
    // It paints charts: without a display, the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("certphoto-report"));
    QApplication::setApplicationVersion(QStringLiteral(CERTPHOTO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The supervisors' statistics from the command line.\n"
        "  daily --date YYYY-MM-DD --out FILE.pdf    the daily report (A4 PDF)\n"
        "  csv --from YYYY-MM-DD --to YYYY-MM-DD --out DIR    one CSV file per chart (UTF-8 with BOM)\n"
        "Days are days in the statistics time zone (Asia/Shanghai unless set otherwise). Exit status: 0 "
        "done, "
        "1 failed (the reason on stderr), 2 bad usage."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("libpq connection string of a shared server (default: "
                                                     "CERTPHOTO_DATABASE, the saved setting, or the private "
                                                     "cluster)."),
                                      QStringLiteral("conninfo"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of the report: zh or en (default: the system's)."),
                                  QStringLiteral("language"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("daily: the day."),
                                  QStringLiteral("day"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("csv: the first day."),
                                  QStringLiteral("day"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("csv: the last day (included)."),
                                QStringLiteral("day"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("daily: the PDF file; csv: the folder."),
                                 QStringLiteral("path"));
    parser.addOptions({database, lang, date, from, to, out});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("daily or csv"));
    if (!parser.parse(QCoreApplication::arguments()))
        return usage(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return certphoto::cli::ReportOk;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(args.isEmpty() ? QStringLiteral("a command is needed: daily or csv")
                                    : QStringLiteral("one command only"),
                     parser);

    certphoto::cli::ReportOptions options;
    options.database = parser.value(database);
    options.language = parser.value(lang);
    options.out = parser.value(out);
    QString problem;
    if (args[0] == u"daily") {
        options.command = certphoto::cli::ReportOptions::Daily;
        options.range.from = options.range.to = dateOption(parser, QStringLiteral("date"), &problem);
        if (parser.isSet(from) || parser.isSet(to))
            problem = QStringLiteral("daily takes --date, not --from/--to");
    } else if (args[0] == u"csv") {
        options.command = certphoto::cli::ReportOptions::Csv;
        options.range.from = dateOption(parser, QStringLiteral("from"), &problem);
        if (problem.isEmpty())
            options.range.to = dateOption(parser, QStringLiteral("to"), &problem);
        if (problem.isEmpty() && options.range.from > options.range.to)
            problem = QStringLiteral("--from is after --to");
        if (parser.isSet(date))
            problem = QStringLiteral("csv takes --from and --to, not --date");
    } else {
        return usage(QStringLiteral("unknown command \"%1\" (daily or csv)").arg(args[0]), parser);
    }
    if (problem.isEmpty() && options.out.isEmpty())
        problem = QStringLiteral("--out is needed");
    if (problem.isEmpty() && !options.language.isEmpty() && options.language != u"zh" &&
        options.language != u"en")
        problem = QStringLiteral("--lang: zh or en");
    if (!problem.isEmpty())
        return usage(problem, parser);

    certphoto::logging::init(QStringLiteral("certphoto-report"), certphoto::logging::Level::Error);
    const int status = certphoto::cli::runReport(app, options);
    certphoto::logging::shutdown();
    return status;
}

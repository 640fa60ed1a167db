#include "report_job.h"

#include <app_options.h>
#include <findings_view.h>

#include <certphoto/common/logging.h>
#include <certphoto/report/daily_report.h>
#include <certphoto/report/exports.h>
#include <certphoto/report/figures.h>
#include <certphoto/store/tool_database.h>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace certphoto::cli {

namespace {

// One line on stderr: the message's first line (libpq's can run to several).
int fail(const Error& e) {
    QString line = QString::fromStdString(e.message).section(u'\n', 0, 0).trimmed();
    if (line.isEmpty())
        line = QString::fromStdString(e.code);
    // The reason is the one line on stderr; the log file gets the code (the console sink stays quiet).
    std::fprintf(stderr, "certphoto-report: %s (%s)\n", qPrintable(line), e.code.c_str());
    logging::warning(QStringLiteral("certphoto-report failed: %1").arg(QString::fromStdString(e.code)));
    return ReportFailed;
}

} // namespace

int runReport(QApplication& app, const ReportOptions& options) {
    app::installTranslators(app, options.language);
    // The system's font, Chinese through fontconfig's fallback. Not Noto Sans CJK for everything: its Latin
    // digits came out of Qt's PDF writer without a text mapping (pdftotext read "Daily report -  -").

    store::ToolDatabase db;
    if (auto opened = store::openToolDatabase(db, options.database, QStringLiteral("report")); !opened)
        return fail(opened.error());
    store::Connection& c = *db.connection;

    if (options.command == ReportOptions::Daily) {
        const QFileInfo target(options.out);
        if (!target.absoluteDir().exists())
            return fail(makeError(
                "report.write",
                QStringLiteral("the folder %1 does not exist").arg(target.absolutePath()).toStdString()));
        auto data = report::loadDailyReport(c, options.range.from);
        if (!data)
            return fail(data.error());
        auto pages = report::writeDailyReport(*data, options.out);
        if (!pages)
            return fail(pages.error());
        std::printf("certphoto-report: wrote %s (%d pages)\n", qPrintable(options.out), *pages);
        return ReportOk;
    }

    auto figures = report::loadFigures(c, options.range, true);
    if (!figures)
        return fail(figures.error());
    // A one-day range still gets throughput_daily.csv (the mail job reads that file), plus the hours.
    auto models = report::makeModels(*figures, [](const QString& id) { return app::checkLabel(id); });
    std::vector<report::FigureTableModel*> raw;
    for (auto& m : models)
        raw.push_back(m.get());
    auto written = report::writeAllCsv(raw, options.out);
    if (!written)
        return fail(written.error());
    std::printf("certphoto-report: wrote %lld CSV files into %s\n", static_cast<long long>(written->size()),
                qPrintable(options.out));
    return ReportOk;
}

} // namespace certphoto::cli

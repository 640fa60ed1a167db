#pragma once
// What certphoto-report does once its command line is read: reach the database as the other tools do,
// load the figures, write the PDF or the CSV files.

#include <certphoto/store/statistics.h>

#include <QString>

class QApplication;

namespace certphoto::cli {

enum ReportStatus { ReportOk = 0, ReportFailed = 1, ReportUsage = 2 };

struct ReportOptions {
    enum Command { Daily, Csv } command = Daily;
    QString database;
    QString language; // zh, en or empty (the system's)
    store::StatsRange range;
    QString out;
};

int runReport(QApplication& app, const ReportOptions& options);

} // namespace certphoto::cli

#pragma once
// The figures' numbers as files: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese;
// RFC 4180 quoting, CRLF line ends) and the set of every figure's models for a range.

#include <certphoto/report/figure_models.h>
#include <certphoto/report/figures.h>
#include <certphoto/result/result.h>

#include <QByteArray>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace certphoto::report {

// Called between steps; returning false cancels (what was written so far is removed).
using ProgressFn = std::function<bool(int done, int total)>;

// The table's CSV: header from CsvHeaderRole, cells from CsvRole (DisplayRole where a model has none).
QByteArray csvBytes(const QAbstractItemModel& model);
Result<void> writeCsv(const QAbstractItemModel& model, const QString& path);

// Every figure's table for `figures`: the throughput per day always (and per hour for one day, per
// auditor when loaded), deadline risk, promise kept, auditors, reasons, reasons per day, core agreement.
std::vector<std::unique_ptr<FigureTableModel>>
makeModels(const Figures& figures, std::function<QString(const QString&)> checkLabel = {});

// One CSV per table into `dir` (made if missing); the file names written, in order. Cancelled:
// "report.cancelled" and no file of this export left behind.
Result<QStringList> writeAllCsv(const std::vector<FigureTableModel*>& models, const QString& dir,
                                const ProgressFn& progress = {});

} // namespace certphoto::report

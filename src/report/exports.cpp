#include <certphoto/report/exports.h>

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace certphoto::report {

namespace {

QByteArray csvField(const QString& text) {
    QByteArray f = text.toUtf8();
    if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r')) {
        f.replace("\"", "\"\"");
        f = '"' + f + '"';
    }
    return f;
}

} // namespace

QByteArray csvBytes(const QAbstractItemModel& model) {
    QByteArray out("\xEF\xBB\xBF");
    const int cols = model.columnCount();
    for (int c = 0; c < cols; ++c) {
        if (c)
            out += ',';
        QVariant h = model.headerData(c, Qt::Horizontal, FigureTableModel::CsvHeaderRole);
        if (!h.isValid())
            h = model.headerData(c, Qt::Horizontal, Qt::DisplayRole);
        out += csvField(h.toString());
    }
    out += "\r\n";
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < cols; ++c) {
            if (c)
                out += ',';
            const QModelIndex i = model.index(r, c);
            QVariant v = model.data(i, FigureTableModel::CsvRole);
            if (!v.isValid())
                v = model.data(i, Qt::DisplayRole);
            out += csvField(v.toString());
        }
        out += "\r\n";
    }
    return out;
}

Result<void> writeCsv(const QAbstractItemModel& model, const QString& path) {
    QSaveFile file(path);
    const QByteArray bytes = csvBytes(model);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError("report.write",
                         QCoreApplication::translate("certphoto::report::Exports", "Could not write %1.")
                             .arg(path)
                             .toStdString());
    return {};
}

std::vector<std::unique_ptr<FigureTableModel>> makeModels(const Figures& f,
                                                          std::function<QString(const QString&)> checkLabel) {
    std::vector<std::unique_ptr<FigureTableModel>> models;
    auto daily = std::make_unique<ThroughputModel>();
    daily->setBuckets(f.range, false, false, f.throughput);
    models.push_back(std::move(daily));
    if (f.hourly) {
        auto hourly = std::make_unique<ThroughputModel>();
        hourly->setBuckets(f.range, true, false, f.throughput);
        models.push_back(std::move(hourly));
    }
    if (f.throughputByAuditor) {
        auto split = std::make_unique<ThroughputModel>();
        split->setBuckets(f.range, false, true, *f.throughputByAuditor);
        models.push_back(std::move(split));
    }
    auto risk = std::make_unique<DeadlineRiskModel>();
    risk->setRisk(f.risk);
    models.push_back(std::move(risk));
    auto promise = std::make_unique<PromiseModel>();
    promise->setDays(f.range, f.promise);
    models.push_back(std::move(promise));
    auto auditors = std::make_unique<AuditorsModel>();
    auditors->setAuditors(f.auditors);
    models.push_back(std::move(auditors));
    auto reasons = std::make_unique<ReasonsModel>();
    reasons->setReasons(f.reasons);
    models.push_back(std::move(reasons));
    auto shares = std::make_unique<ReasonSharesModel>();
    shares->setDays(f.range, f.reasonsPerDay, f.reasons);
    models.push_back(std::move(shares));
    auto agreement = std::make_unique<AgreementModel>();
    agreement->setCheckLabeler(std::move(checkLabel));
    agreement->setChecks(f.agreement);
    models.push_back(std::move(agreement));
    return models;
}

Result<QStringList> writeAllCsv(const std::vector<FigureTableModel*>& models, const QString& dir,
                                const ProgressFn& progress) {
    if (!QDir().mkpath(dir))
        return makeError("report.write", QCoreApplication::translate("certphoto::report::Exports",
                                                                     "Could not make the folder %1.")
                                             .arg(dir)
                                             .toStdString());
    QStringList written;
    auto undo = [&] {
        for (const QString& name : written)
            QFile::remove(QDir(dir).filePath(name));
    };
    const int total = int(models.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            undo();
            return makeError("report.cancelled", "the export was cancelled");
        }
        const QString name = models[size_t(i)]->csvFileName();
        auto ok = writeCsv(*models[size_t(i)], QDir(dir).filePath(name));
        if (!ok) {
            undo();
            return ok.error();
        }
        written << name;
    }
    if (progress)
        progress(total, total);
    return written;
}

} // namespace certphoto::report

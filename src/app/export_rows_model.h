#pragma once
// The export preview's rows (the first ones of what would go out) as a table: file name, name, ID number,
// exam number, school, level, approval time, size, problem.

#include <certphoto/store/export_batches.h>

#include <QAbstractTableModel>

#include <vector>

namespace certphoto::app {

class ExportRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        FileName,
        Name,
        IdNumber,
        ExamNumber,
        School,
        Level,
        ApprovedAt,
        Size,
        Problem,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<store::ExportRow> rows);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "name.clash" -> "same file name", as the person reads it.
    static QString problemText(const QString& code);

private:
    std::vector<store::ExportRow> rows_;
};

} // namespace certphoto::app

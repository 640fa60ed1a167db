#pragma once
// The numbers behind a chart as a table: the base of every figure's model. Rows hold raw values; the model
// formats them for people (DisplayRole, in the current locale) and for CSV (CsvRole: ISO dates, '.' as the
// decimal point, stable column names in CsvHeaderRole).

#include <QAbstractTableModel>
#include <QColor>
#include <QString>
#include <QVariant>
#include <vector>

namespace certphoto::report {

class FigureTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Text, Integer, Percent, Seconds, Hours, Date, Hour };
    enum Role { RawRole = Qt::UserRole + 1, CsvRole, CsvHeaderRole };
    struct Column {
        QString title;   // for people, translated
        QString csvName; // for files: stable, lower case
        Kind kind = Kind::Text;
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // False when the figure has nothing to show (its chart says so in a sentence).
    virtual bool hasData() const { return !rows_.empty(); }
    // The CSV file this table is written to, e.g. "throughput_daily.csv".
    virtual QString csvFileName() const = 0;
    const std::vector<Column>& columns() const { return columns_; }

    // One value formatted as DisplayRole would, for hover texts.
    static QString format(const QVariant& value, Kind kind);
    static QString formatCsv(const QVariant& value, Kind kind);

protected:
    void reset(std::vector<Column> columns, std::vector<std::vector<QVariant>> rows);
    // A colour for a cell (the overdue column in red), or invalid.
    virtual QColor foreground(int row, int column) const;
    // Bold cells (a totals row).
    virtual bool bold(int row, int column) const;
    const std::vector<std::vector<QVariant>>& rows() const { return rows_; }

private:
    std::vector<Column> columns_;
    std::vector<std::vector<QVariant>> rows_;
};

} // namespace certphoto::report

#include <certphoto/report/figure_table_model.h>

#include <QDate>
#include <QFont>
#include <QLocale>

namespace certphoto::report {

int FigureTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int FigureTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(columns_.size());
}

QString FigureTableModel::format(const QVariant& value, Kind kind) {
    if (!value.isValid() || value.isNull())
        return QStringLiteral("—");
    const QLocale locale;
    switch (kind) {
    case Kind::Text:
        return value.toString();
    case Kind::Integer:
        return locale.toString(value.toLongLong());
    case Kind::Percent:
        return tr("%1 %").arg(locale.toString(value.toDouble() * 100.0, 'f', 1));
    case Kind::Seconds:
        return tr("%1 s").arg(locale.toString(value.toDouble(), 'f', 0));
    case Kind::Hours:
        return tr("%1 h").arg(locale.toString(value.toDouble(), 'f', 1));
    case Kind::Date:
        return value.toDate().toString(Qt::ISODate);
    case Kind::Hour: {
        const int h = value.toInt();
        return QStringLiteral("%1:00–%2:00").arg(h, 2, 10, QChar(u'0')).arg(h + 1, 2, 10, QChar(u'0'));
    }
    }
    return value.toString();
}

QString FigureTableModel::formatCsv(const QVariant& value, Kind kind) {
    if (!value.isValid() || value.isNull())
        return {};
    switch (kind) {
    case Kind::Text:
        return value.toString();
    case Kind::Integer:
    case Kind::Hour:
        return QString::number(value.toLongLong());
    case Kind::Percent:
        return QString::number(value.toDouble() * 100.0, 'f', 2);
    case Kind::Seconds:
        return QString::number(value.toDouble(), 'f', 1);
    case Kind::Hours:
        return QString::number(value.toDouble(), 'f', 2);
    case Kind::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString();
}

QVariant FigureTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant& v = rows_[size_t(index.row())][size_t(index.column())];
    const Kind kind = columns_[size_t(index.column())].kind;
    switch (role) {
    case Qt::DisplayRole:
        return format(v, kind);
    case RawRole:
        return v;
    case CsvRole:
        return formatCsv(v, kind);
    case Qt::TextAlignmentRole:
        return kind == Kind::Text ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                  : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ForegroundRole: {
        const QColor c = foreground(index.row(), index.column());
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::FontRole:
        if (bold(index.row(), index.column())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= int(columns_.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columns_[size_t(section)].title;
    if (role == CsvHeaderRole)
        return columns_[size_t(section)].csvName;
    return {};
}

void FigureTableModel::reset(std::vector<Column> columns, std::vector<std::vector<QVariant>> rows) {
    beginResetModel();
    columns_ = std::move(columns);
    rows_ = std::move(rows);
    for (auto& r : rows_)
        r.resize(columns_.size());
    endResetModel();
}

QColor FigureTableModel::foreground(int, int) const {
    return {};
}

bool FigureTableModel::bold(int, int) const {
    return false;
}

} // namespace certphoto::report

#include "export_rows_model.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QTimeZone>

namespace certphoto::app {

void ExportRowsModel::setRows(std::vector<store::ExportRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

int ExportRowsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int ExportRowsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExportRowsModel::problemText(const QString& code) {
    if (code == QLatin1String("name.missing"))
        return tr("number missing for the file name");
    if (code == QLatin1String("name.unsafe"))
        return tr("number cannot be a file name");
    if (code == QLatin1String("name.clash"))
        return tr("same file name as another photo");
    return code;
}

QVariant ExportRowsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size()))
        return {};
    const store::ExportRow& r = rows_[std::size_t(index.row())];
    if (role == Qt::ForegroundRole && !r.problem.isEmpty())
        return QBrush(QColor(0xB0, 0x20, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FileName:
        return r.fileName;
    case Name:
        return r.applicantName;
    case IdNumber:
        return r.idNumber;
    case ExamNumber:
        return r.examNumber;
    case School:
        return r.school;
    case Level:
        return r.level;
    case ApprovedAt:
        return r.approvedAt.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Size:
        return QLocale().formattedDataSize(r.photoBytes, 0);
    case Problem:
        return problemText(r.problem);
    default:
        return {};
    }
}

QVariant ExportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileName:
        return tr("File");
    case Name:
        return tr("Name");
    case IdNumber:
        return tr("ID number");
    case ExamNumber:
        return tr("Exam number");
    case School:
        return tr("School");
    case Level:
        return tr("Level");
    case ApprovedAt:
        return tr("Approved");
    case Size:
        return tr("Size");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace certphoto::app

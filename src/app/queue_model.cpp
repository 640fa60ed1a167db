#include "queue_model.h"

#include "date_format.h"

#include "time_left.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace certphoto::app {

QString verdictText(const QString& verdict) {
    if (verdict == u"pass")
        return QueueModel::tr("pass");
    if (verdict == u"review")
        return QueueModel::tr("review");
    if (verdict == u"fail")
        return QueueModel::tr("fail");
    return verdict.isEmpty() ? QueueModel::tr("no report") : verdict;
}

QueueModel::QueueModel(QObject* parent)
    : QAbstractTableModel(parent), clock_([] { return QDateTime::currentDateTimeUtc(); }) {}

int QueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(entries_.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::QueueEntry& e = entries_[size_t(index.row())];
    const QDateTime now = clock_();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Applicant:
            return e.attempt > 1 ? tr("%1 (attempt %2)").arg(e.applicantName).arg(e.attempt)
                                 : e.applicantName;
        case ExamNumber:
            return e.examNumber;
        case School:
            return e.school;
        case Arrived:
            return formatDateTimeShort(e.arrivedAt, now);
        case TimeLeft:
            return timeLeftText(e.deadline, now);
        case Verdict:
            return verdictText(e.coreVerdict);
        case ClaimedBy:
            return e.claimedBy;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == TimeLeft && urgency(e.deadline, now) != Urgency::Normal)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Verdict && e.coreVerdict == u"fail")
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Verdict && e.coreVerdict == u"review")
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        return {};
    case Qt::BackgroundRole:
        if (urgency(e.deadline, now) == Urgency::Overdue)
            return QBrush(QColor(0xfd, 0xe0, 0xe0));
        return {};
    case Qt::FontRole:
        if (index.column() == TimeLeft && urgency(e.deadline, now) == Urgency::Overdue) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeLeft)
            return tr("Deadline %1").arg(formatDateTime(e.deadline));
        if (index.column() == Arrived)
            return formatDateTime(e.arrivedAt);
        if (index.column() == School || index.column() == ClaimedBy)
            return index.data(Qt::DisplayRole);
        return {};
    case SubmissionIdRole:
        return e.submissionId;
    case DeadlineRole:
        return e.deadline;
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Applicant:
        return tr("Applicant");
    case ExamNumber:
        return tr("Exam number");
    case School:
        return tr("School");
    case Arrived:
        return tr("Arrived");
    case TimeLeft:
        return tr("Time left");
    case Verdict:
        return tr("Core verdict");
    case ClaimedBy:
        return tr("Claimed by");
    default:
        return {};
    }
}

void QueueModel::setEntries(std::vector<store::QueueEntry> entries) {
    beginResetModel();
    entries_ = std::move(entries);
    endResetModel();
}

int QueueModel::rowOf(qint64 submissionId) const {
    for (size_t i = 0; i < entries_.size(); ++i)
        if (entries_[i].submissionId == submissionId)
            return int(i);
    return -1;
}

void QueueModel::setClock(std::function<QDateTime()> clock) {
    beginResetModel();
    clock_ = std::move(clock);
    endResetModel();
}

void QueueModel::tick() {
    if (!entries_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ForegroundRole, Qt::BackgroundRole, Qt::FontRole});
}

} // namespace certphoto::app

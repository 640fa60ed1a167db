#include "outbox_model.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace certphoto::app {

namespace {

QString timeText(const QDateTime& t) {
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

OutboxModel::OutboxModel(QObject* parent)
    : QAbstractTableModel(parent), clock_([] { return QDateTime::currentDateTimeUtc(); }) {}

int OutboxModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(entries_.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void OutboxModel::setClock(std::function<QDateTime()> clock) {
    clock_ = std::move(clock);
}

void OutboxModel::setEntries(std::vector<store::OutboxEntry> entries) {
    beginResetModel();
    entries_ = std::move(entries);
    endResetModel();
}

QString OutboxModel::stateText(const store::OutboxEntry& e) const {
    if (e.status == QLatin1String("sent"))
        return tr("sent");
    if (e.status == QLatin1String("failed"))
        return tr("failed");
    const QDateTime now = clock_();
    if (e.sending)
        return tr("sending");
    if (e.sendAfter.isValid() && e.sendAfter > now)
        return tr("waiting");
    if (e.nextAttemptAt.isValid() && e.nextAttemptAt > now)
        return tr("retry later");
    return tr("due");
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const store::OutboxEntry& e = entries_[size_t(index.row())];
    if (role == OutboxIdRole)
        return e.outboxId;
    if (role == StatusRole)
        return e.status;
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (e.status == QLatin1String("failed"))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (e.status == QLatin1String("sent"))
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Text || index.column() == Answer)
            return index.column() == Text ? e.text : e.lastAnswer;
        if (index.column() == When && e.sendAfter.isValid())
            return tr("May be sent from %1").arg(timeText(e.sendAfter));
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Attempts))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Id:
        return e.outboxId;
    case State:
        return stateText(e);
    case Recipient:
        return e.maskedRecipient;
    case Attempts:
        return e.attempts;
    case Created:
        return timeText(e.createdAt);
    case When:
        if (e.status == QLatin1String("sent"))
            return tr("sent %1").arg(timeText(e.sentAt));
        if (e.status == QLatin1String("failed"))
            return tr("failed %1").arg(timeText(e.failedAt));
        if (e.nextAttemptAt.isValid() && e.nextAttemptAt > clock_())
            return tr("next try %1").arg(timeText(e.nextAttemptAt));
        if (e.sendAfter.isValid() && e.sendAfter > clock_())
            return tr("from %1").arg(timeText(e.sendAfter));
        return QString();
    case Answer:
        return e.lastAnswer;
    case Text:
        return e.parts > 1 ? tr("(%1 parts) %2").arg(e.parts).arg(e.text) : e.text;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("No.");
    case State:
        return tr("State");
    case Recipient:
        return tr("Recipient");
    case Attempts:
        return tr("Attempts");
    case Created:
        return tr("Written");
    case When:
        return tr("Sent / failed / next");
    case Answer:
        return tr("Gateway's answer");
    case Text:
        return tr("Text");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace certphoto::app

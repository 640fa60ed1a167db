#pragma once
// The SMS outbox as a table for the admin's outbox view: id, state, recipient (masked by the server),
// attempts, when it was made, when it went out / failed / is tried next, the gateway's answer, the text.
// Rows are replaced wholesale by each refresh (fetched off the GUI thread).

#include <certphoto/store/outbox.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <functional>
#include <vector>

namespace certphoto::app {

class OutboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, State, Recipient, Attempts, Created, When, Answer, Text, ColumnCount };
    static constexpr int OutboxIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2; // pending, sent, failed

    explicit OutboxModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(std::vector<store::OutboxEntry> entries);
    const std::vector<store::OutboxEntry>& entries() const { return entries_; }
    // The clock the state column compares send_after and the next attempt with (tests pin it).
    void setClock(std::function<QDateTime()> clock);

private:
    QString stateText(const store::OutboxEntry& e) const;
    std::vector<store::OutboxEntry> entries_;
    std::function<QDateTime()> clock_;
};

} // namespace certphoto::app

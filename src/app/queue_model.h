#pragma once
// The review queue as a table: applicant, exam number, school, arrival, time left, core verdict, claimed
// by. Rows are replaced wholesale by each periodic refresh (fetched off the GUI thread).

#include <certphoto/store/types.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <functional>
#include <vector>

namespace certphoto::app {

class QueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Time left and the core's verdict come first: they decide what to look at.
    enum Column { Applicant, TimeLeft, Verdict, ExamNumber, School, Arrived, ClaimedBy, ColumnCount };
    static constexpr int SubmissionIdRole = Qt::UserRole + 1;
    static constexpr int DeadlineRole = Qt::UserRole + 2;

    explicit QueueModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(std::vector<store::QueueEntry> entries);
    const std::vector<store::QueueEntry>& entries() const { return entries_; }
    int rowOf(qint64 submissionId) const;
    // The clock the time-left column counts against (tests pin it).
    void setClock(std::function<QDateTime()> clock);
    // Repaints the time-left column (called by a timer).
    void tick();

private:
    std::vector<store::QueueEntry> entries_;
    std::function<QDateTime()> clock_;
};

// "pass"/"review"/"fail" as people read it.
QString verdictText(const QString& verdict);

} // namespace certphoto::app

#pragma once
// Every pending submission as a table, lazily: the row count is the store's count of matching submissions
// (a million is fine), rows are fetched in pages by keyset when the view asks for them — after the page
// above, before the page below, or (a scroll-bar jump) at an offset — and only the pages last looked at are
// kept. A refresh (live event, periodic safety net, filter change) re-reads the pages the view shows by
// keyset, then the counts, changing the row count at the end only, so the view does not jump to the top.

#include "queue_source.h"

#include <certphoto/store/queue_events.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <functional>
#include <map>
#include <memory>
#include <set>

namespace certphoto::app {

class QueuePageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Applicant, TimeLeft, Verdict, School, Arrived, ClaimedBy, ExamNumber, Level, ColumnCount };
    static constexpr int SubmissionIdRole = Qt::UserRole + 1;
    static constexpr int DeadlineRole = Qt::UserRole + 2;
    static constexpr int LoadedRole = Qt::UserRole + 3; // false while the row's page is on its way

    explicit QueuePageModel(std::unique_ptr<QueueSource> source, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const store::QueueFilter& filter);
    const store::QueueFilter& filter() const { return filter_; }
    // Re-reads the counts and the pages in view; keeps what is shown until the new pages arrive.
    void refresh();
    // A live event: a claim or release changes one row in place; anything else refreshes soon (coalesced).
    void applyEvent(const store::QueueEvent& event);
    const store::QueueCounts& counts() const { return counts_; }
    // The row's entry when its page is loaded.
    const store::QueueRow* rowAt(int row) const;
    int rowOf(qint64 submissionId) const; // among the loaded pages, else -1
    // Loaded rows and requests in flight (tests, benchmark).
    qint64 loadedRows() const;
    int pendingRequests() const { return int(inFlight_.size()); }
    void setClock(std::function<QDateTime()> clock) { clock_ = std::move(clock); }
    void setPageSize(int rows) { pageSize_ = rows; }
    void setMaxPages(int pages) { maxPages_ = pages; }
    // Repaints the time-left column (called by a timer).
    void tick();

signals:
    void countsChanged(const certphoto::store::QueueCounts& counts);
    void failed(const QString& errorCode);
    void pageLoaded(qint64 page);

private:
    struct Page {
        std::vector<store::QueueRow> rows;
        quint64 used = 0;   // last access, for dropping the oldest
        int generation = 0; // the refresh it was read in
    };
    void request(qint64 page) const;
    void requestFrom(qint64 page); // by keyset from the page's own first row, as it was
    void countsWhenPagesIn();      // a refresh asks for the counts once the pages in view are in
    void arrived(qint64 page, int generation, Result<store::QueuePage> result);
    void setCounts(const store::QueueCounts& counts);
    void dropOldPages();

    std::unique_ptr<QueueSource> source_;
    store::QueueFilter filter_;
    store::QueueCounts counts_;
    qint64 rows_ = 0;
    int pageSize_ = 200;
    int maxPages_ = 30;
    int generation_ = 0;
    mutable std::map<qint64, Page> pages_;
    mutable std::map<qint64, int> inFlight_; // page -> generation asked for
    mutable quint64 useClock_ = 0;
    std::set<qint64> chained_; // pages of a refreshed run waiting for the page above
    bool countsAfterPages_ = false;
    QTimer soon_;
    QElapsedTimer sinceRefresh_;
    std::function<QDateTime()> clock_;
};

} // namespace certphoto::app

#include "queue_page_model.h"

#include "date_format.h"
#include "time_left.h"
#include "verdict_text.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace certphoto::app {

QueuePageModel::QueuePageModel(std::unique_ptr<QueueSource> source, QObject* parent)
    : QAbstractTableModel(parent), source_(std::move(source)),
      clock_([] { return QDateTime::currentDateTimeUtc(); }) {
    // Events come in bursts (an import, a colleague's decisions): one refresh per burst.
    soon_.setSingleShot(true);
    soon_.setInterval(250);
    connect(&soon_, &QTimer::timeout, this, &QueuePageModel::refresh);
}

int QueuePageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(std::min<qint64>(rows_, std::numeric_limits<int>::max()));
}

int QueuePageModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const store::QueueRow* QueuePageModel::rowAt(int row) const {
    if (row < 0 || row >= rows_)
        return nullptr;
    const auto it = pages_.find(row / pageSize_);
    if (it == pages_.end())
        return nullptr;
    const size_t at = size_t(row - it->first * pageSize_);
    return at < it->second.rows.size() ? &it->second.rows[at] : nullptr;
}

int QueuePageModel::rowOf(qint64 submissionId) const {
    for (const auto& [page, p] : pages_)
        for (size_t i = 0; i < p.rows.size(); ++i)
            if (p.rows[i].entry.submissionId == submissionId)
                return int(page * pageSize_ + qint64(i));
    return -1;
}

qint64 QueuePageModel::loadedRows() const {
    qint64 n = 0;
    for (const auto& [page, p] : pages_)
        n += qint64(p.rows.size());
    return n;
}

QVariant QueuePageModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 page = index.row() / pageSize_;
    const auto it = pages_.find(page);
    const store::QueueRow* r = rowAt(index.row());
    if (it != pages_.end()) {
        it->second.used = ++useClock_;
        if (it->second.generation != generation_)
            request(page); // shown as it was until the fresh page arrives
    } else {
        request(page);
    }
    if (!r) {
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == Applicant)
            return tr("Loading…");
        return {};
    }
    const store::QueueEntry& e = r->entry;
    const QDateTime now = clock_();
    const bool overdue = e.deadline <= now || r->urgency == store::Urgency::Overdue;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Applicant:
            return e.attempt > 1 ? tr("%1 (attempt %2)").arg(e.applicantName).arg(e.attempt)
                                 : e.applicantName;
        case TimeLeft:
            return timeLeftShort(e.deadline, now);
        case Verdict:
            return verdictText(e.coreVerdict);
        case School:
            return e.school;
        case Arrived:
            return formatDateTimeShort(e.arrivedAt, now);
        case ClaimedBy:
            return e.claimedBy;
        case ExamNumber:
            return e.examNumber;
        case Level:
            return r->level;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == TimeLeft && (overdue || r->urgency == store::Urgency::Soon ||
                                           urgency(e.deadline, now) != app::Urgency::Normal))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Verdict && e.coreVerdict == u"fail")
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Verdict && e.coreVerdict == u"review")
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (index.column() == ClaimedBy)
            return QBrush(QColor(0x15, 0x65, 0xc0));
        return {};
    case Qt::BackgroundRole:
        if (overdue)
            return QBrush(QColor(0xfd, 0xe0, 0xe0));
        if (r->urgency == store::Urgency::Soon)
            return QBrush(QColor(0xff, 0xf3, 0xe0));
        if (!e.claimedBy.isEmpty())
            return QBrush(QColor(0xe8, 0xf0, 0xfe));
        return {};
    case Qt::FontRole:
        if (index.column() == TimeLeft && overdue) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeLeft:
            return tr("Deadline %1").arg(formatDateTime(e.deadline)) + u'\n' + timeLeftText(e.deadline, now);
        case Arrived:
            return formatDateTime(e.arrivedAt);
        case School:
        case Applicant:
            return index.data(Qt::DisplayRole);
        case ClaimedBy:
            return e.claimedBy.isEmpty() ? QVariant() : tr("Being reviewed by %1").arg(e.claimedBy);
        default:
            return {};
        }
    case SubmissionIdRole:
        return e.submissionId;
    case DeadlineRole:
        return e.deadline;
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant QueuePageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Applicant:
        return tr("Applicant");
    case TimeLeft:
        return tr("Time left");
    case Verdict:
        return tr("Core verdict");
    case School:
        return tr("School");
    case Arrived:
        return tr("Arrived");
    case ClaimedBy:
        return tr("Claimed by");
    case ExamNumber:
        return tr("Exam number");
    case Level:
        return tr("Level");
    default:
        return {};
    }
}

void QueuePageModel::setFilter(const store::QueueFilter& filter) {
    filter_ = filter;
    // Another set of rows: start from the top.
    beginResetModel();
    pages_.clear();
    inFlight_.clear();
    rows_ = 0;
    ++generation_;
    endResetModel();
    refresh();
}

void QueuePageModel::refresh() {
    soon_.stop();
    sinceRefresh_.start();
    const int generation = ++generation_;
    chained_.clear();
    // Keep the few pages looked at last (the view's); the rest would be stale anyway.
    std::vector<std::pair<quint64, qint64>> byUse;
    for (const auto& [page, p] : pages_)
        byUse.emplace_back(p.used, page);
    std::sort(byUse.rbegin(), byUse.rend());
    for (size_t i = 4; i < byUse.size(); ++i)
        pages_.erase(byUse[i].second);
    // The pages in view first, by keyset: each run of adjacent pages from its first row as it was, the
    // rest of the run after the page above once that is in (by position each would walk every row above
    // it: seconds at row 500,000). Then the counts: the person sees the change before the totals.
    std::vector<qint64> runStarts;
    for (const auto& [page, p] : pages_) {
        if (pages_.count(page - 1)) {
            chained_.insert(page);
            inFlight_[page] = generation;
        } else {
            runStarts.push_back(page);
        }
    }
    for (qint64 page : runStarts)
        requestFrom(page);
    countsAfterPages_ = true;
    countsWhenPagesIn();
}

void QueuePageModel::countsWhenPagesIn() {
    if (!countsAfterPages_)
        return;
    const int generation = generation_;
    for (const auto& [page, asked] : inFlight_)
        if (asked == generation)
            return;
    countsAfterPages_ = false;
    source_->counts(filter_, [this, generation](Result<store::QueueCounts> result) {
        if (generation != generation_)
            return;
        if (!result) {
            emit failed(QString::fromStdString(result.error().code));
            return;
        }
        setCounts(*result);
        for (auto it = pages_.begin(); it != pages_.end();)
            it = it->first * pageSize_ >= rows_ ? pages_.erase(it) : std::next(it);
        if (rows_ > 0 && pages_.empty() && inFlight_.empty())
            request(0);
    });
}

void QueuePageModel::requestFrom(qint64 page) {
    const auto it = pages_.find(page);
    if (page == 0 || it == pages_.end() || it->second.rows.empty()) {
        request(page);
        return;
    }
    // (deadline, id - 1) comes just before (deadline, id): ids are whole numbers, so "after" it is "from".
    const store::QueueKey first = it->second.rows.front().key();
    const int generation = generation_;
    inFlight_[page] = generation;
    source_->pageAfter(
        filter_, store::QueueKey{first.deadline, first.submissionId - 1, first.exactDeadline}, pageSize_,
        [this, page, generation](Result<store::QueuePage> r) { arrived(page, generation, std::move(r)); });
}

void QueuePageModel::setCounts(const store::QueueCounts& counts) {
    counts_ = counts;
    const qint64 n = counts.matching;
    // Rows come and go at the end: the rows in view keep their place (no jump to the top).
    if (n > rows_) {
        beginInsertRows({}, int(rows_), int(n - 1));
        rows_ = n;
        endInsertRows();
    } else if (n < rows_) {
        beginRemoveRows({}, int(n), int(rows_ - 1));
        rows_ = n;
        endRemoveRows();
    }
    emit countsChanged(counts_);
}

namespace {
constexpr qint64 kMostRows = 1000; // the store's largest page (queue.bad_limit above it)
} // namespace

void QueuePageModel::request(qint64 page) const {
    if (page < 0 || page * pageSize_ >= rows_)
        return;
    const auto it = inFlight_.find(page);
    if (it != inFlight_.end() && it->second == generation_)
        return;
    if (const auto p = pages_.find(page); p != pages_.end() && p->second.generation == generation_)
        return;
    inFlight_[page] = generation_;
    // Never from inside data() (a painting view): the next turn of the event loop asks the source.
    auto* self = const_cast<QueuePageModel*>(this);
    QMetaObject::invokeMethod(
        self,
        [self, page, generation = generation_] {
            if (generation != self->generation_) {
                self->inFlight_.erase(page);
                return;
            }
            const int limit = int(std::min<qint64>(self->pageSize_, self->rows_ - page * self->pageSize_));
            if (limit <= 0) {
                self->inFlight_.erase(page);
                self->countsWhenPagesIn();
                return;
            }
            auto done = [self, page, generation](Result<store::QueuePage> r) {
                self->arrived(page, generation, std::move(r));
            };
            const auto fresh = [&](qint64 p) -> const Page* {
                const auto f = self->pages_.find(p);
                return f != self->pages_.end() && f->second.generation == generation &&
                               !f->second.rows.empty()
                           ? &f->second
                           : nullptr;
            };
            if (page == 0)
                self->source_->pageAfter(self->filter_, std::nullopt, limit, done);
            else if (const Page* above = fresh(page - 1); above && int(above->rows.size()) == self->pageSize_)
                self->source_->pageAfter(self->filter_, above->rows.back().key(), limit, done);
            else if (const Page* below = fresh(page + 1))
                self->source_->pageBefore(self->filter_, below->rows.front().key(), limit, done);
            else if (const qint64 toEnd = self->rows_ - page * self->pageSize_; toEnd <= kMostRows)
                // Near the end (the view at the bottom spans the last two pages): the rows from here to
                // the end by keyset, this page's share kept; by position it would walk a million rows.
                self->source_->pageBefore(self->filter_, std::nullopt, int(toEnd),
                                          [done, limit](Result<store::QueuePage> r) {
                                              if (r && int(r->rows.size()) > limit)
                                                  r->rows.erase(r->rows.begin() + limit, r->rows.end());
                                              done(std::move(r));
                                          });
            else
                self->source_->pageAt(self->filter_, page * self->pageSize_, limit, done);
        },
        Qt::QueuedConnection);
}

void QueuePageModel::arrived(qint64 page, int generation, Result<store::QueuePage> result) {
    if (const auto it = inFlight_.find(page); it != inFlight_.end() && it->second == generation)
        inFlight_.erase(it);
    if (generation != generation_)
        return;
    if (!result) {
        emit failed(QString::fromStdString(result.error().code));
        for (qint64 next = page + 1; chained_.erase(next); ++next)
            inFlight_.erase(next);
        countsWhenPagesIn();
        return;
    }
    Page& p = pages_[page];
    p.rows = std::move(result->rows);
    p.generation = generation;
    p.used = ++useClock_;
    const bool full = int(p.rows.size()) == pageSize_;
    // The next page of a refreshed run follows this one by keyset (or, past the end, is gone).
    for (qint64 next = page + 1; chained_.count(next); ++next) {
        chained_.erase(next);
        inFlight_.erase(next);
        if (full) {
            request(next);
            break;
        }
        pages_.erase(next);
    }
    const qint64 first = page * pageSize_;
    const qint64 last = std::min(rows_, first + pageSize_) - 1;
    if (last >= first)
        emit dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
    dropOldPages();
    emit pageLoaded(page);
    countsWhenPagesIn();
}

void QueuePageModel::dropOldPages() {
    while (int(pages_.size()) > maxPages_) {
        auto oldest = std::min_element(pages_.begin(), pages_.end(), [](const auto& a, const auto& b) {
            return a.second.used < b.second.used;
        });
        pages_.erase(oldest);
    }
}

void QueuePageModel::applyEvent(const store::QueueEvent& event) {
    using Kind = store::QueueEvent::Kind;
    if (event.kind == Kind::Claimed || event.kind == Kind::Released) {
        const int row = rowOf(event.submissionId);
        if (row >= 0) {
            auto& p = pages_[row / pageSize_];
            store::QueueRow& r = p.rows[size_t(row - (row / pageSize_) * pageSize_)];
            r.entry.claimedBy = event.kind == Kind::Claimed ? event.holder : QString();
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    // The first event of a burst refreshes at once; the rest of the burst (an import, a colleague's
    // decisions) waits for one refresh at its end.
    if (!sinceRefresh_.isValid() || sinceRefresh_.elapsed() >= soon_.interval())
        refresh();
    else if (!soon_.isActive())
        soon_.start();
}

void QueuePageModel::tick() {
    for (const auto& [page, p] : pages_) {
        if (p.rows.empty())
            continue;
        const int first = int(page * pageSize_), last = first + int(p.rows.size()) - 1;
        emit dataChanged(index(first, TimeLeft), index(last, TimeLeft),
                         {Qt::DisplayRole, Qt::ForegroundRole, Qt::BackgroundRole, Qt::FontRole});
    }
}

} // namespace certphoto::app

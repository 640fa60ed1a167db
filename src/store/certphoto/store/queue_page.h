#pragma once
// The queue as pages by keyset (schema 12), for a lazy model over every pending submission (a million):
// each page is found through the index on (deadline, submission id), never by reading what lies before it
// (except queuePageAt, for a scroll-bar jump). Rows come masked for the role, like listQueue.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace certphoto::store {

// Every field empty/false: the whole pending queue.
struct QueueFilter {
    QString school;      // exact school name
    QString level;       // exact level (applicant's "level" column)
    QString coreVerdict; // "pass", "review", "fail", or "none" (no report yet)
    QString reasonCode;  // the core's report names this reason code for a failing or warning check
    bool overdueOnly = false;
};

// A position in the queue: rows are ordered by (deadline, submissionId).
struct QueueKey {
    QDateTime deadline; // UTC
    qint64 submissionId = 0;
    // The server's deadline to the microsecond ("2026-12-04T08:00:00.123456Z") when the key comes from a
    // row: QDateTime holds milliseconds, and a key a few microseconds early repeats that row on the next
    // page. Empty for a key made by hand (then `deadline` is used).
    QString exactDeadline;
};

enum class Urgency {
    Overdue, // the deadline has passed
    Soon,    // less than a quarter of the promised time (deadline - arrival) is left
    Normal
};

struct QueueRow {
    QueueEntry entry; // submission, applicant (masked), school, arrival, deadline, attempt, verdict,
                      // claimedBy (login of a live lease's holder, else empty)
    QString level;
    QDateTime leaseExpiresAt; // UTC; null when nobody holds it
    Urgency urgency = Urgency::Normal;
    QStringList coreReasons; // reason codes of the core's failing/warning checks
    QString exactDeadline;   // see QueueKey
    QueueKey key() const { return {entry.deadline, entry.submissionId, exactDeadline}; }
};

struct QueuePage {
    std::vector<QueueRow> rows; // always in queue order, also for queuePageBefore
    bool atStart = false;       // nothing matches before the first row
    bool atEnd = false;         // nothing matches after the last row
    QDateTime serverNow;        // the server's clock when the page was read (urgency was judged against it)
};

struct QueueCounts {
    qint64 pending = 0;         // every pending submission (no filter)
    qint64 overdue = 0;         // of those, past their deadline
    qint64 matching = 0;        // pending ones the filter admits (the model's row count)
    qint64 matchingOverdue = 0; // of those, past their deadline
    qint64 heldByMe = 0;        // live leases of the caller
    QDateTime serverNow;
};

// limit: 1..1000 (else "queue.bad_limit"); an unknown verdict in the filter: "queue.bad_filter".
// The first page (after = nullopt) or the rows after `after`.
Result<QueuePage> queuePageAfter(Connection& c, const QueueFilter& filter,
                                 const std::optional<QueueKey>& after, int limit);
// The rows before `before` (nullopt: the last page of the queue), returned in queue order.
Result<QueuePage> queuePageBefore(Connection& c, const QueueFilter& filter,
                                  const std::optional<QueueKey>& before, int limit);
// The page starting at a 0-based position; costs reading `offset` index entries on the server (2.5 s for
// row 500,000 of a million, docs/queue-benchmark.md). For a scroll-bar jump estimate the deadline at that
// fraction and call queuePageAfter(filter, QueueKey{deadline, 0}, n) instead: a keyset lookup, milliseconds.
Result<QueuePage> queuePageAt(Connection& c, const QueueFilter& filter, qint64 offset, int limit);
// The counts of the status bar and the model's row count, in one call.
Result<QueueCounts> queueCounts(Connection& c, const QueueFilter& filter);

} // namespace certphoto::store

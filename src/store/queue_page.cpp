#include <certphoto/store/queue_page.h>

#include "detail/sql.h"

#include <QVariant>

namespace certphoto::store {

namespace {

// NULL for an empty filter field, so the server leaves the condition out.
QVariant textOrNull(const QString& s) {
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariantList filterValues(const QueueFilter& f) {
    return {textOrNull(f.school), textOrNull(f.level), textOrNull(f.coreVerdict), textOrNull(f.reasonCode),
            f.overdueOnly};
}

Urgency urgencyFrom(const QString& s) {
    if (s == QLatin1String("overdue"))
        return Urgency::Overdue;
    if (s == QLatin1String("soon"))
        return Urgency::Soon;
    return Urgency::Normal;
}

enum class Direction { Forward, Backward };

Result<QueuePage> readPage(Connection& c, const QueueFilter& filter, const std::optional<QueueKey>& key,
                           Direction direction, qint64 offset, int limit) {
    QVariantList values = filterValues(filter);
    const QString deadline = !key                            ? QString()
                             : !key->exactDeadline.isEmpty() ? key->exactDeadline
                                                             : detail::isoUtc(key->deadline);
    values << (key ? QVariant(deadline) : QVariant(QMetaType(QMetaType::QString)))
           << (key ? QVariant(key->submissionId) : QVariant(QMetaType(QMetaType::LongLong)))
           << (direction == Direction::Backward) << offset << limit;
    auto q = detail::run(
        c,
        QStringLiteral(
            "SELECT submission_id, applicant_name, exam_number, school, level, arrived_at, deadline, "
            "attempt, core_verdict, claimed_by, lease_expires_at, urgency, "
            "array_to_string(core_reasons, ','), more, server_now, "
            "to_char(deadline AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') "
            "FROM certphoto.queue_page(?, ?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?)"),
        values, QStringLiteral("reading a page of the queue"));
    if (!q)
        return q.error();
    QueuePage page;
    bool more = false;
    while (q->next()) {
        QueueRow r;
        r.entry.submissionId = q->value(0).toLongLong();
        r.entry.applicantName = q->value(1).toString();
        r.entry.examNumber = q->value(2).toString();
        r.entry.school = q->value(3).toString();
        r.level = q->value(4).toString();
        r.entry.arrivedAt = detail::utcFrom(q->value(5));
        r.entry.deadline = detail::utcFrom(q->value(6));
        r.entry.attempt = q->value(7).toInt();
        r.entry.status = QStringLiteral("pending");
        r.entry.coreVerdict = q->value(8).toString();
        r.entry.claimedBy = q->value(9).toString();
        if (!q->value(10).isNull())
            r.leaseExpiresAt = detail::utcFrom(q->value(10));
        r.urgency = urgencyFrom(q->value(11).toString());
        r.coreReasons = q->value(12).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        more = q->value(13).toBool();
        page.serverNow = detail::utcFrom(q->value(14));
        r.exactDeadline = q->value(15).toString();
        page.rows.push_back(std::move(r));
    }
    if (direction == Direction::Forward) {
        page.atEnd = !more;
        page.atStart = !key && offset == 0;
    } else {
        page.atStart = !more;
        page.atEnd = !key;
    }
    if (page.rows.empty()) {
        page.atStart = page.atStart || direction == Direction::Backward;
        page.atEnd = page.atEnd || direction == Direction::Forward;
    }
    return page;
}

} // namespace

Result<QueuePage> queuePageAfter(Connection& c, const QueueFilter& filter,
                                 const std::optional<QueueKey>& after, int limit) {
    return readPage(c, filter, after, Direction::Forward, 0, limit);
}

Result<QueuePage> queuePageBefore(Connection& c, const QueueFilter& filter,
                                  const std::optional<QueueKey>& before, int limit) {
    return readPage(c, filter, before, Direction::Backward, 0, limit);
}

Result<QueuePage> queuePageAt(Connection& c, const QueueFilter& filter, qint64 offset, int limit) {
    return readPage(c, filter, std::nullopt, Direction::Forward, offset, limit);
}

Result<QueueCounts> queueCounts(Connection& c, const QueueFilter& filter) {
    auto q = detail::run(
        c,
        QStringLiteral("SELECT pending, overdue, matching, matching_overdue, held_by_me, server_now "
                       "FROM certphoto.queue_counts(?, ?, ?, ?, ?)"),
        filterValues(filter), QStringLiteral("counting the queue"));
    if (!q)
        return q.error();
    QueueCounts out;
    if (q->next()) {
        out.pending = q->value(0).toLongLong();
        out.overdue = q->value(1).toLongLong();
        out.matching = q->value(2).toLongLong();
        out.matchingOverdue = q->value(3).toLongLong();
        out.heldByMe = q->value(4).toLongLong();
        out.serverNow = detail::utcFrom(q->value(5));
    }
    return out;
}

} // namespace certphoto::store

#include <certphoto/store/outbox.h>

#include "detail/sql.h"

#include <certphoto/common/privacy.h>

#include <QVariant>

namespace certphoto::store {

namespace {

QString tokenText(const QUuid& token) {
    return token.toString(QUuid::WithoutBraces);
}

// Gateways echo what they were sent; the stored answer never carries a number in clear.
QString storedAnswer(const QString& answer) {
    return privacy::scrub(answer.simplified()).left(500);
}

QDateTime timeOrNull(const QVariant& v) {
    return v.isNull() ? QDateTime() : detail::utcFrom(v);
}

QString filterName(OutboxFilter f) {
    switch (f) {
    case OutboxFilter::Pending:
        return QStringLiteral("pending");
    case OutboxFilter::Sent:
        return QStringLiteral("sent");
    case OutboxFilter::Failed:
        return QStringLiteral("failed");
    case OutboxFilter::All:
        break;
    }
    return QStringLiteral("all");
}

} // namespace

Result<OutboxBatch> takeOutboxBatch(Connection& c, int limit, std::optional<int> leaseSeconds) {
    auto q = detail::run(
        c,
        QStringLiteral("SELECT outbox_id, recipient, text, parts, template, params::text, attempt, "
                       "lease_token::text, lease_expires_at, lease_seconds FROM certphoto.outbox_take(?, ?)"),
        {limit, leaseSeconds ? QVariant(*leaseSeconds) : QVariant(QMetaType(QMetaType::Int))},
        QStringLiteral("taking outbox messages"));
    if (!q)
        return q.error();
    OutboxBatch batch;
    while (q->next()) {
        OutboxMessage m;
        m.outboxId = q->value(0).toLongLong();
        m.recipient = q->value(1).toString();
        m.text = q->value(2).toString();
        m.parts = q->value(3).toInt();
        m.templateCode = q->value(4).toString();
        m.paramsJson = q->value(5).toString().toUtf8();
        m.attempt = q->value(6).toInt();
        batch.leaseToken = QUuid::fromString(q->value(7).toString());
        batch.leaseExpiresAt = detail::utcFrom(q->value(8));
        batch.leaseSeconds = q->value(9).toInt();
        batch.messages.push_back(std::move(m));
    }
    return batch;
}

Result<bool> markOutboxSent(Connection& c, qint64 outboxId, const QUuid& leaseToken, const QString& answer) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.outbox_mark_sent(?, ?::uuid, ?)"),
                         {outboxId, tokenText(leaseToken), storedAnswer(answer)},
                         QStringLiteral("marking outbox message %1 sent").arg(outboxId));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError("outbox.not_saved", "the outbox message was not marked");
    return q->value(0).toBool();
}

Result<FailureMarked> markOutboxFailed(Connection& c, qint64 outboxId, const QUuid& leaseToken,
                                       FailureKind kind, const QString& answer) {
    auto q = detail::run(
        c,
        QStringLiteral("SELECT status, next_attempt_at FROM certphoto.outbox_mark_failed(?, ?::uuid, ?, ?)"),
        {outboxId, tokenText(leaseToken), kind == FailureKind::Permanent, storedAnswer(answer)},
        QStringLiteral("marking outbox message %1 failed").arg(outboxId));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError("outbox.not_saved", "the outbox message was not marked");
    return FailureMarked{q->value(0).toString(), timeOrNull(q->value(1))};
}

Result<int> releaseOutboxBatch(Connection& c, const QUuid& leaseToken) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.outbox_release(?::uuid)"),
                         {tokenText(leaseToken)}, QStringLiteral("giving back outbox messages"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<int> retryFailedOutbox(Connection& c, const std::vector<qint64>& ids) {
    QStringList items;
    for (qint64 id : ids)
        items << QString::number(id);
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.outbox_retry_failed(?::bigint[])"),
                         {QStringLiteral("{%1}").arg(items.join(QLatin1Char(',')))},
                         QStringLiteral("retrying failed outbox messages"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<OutboxOverview> outboxOverview(Connection& c) {
    auto q = detail::run(c,
                         QStringLiteral("SELECT pending, due, waiting, retrying, sending, sent, failed, "
                                        "oldest_pending FROM certphoto.outbox_overview()"),
                         {}, QStringLiteral("reading the outbox overview"));
    if (!q)
        return q.error();
    OutboxOverview o;
    if (q->next()) {
        o.pending = q->value(0).toLongLong();
        o.due = q->value(1).toLongLong();
        o.waiting = q->value(2).toLongLong();
        o.retrying = q->value(3).toLongLong();
        o.sending = q->value(4).toLongLong();
        o.sent = q->value(5).toLongLong();
        o.failed = q->value(6).toLongLong();
        o.oldestPending = timeOrNull(q->value(7));
    }
    return o;
}

Result<std::vector<OutboxEntry>> listOutbox(Connection& c, OutboxFilter filter, int limit) {
    auto q = detail::run(
        c,
        QStringLiteral("SELECT outbox_id, submission_id, recipient, template, text, parts, status, "
                       "attempts, created_at, send_after, next_attempt_at, sending, sent_at, "
                       "failed_at, last_answer FROM certphoto.outbox_list(?, ?)"),
        {filterName(filter), limit}, QStringLiteral("listing the outbox"));
    if (!q)
        return q.error();
    std::vector<OutboxEntry> out;
    while (q->next()) {
        OutboxEntry e;
        e.outboxId = q->value(0).toLongLong();
        e.submissionId = q->value(1).toLongLong();
        e.maskedRecipient = q->value(2).toString();
        e.templateCode = q->value(3).toString();
        e.text = q->value(4).toString();
        e.parts = q->value(5).toInt();
        e.status = q->value(6).toString();
        e.attempts = q->value(7).toInt();
        e.createdAt = timeOrNull(q->value(8));
        e.sendAfter = timeOrNull(q->value(9));
        e.nextAttemptAt = timeOrNull(q->value(10));
        e.sending = q->value(11).toBool();
        e.sentAt = timeOrNull(q->value(12));
        e.failedAt = timeOrNull(q->value(13));
        e.lastAnswer = q->value(14).toString();
        out.push_back(std::move(e));
    }
    return out;
}

Result<void> setOutboxRetryPolicy(Connection& c, const OutboxRetryPolicy& p) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.set_outbox_retry(?, ?, ?, ?)"),
                         {p.baseSeconds, p.maxSeconds, p.maxAttempts, p.leaseSeconds},
                         QStringLiteral("setting the outbox retry policy"));
    if (!q)
        return q.error();
    return {};
}

} // namespace certphoto::store

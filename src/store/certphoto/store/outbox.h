#pragma once
// The SMS outbox seen from the relay and from the admin's outbox view (schema 9). decide() writes one
// row per decision; a relay takes due rows under a lease, hands each to the gateway and marks it sent or
// failed. Admin group only (the server refuses every other login).
//
// Guarantees (docs/sms.md): a row is offered only while pending, due (send_after and its next attempt
// passed) and free of a live lease, so a row marked sent is never offered again; marking is exactly once.
// A relay killed between the gateway's answer and the mark leaves the row to come back after its lease:
// the gateway may then get it twice, with the same idempotency key (the outbox id).

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <optional>
#include <vector>

namespace certphoto::store {

// One message a relay took. `recipient` is in clear: never log it (privacy::maskPhone).
struct OutboxMessage {
    qint64 outboxId = 0;
    QString recipient;
    QString text;
    int parts = 1;
    QString templateCode; // photo.approved, photo.rejected
    QByteArray paramsJson;
    int attempt = 1; // this take counts as attempt n
};

struct OutboxBatch {
    QUuid leaseToken;         // one per take; marks of a failure and the release need it
    QDateTime leaseExpiresAt; // the server's clock
    int leaseSeconds = 0;     // its length: the relay times its batch by its own clock from the take
    std::vector<OutboxMessage> messages;
};

// Up to `limit` (1..1000) due rows, oldest first, leased to this login for `leaseSeconds` (nullopt: the
// server's sms_lease_seconds setting). Empty when nothing is due.
Result<OutboxBatch> takeOutboxBatch(Connection& c, int limit, std::optional<int> leaseSeconds = std::nullopt);

// The gateway accepted the message. true: marked now; false: it had been marked sent before (nothing
// changed). `answer` is scrubbed here and cut to 500 characters.
Result<bool> markOutboxSent(Connection& c, qint64 outboxId, const QUuid& leaseToken, const QString& answer);

enum class FailureKind { Temporary, Permanent };

struct FailureMarked {
    QString status;          // "pending" (retried after nextAttemptAt), "failed", "sent" or "lost"
    QDateTime nextAttemptAt; // for "pending"
};

// The gateway refused or could not be reached. Only under this batch's lease; otherwise "lost" (another
// relay has the row now) or the row's final status, and nothing changes.
Result<FailureMarked> markOutboxFailed(Connection& c, qint64 outboxId, const QUuid& leaseToken,
                                       FailureKind kind, const QString& answer);

// Gives back the batch's rows not yet marked (a relay stopping): due again at once. Returns how many.
Result<int> releaseOutboxBatch(Connection& c, const QUuid& leaseToken);

// Admins: failed rows back to pending, due now (empty `ids`: every failed row). Returns how many.
Result<int> retryFailedOutbox(Connection& c, const std::vector<qint64>& ids = {});

struct OutboxOverview {
    qint64 pending = 0;  // all not yet sent nor failed, of which:
    qint64 due = 0;      //   a relay would take it now
    qint64 waiting = 0;  //   its send_after is still ahead
    qint64 retrying = 0; //   waiting for its next attempt after a temporary failure
    qint64 sending = 0;  //   under a relay's live lease
    qint64 sent = 0;
    qint64 failed = 0;
    QDateTime oldestPending; // created_at of the oldest pending row (UTC); null when none
};
Result<OutboxOverview> outboxOverview(Connection& c);

enum class OutboxFilter { All, Pending, Sent, Failed };

// One row of the admin's table. The recipient comes masked (138****1234) from the server.
struct OutboxEntry {
    qint64 outboxId = 0;
    qint64 submissionId = 0;
    QString maskedRecipient;
    QString templateCode;
    QString text;
    int parts = 1;
    QString status; // pending, sent, failed
    bool sending = false;
    int attempts = 0;
    QDateTime createdAt, sendAfter, nextAttemptAt, sentAt, failedAt; // UTC; null when not set
    QString lastAnswer;
};
// Newest first, at most `limit` (1..10000).
Result<std::vector<OutboxEntry>> listOutbox(Connection& c, OutboxFilter filter, int limit);

struct OutboxRetryPolicy {
    int baseSeconds = 30;   // first wait after a temporary failure, doubled per attempt
    int maxSeconds = 3600;  // longest wait
    int maxAttempts = 8;    // then failed
    int leaseSeconds = 120; // how long a taken row stays with its relay
};
Result<void> setOutboxRetryPolicy(Connection& c, const OutboxRetryPolicy& policy);

} // namespace certphoto::store

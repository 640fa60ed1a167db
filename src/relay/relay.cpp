#include <certphoto/relay/relay.h>

#include <certphoto/common/logging.h>
#include <certphoto/common/privacy.h>

#include <QElapsedTimer>
#include <QThread>

namespace certphoto::relay {

namespace {

constexpr int MarkAttempts = 5;

QString describeError(const Error& e) {
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(e.message), QString::fromStdString(e.code));
}

// Sleeps up to `ms` in short slices, returning early when asked to stop.
void idle(int ms, const std::function<bool()>& stop) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms && !stop())
        QThread::msleep(static_cast<unsigned long>(std::min<qint64>(100, ms - t.elapsed())));
}

} // namespace

Relay::Relay(store::Connection& connection, Gateway& gateway, RelayOptions options)
    : connection_(connection), gateway_(gateway), options_(options) {}

// A dropped connection is reopened and the call made again (every outbox call is safe to repeat: a
// second mark of a sent row changes nothing, a second release finds nothing).
template <class T> Result<T> Relay::withReconnect(const std::function<Result<T>()>& call) {
    std::optional<Result<T>> r;
    for (int attempt = 1; attempt <= MarkAttempts; ++attempt) {
        r.emplace(call());
        if (r->ok() || r->error().code != "db.connection")
            break;
        QThread::msleep(static_cast<unsigned long>(200 * attempt));
        if (auto re = connection_.reopen(); !re)
            logging::warning(QStringLiteral("relay: reconnecting failed: %1").arg(describeError(re.error())));
    }
    return std::move(*r);
}

void Relay::deliver(const store::OutboxBatch& batch, const store::OutboxMessage& m) {
    const SendOutcome outcome = gateway_.send(m);
    const QString answer = privacy::scrub(outcome.answer);
    const QString who = QStringLiteral("outbox %1 (to %2, attempt %3)")
                            .arg(m.outboxId)
                            .arg(privacy::maskPhone(m.recipient))
                            .arg(m.attempt);
    if (outcome.kind == SendOutcome::Kind::Sent) {
        auto marked = withReconnect<bool>(
            [&] { return store::markOutboxSent(connection_, m.outboxId, batch.leaseToken, outcome.answer); });
        if (!marked) {
            ++counts_.unmarked;
            logging::error(
                QStringLiteral("relay: %1 was accepted by the gateway but could not be marked sent: "
                               "%2; it will be offered again with the same idempotency key")
                    .arg(who, describeError(marked.error())));
        } else if (*marked) {
            ++counts_.sent;
            logging::info(QStringLiteral("relay: %1 sent: %2").arg(who, answer));
        } else {
            ++counts_.alreadySent;
            logging::info(QStringLiteral("relay: %1 accepted again; it was marked sent before").arg(who));
        }
        return;
    }
    const auto kind = outcome.kind == SendOutcome::Kind::Permanent ? store::FailureKind::Permanent
                                                                   : store::FailureKind::Temporary;
    auto marked = withReconnect<store::FailureMarked>([&] {
        return store::markOutboxFailed(connection_, m.outboxId, batch.leaseToken, kind, outcome.answer);
    });
    if (!marked) {
        ++counts_.unmarked;
        logging::error(QStringLiteral("relay: %1 failed (%2) and the failure could not be saved: %3")
                           .arg(who, answer, describeError(marked.error())));
        return;
    }
    if (marked->status == QLatin1String("pending")) {
        ++counts_.retrying;
        logging::warning(QStringLiteral("relay: %1 failed for now (%2); next attempt at %3")
                             .arg(who, answer, marked->nextAttemptAt.toString(Qt::ISODate)));
    } else if (marked->status == QLatin1String("failed")) {
        ++counts_.failed;
        logging::warning(
            QStringLiteral("relay: %1 failed%2: %3")
                .arg(who,
                     kind == store::FailureKind::Permanent ? QString() : QStringLiteral(" (last attempt)"),
                     answer));
    } else {
        ++counts_.lost;
        logging::warning(QStringLiteral("relay: %1 failed (%2) after its lease ran out; left to the relay "
                                        "that has it now (%3)")
                             .arg(who, answer, marked->status));
    }
}

Result<int> Relay::runBatch(const std::function<bool()>& stop) {
    QElapsedTimer sinceTake;
    sinceTake.start();
    auto taken = withReconnect<store::OutboxBatch>(
        [&] { return store::takeOutboxBatch(connection_, options_.batch, options_.leaseSeconds); });
    if (!taken)
        return taken.error();
    const store::OutboxBatch& batch = *taken;
    if (batch.messages.empty())
        return 0;
    ++counts_.batches;
    // Our own clock from before the take: the lease ends no earlier than this.
    const qint64 leaseMs = qint64(batch.leaseSeconds) * 1000;
    std::size_t handed = 0;
    bool leaseTooShort = false;
    for (const store::OutboxMessage& m : batch.messages) {
        if (stop())
            break;
        // A send must finish (or time out) while the lease holds, with a second to mark it.
        if (leaseMs - sinceTake.elapsed() < gateway_.timeoutMs() + 1000) {
            leaseTooShort = handed == 0;
            break;
        }
        deliver(batch, m);
        ++handed;
    }
    if (handed < batch.messages.size()) {
        auto released =
            withReconnect<int>([&] { return store::releaseOutboxBatch(connection_, batch.leaseToken); });
        if (released) {
            counts_.released += *released;
            logging::info(
                QStringLiteral("relay: gave back %1 message(s) not handed to the gateway").arg(*released));
        } else {
            logging::warning(
                QStringLiteral("relay: giving back %1 message(s) failed (%2); they come back when "
                               "the lease runs out")
                    .arg(batch.messages.size() - handed)
                    .arg(describeError(released.error())));
        }
    }
    if (leaseTooShort)
        return makeError(
            "relay.lease_short",
            QStringLiteral("the outbox lease (%1 s) is shorter than the gateway's timeout (%2 ms) and a "
                           "second to mark the message: raise sms_lease_seconds or lower timeout_ms")
                .arg(batch.leaseSeconds)
                .arg(gateway_.timeoutMs())
                .toStdString());
    logging::info(QStringLiteral("relay: batch of %1 done — sent %2, retrying %3, failed %4 so far")
                      .arg(batch.messages.size())
                      .arg(counts_.sent)
                      .arg(counts_.retrying)
                      .arg(counts_.failed));
    return int(batch.messages.size());
}

Result<RelayCounts> Relay::run(const std::function<bool()>& stop) {
    logging::info(QStringLiteral("relay: started, gateway %1, batches of %2%3")
                      .arg(gateway_.describe())
                      .arg(options_.batch)
                      .arg(options_.once ? QStringLiteral(", once") : QString()));
    int downFor = 0;
    while (!stop()) {
        auto n = runBatch(stop);
        if (!n) {
            const Error& e = n.error();
            if (e.code != "db.connection" || options_.once)
                return e;
            // The server is away: keep trying, waiting longer each time (at most a minute).
            downFor = std::min(downFor * 2 + 1000, 60'000);
            logging::warning(
                QStringLiteral("relay: database unreachable, trying again in %1 s").arg(downFor / 1000));
            idle(downFor, stop);
            continue;
        }
        downFor = 0;
        if (*n == 0) {
            if (options_.once)
                break;
            idle(options_.idleMs, stop);
        }
    }
    logging::info(
        QStringLiteral("relay: stopped — sent %1, already sent %2, retrying %3, failed %4, given back "
                       "%5, lost %6, unmarked %7")
            .arg(counts_.sent)
            .arg(counts_.alreadySent)
            .arg(counts_.retrying)
            .arg(counts_.failed)
            .arg(counts_.released)
            .arg(counts_.lost)
            .arg(counts_.unmarked));
    return counts_;
}

} // namespace certphoto::relay

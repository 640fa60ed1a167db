#pragma once
// The relay loop: take a batch of due outbox rows (the store leases them to this login), hand each to
// the gateway, mark it sent or failed. Used by certphoto-sms; usable on any thread that owns the
// connection and the gateway (both stay on the thread that made them).
//
// Guarantees (docs/sms.md): at-least-once to the gateway, with the outbox id as idempotency key;
// exactly-once marking. A row is handed to the gateway only while this relay's lease on it has at least
// one gateway timeout left (by this relay's own clock), so another relay is not offered it meanwhile.

#include <certphoto/relay/gateway.h>
#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

#include <functional>
#include <optional>

namespace certphoto::relay {

struct RelayOptions {
    int batch = 20;                  // rows per take (1..1000)
    bool once = false;               // stop when nothing is due (else wait and take again)
    int idleMs = 2000;               // wait between takes when nothing was due
    std::optional<int> leaseSeconds; // nullopt: the server's sms_lease_seconds
};

struct RelayCounts {
    qint64 sent = 0;        // the gateway accepted it, marked sent now
    qint64 alreadySent = 0; // accepted, but marked sent before (by an earlier offer of the same row)
    qint64 retrying = 0;    // temporary failure: due again after the backoff
    qint64 failed = 0;      // permanent failure, or the last allowed attempt
    qint64 lost = 0;        // the lease ran out before the mark: another relay has the row
    qint64 released = 0;    // taken but given back unsent (stopping, or the lease running short)
    qint64 unmarked = 0;    // the mark could not be saved (database gone): the row comes back later
    qint64 batches = 0;
};

class Relay {
public:
    Relay(store::Connection& connection, Gateway& gateway, RelayOptions options);

    // Until `stop()` returns true (checked between messages and while idle), or with `once` until nothing
    // is due. An error only when the database stays unreachable (db.connection after retries) or refuses
    // this login (db.permission): counts() still tells what was done.
    Result<RelayCounts> run(const std::function<bool()>& stop);
    // One take and its messages. Returns how many rows were taken.
    Result<int> runBatch(const std::function<bool()>& stop);
    const RelayCounts& counts() const { return counts_; }

private:
    template <class T> Result<T> withReconnect(const std::function<Result<T>()>& call);
    void deliver(const store::OutboxBatch& batch, const store::OutboxMessage& m);

    store::Connection& connection_;
    Gateway& gateway_;
    RelayOptions options_;
    RelayCounts counts_;
};

} // namespace certphoto::relay

#include "lease_keeper.h"

#include <certphoto/store/queue.h>

#include <algorithm>

namespace certphoto::app {

LeaseKeeper::LeaseKeeper(Database* db, QObject* parent) : QObject(parent), db_(db) {
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &LeaseKeeper::beat);
}

void LeaseKeeper::hold(const store::Lease& lease) {
    if (closing_) { // a claim that arrived after closing: straight back
        leases_[lease.submissionId] = lease;
        giveBack(lease.submissionId);
        return;
    }
    leases_[lease.submissionId] = lease;
    schedule();
}

void LeaseKeeper::forget(qint64 submissionId) {
    leases_.erase(submissionId);
    schedule();
}

QDateTime LeaseKeeper::expiresAt(qint64 submissionId) const {
    auto it = leases_.find(submissionId);
    return it == leases_.end() ? QDateTime() : it->second.expiresAt;
}

void LeaseKeeper::giveBack(qint64 submissionId) {
    if (!leases_.erase(submissionId))
        return;
    db_->run<bool>(
        this, {QStringLiteral("release"), submissionId, Retry::OnDrop},
        [submissionId](store::Connection& c) -> Result<bool> {
            auto r = store::releaseLease(c, submissionId);
            if (!r)
                return r.error();
            return true;
        },
        [this, submissionId](Result<bool>) { emit givenBack(submissionId); });
    schedule();
}

void LeaseKeeper::giveBackAll() {
    closing_ = true;
    timer_.stop();
    std::vector<qint64> ids;
    for (const auto& entry : leases_)
        ids.push_back(entry.first);
    for (qint64 id : ids)
        giveBack(id);
}

void LeaseKeeper::schedule() {
    if (closing_ || leases_.empty()) {
        timer_.stop();
        return;
    }
    // A third of the shortest lease left, so one missed beat does not lose it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 ms = 30'000;
    for (const auto& [id, lease] : leases_)
        if (lease.expiresAt.isValid())
            ms = std::min(ms, now.msecsTo(lease.expiresAt) / 3);
    const int wanted = int(std::clamp<qint64>(ms, 500, 30'000));
    // Never push a beat that is due sooner further out.
    if (!timer_.isActive() || timer_.remainingTime() > wanted)
        timer_.start(wanted);
}

void LeaseKeeper::beat() {
    if (renewing_ > 0) { // the last beat's answers are not back yet: no second round behind them
        timer_.start(500);
        return;
    }
    for (const auto& entry : leases_) {
        const qint64 id = entry.first;
        ++renewing_;
        db_->run<store::Lease>(
            this, {QStringLiteral("renew lease"), id, Retry::OnDrop},
            [id](store::Connection& c) { return store::renewLease(c, id); },
            [this, id](Result<store::Lease> r) {
                --renewing_;
                auto it = leases_.find(id);
                if (it == leases_.end())
                    return; // decided or given back meanwhile
                if (r) {
                    it->second = r.value();
                    schedule();
                    return;
                }
                const bool lostIt = r.error().code.rfind("lease", 0) == 0 ||
                                    it->second.expiresAt < QDateTime::currentDateTimeUtc();
                if (!lostIt) {
                    emit renewFailed(id, r.error());
                    schedule();
                    return;
                }
                leases_.erase(it);
                schedule();
                emit lost(id, r.error());
            });
    }
    schedule(); // the answers bring new expiry times and reschedule
}

} // namespace certphoto::app

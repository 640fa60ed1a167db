#pragma once
// Holds the auditor's leases: renews every one at a third of the shortest time left (a heartbeat on the
// Database worker, which never decodes, so a beat never waits behind a photo) and gives them back. Knows
// nothing of what is shown; the review loop and the preloader tell it what they hold.

#include "database.h"

#include <certphoto/store/types.h>

#include <QObject>
#include <QTimer>
#include <map>

namespace certphoto::app {

class LeaseKeeper : public QObject {
    Q_OBJECT
public:
    explicit LeaseKeeper(Database* db, QObject* parent = nullptr);

    // Starts renewing `lease` (a claim just made).
    void hold(const store::Lease& lease);
    // Stops renewing without giving back (the submission was decided: the lease ended with it).
    void forget(qint64 submissionId);
    // Gives the submission back to the queue.
    void giveBack(qint64 submissionId);
    // Gives every held lease back and from then on gives back whatever is handed to hold() (closing).
    void giveBackAll();
    bool holds(qint64 submissionId) const { return leases_.count(submissionId) > 0; }
    QDateTime expiresAt(qint64 submissionId) const;
    int count() const { return int(leases_.size()); }
    bool closing() const { return closing_; }

signals:
    // The lease is gone (another holder, expired): it is no longer held.
    void lost(qint64 submissionId, const certphoto::Error& error);
    // A renewal failed for lack of a connection; the lease is still held and renewal goes on.
    void renewFailed(qint64 submissionId, const certphoto::Error& error);
    void givenBack(qint64 submissionId);

private:
    void schedule();
    void beat();

    Database* db_;
    std::map<qint64, store::Lease> leases_;
    QTimer timer_;
    bool closing_ = false;
    int renewing_ = 0; // renewals posted and not yet answered
};

} // namespace certphoto::app

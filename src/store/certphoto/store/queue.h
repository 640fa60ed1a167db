#pragma once
// The review queue: claims held by leases, never by an open transaction.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

namespace certphoto::store {

// Pending submissions by earliest deadline (at most `limit`).
Result<std::vector<QueueEntry>> listQueue(Connection& c, int limit = 500);
// Claims the next pending submission by earliest deadline (FOR UPDATE SKIP LOCKED). nullopt: queue empty.
Result<std::optional<Lease>> claimNext(Connection& c);
// Claims one chosen submission; refused when another auditor holds a live lease on it.
Result<Lease> claimSubmission(Connection& c, qint64 submissionId);
// Heartbeat while the photo is open; refused when the lease was lost.
Result<Lease> renewLease(Connection& c, qint64 submissionId);
// Gives the submission back without a decision.
Result<void> releaseLease(Connection& c, qint64 submissionId);
// Photo, report and applicant (masked for the role).
Result<SubmissionDetail> loadSubmission(Connection& c, qint64 submissionId);

} // namespace certphoto::store

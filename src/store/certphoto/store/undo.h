#pragma once
// Undo (schema 12): the auditor's last decision can be taken back for a grace period (the server setting
// undo_grace_seconds, 30 by default). decide() writes the SMS outbox row at once but with send_after =
// decided + grace, so no relay sends it before the grace period ends (DecisionOutcome::undoUntil).
//
// An undo, in one transaction on the server: the decision moves to the withdrawn decisions (the decisions
// table keeps only decisions in force, so exports and statistics stay right), its outbox row becomes
// status 'withdrawn' (a state, never deleted), the statistics forget it, the submission is pending again
// and claimed by the same auditor with a fresh lease (outside the live-lease limit: it is the claim the
// auditor just had), and the audit trail gets an 'undo' row beside the 'decide' row, which stays.
//
// Errors: "undo.expired" (the grace period is over: the SMS may be on its way; the server refuses),
// "undo.not_found" (no such decision), "undo.not_yours" (another login decided it), "undo.sent" (the SMS
// was sent already, e.g. after the grace setting was shortened), "db.connection" (retry with the same id:
// a second undo of the same decision answers alreadyUndone = true).

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

#include <QUuid>

namespace certphoto::store {

struct UndoOutcome {
    qint64 submissionId = 0;
    Lease lease;                // the submission is claimed by the caller again (UTC expiry)
    qint64 outboxId = 0;        // the withdrawn SMS row
    bool alreadyUndone = false; // a retry: the first undo had been recorded (lease as it is now)
};

// Any group may undo its own decision (the auditor who made it, while the grace period lasts).
Result<UndoOutcome> undoDecision(Connection& c, const QUuid& decisionId);

// The grace period in seconds (readable by every group).
Result<int> undoGraceSeconds(Connection& c);
// Admins: 0 (no undo, SMS due at once) to 3600 seconds. Applies to decisions made from now on.
Result<void> setUndoGraceSeconds(Connection& c, int seconds);

} // namespace certphoto::store

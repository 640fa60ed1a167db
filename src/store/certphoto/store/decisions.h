#pragma once
// Decisions: verdict, status change, exactly one SMS outbox row and an audit row, in one transaction.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

namespace certphoto::store {

Result<std::vector<ReasonCode>> listReasonCodes(Connection& c);
// Only the holder of a live lease may decide; a second decision is refused ("decision.exists"); a retry
// with the same decisionId returns the first outcome with alreadyRecorded = true.
Result<DecisionOutcome> decide(Connection& c, const DecisionRequest& request);

} // namespace certphoto::store

#pragma once
// New submissions arriving (the import tool): idempotent, one transaction per batch.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

namespace certphoto::store {

// Stores every submission of the batch in one transaction, or none of them. The applicant is identified by
// exam/student number within the school. Same photo (SHA-256) for the same applicant: Duplicate. Pending
// photo: Replaced. Approved: refused ("intake.approved_final"). Rejected: NextAttempt.
// On failure the error names the index of the offending entry in its message.
Result<std::vector<IntakeResult>> storeSubmissions(Connection& c,
                                                   const std::vector<IncomingSubmission>& batch);

} // namespace certphoto::store

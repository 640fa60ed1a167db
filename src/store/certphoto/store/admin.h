#pragma once
// Running the system: schools (profile and promised deadline) and server-side settings. Admin group only.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

namespace certphoto::store {

// Creates the school or changes its profile and deadline; returns its id.
Result<qint64> upsertSchool(Connection& c, const QString& name, const QString& profile, int deadlineHours);
// The lease length every claim gets from now on (server-side, so every client agrees).
Result<void> setLeaseSeconds(Connection& c, int seconds);
Result<int> leaseSeconds(Connection& c);

} // namespace certphoto::store

#pragma once
// Claiming the next submission while passing over the ones this auditor skipped (schema 14): a skipped
// submission is given back, and claimNext would hand the same one straight back (earliest deadline).

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

#include <QList>

namespace certphoto::store {

// Like claimNext, passing over `skip` (at most the first 1000 ids count). nullopt: nothing else is pending.
Result<std::optional<Lease>> claimNextSkipping(Connection& c, const QList<qint64>& skip);

} // namespace certphoto::store

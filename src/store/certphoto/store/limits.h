#pragma once
// The server's limits against abuse (schema 10): live leases per login, how long one claim may last, how far
// down the queue a submission may be picked, the note's length and the SMS's parts. See docs/security.md.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

#include <QString>

namespace certphoto::store {

// Keys: max_leases_per_login, lease_max_seconds, claim_pick_window, note_max_chars, sms_max_parts.
// Admins only; each key has its own range (settings.bad_value, settings.unknown_key).
Result<void> setGuardSetting(Connection& c, const QString& key, int value);
Result<int> guardSetting(Connection& c, const QString& key);

} // namespace certphoto::store

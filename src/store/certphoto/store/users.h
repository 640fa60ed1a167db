#pragma once
// People and their roles. Users are created through a server-side function that admits only the three
// certphoto group roles.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

namespace certphoto::store {

// The password is turned into a SCRAM-SHA-256 verifier here; the server never sees it. Empty: no password.
Result<void> createUser(Connection& c, const QString& login, const QString& password, Role role);
// The groups the current session_user belongs to.
Result<std::vector<Role>> currentRoles(Connection& c);

} // namespace certphoto::store

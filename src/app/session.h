#pragma once
// Who is logged in, where, and the data every screen needs once per login (the reason codes).

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

#include <QString>
#include <vector>

namespace certphoto::app {

struct Session {
    QString login;
    std::vector<store::Role> roles;
    QString serverText; // for the status bar, no password
    bool privateCluster = false;
    std::vector<store::ReasonCode> reasonCodes;
};

// Worker thread: checks the schema (never upgrades it), then reads the login's roles and the reason codes.
// Refuses a login in none of the certphoto groups.
Result<Session> openSession(store::Connection& c);

// "auditor", "审核员", ... the highest role, translated.
QString roleText(const std::vector<store::Role>& roles);

} // namespace certphoto::app

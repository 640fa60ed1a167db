#include "session.h"

#include <certphoto/store/decisions.h>
#include <certphoto/store/migrations.h>
#include <certphoto/store/users.h>

#include <QCoreApplication>
#include <algorithm>

namespace certphoto::app {

Result<Session> openSession(store::Connection& c) {
    // The workstation never upgrades the schema: the private cluster does it when it starts, an admin with
    // certphoto-admin upgrade on a shared server.
    auto checked = store::checkSchema(c);
    if (!checked)
        return checked.error();
    auto roles = store::currentRoles(c);
    if (!roles)
        return roles.error();
    if (roles->empty())
        return makeError("session.no_role",
                         QCoreApplication::translate("Session",
                                                     "This login is not an auditor, supervisor or admin of "
                                                     "certphoto. Ask an admin to create your user.")
                             .toStdString());
    auto reasons = store::listReasonCodes(c);
    if (!reasons)
        return reasons.error();
    Session s;
    s.login = c.userName();
    s.roles = std::move(roles.value());
    s.reasonCodes = std::move(reasons.value());
    return s;
}

QString roleText(const std::vector<store::Role>& roles) {
    auto has = [&](store::Role r) { return std::find(roles.begin(), roles.end(), r) != roles.end(); };
    if (has(store::Role::Admin))
        return QCoreApplication::translate("Session", "admin");
    if (has(store::Role::Supervisor))
        return QCoreApplication::translate("Session", "supervisor");
    if (has(store::Role::Auditor))
        return QCoreApplication::translate("Session", "auditor");
    return QCoreApplication::translate("Session", "no role");
}

} // namespace certphoto::app

#include <certphoto/store/users.h>

#include "internal/sql.h"

#include <QVariant>

namespace certphoto::store {

QString roleGroupName(Role role) {
    switch (role) {
    case Role::Auditor:
        return QStringLiteral("certphoto_auditor");
    case Role::Supervisor:
        return QStringLiteral("certphoto_supervisor");
    case Role::Admin:
        return QStringLiteral("certphoto_admin");
    }
    return {};
}

Result<void> createUser(Connection& c, const QString& login, const QString& password, Role role) {
    // Never through detail::run's error text with the statement: the password is bound, and the server
    // does not log failing statements in the private cluster (log_min_error_statement = panic).
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.create_user(?, ?, ?)"),
                         {login, password, roleGroupName(role)}, QStringLiteral("creating a user"));
    if (!q)
        return q.error();
    return {};
}

Result<std::vector<Role>> currentRoles(Connection& c) {
    auto q = detail::run(c,
                         QStringLiteral("SELECT pg_has_role(session_user, 'certphoto_auditor', 'MEMBER'), "
                                        "pg_has_role(session_user, 'certphoto_supervisor', 'MEMBER'), "
                                        "pg_has_role(session_user, 'certphoto_admin', 'MEMBER')"),
                         {}, QStringLiteral("reading your roles"));
    if (!q)
        return q.error();
    std::vector<Role> out;
    if (q->next()) {
        if (q->value(0).toBool())
            out.push_back(Role::Auditor);
        if (q->value(1).toBool())
            out.push_back(Role::Supervisor);
        if (q->value(2).toBool())
            out.push_back(Role::Admin);
    }
    return out;
}

} // namespace certphoto::store

#include <certphoto/store/users.h>

#include "detail/sql.h"

#include <certphoto/store/scram.h>

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
    // Only the SCRAM verifier goes to the server: no statement it could log (a failing one, or CREATE ROLE
    // in the function's error context) holds the password. Empty: a login without a password (peer).
    const QString verifier = password.isEmpty() ? QString() : scramSha256Verifier(password);
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.create_user(?, ?, ?)"),
                         {login, verifier, roleGroupName(role)}, QStringLiteral("creating a user"));
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

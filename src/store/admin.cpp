#include <certphoto/store/admin.h>

#include "detail/sql.h"

#include <QVariant>

namespace certphoto::store {

Result<qint64> upsertSchool(Connection& c, const QString& name, const QString& profile, int deadlineHours) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.upsert_school(?, ?, ?)"),
                         {name, profile, deadlineHours}, QStringLiteral("saving a school"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64{0};
}

Result<void> setLeaseSeconds(Connection& c, int seconds) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.set_lease_seconds(?)"), {seconds},
                         QStringLiteral("setting the lease length"));
    if (!q)
        return q.error();
    return {};
}

Result<int> leaseSeconds(Connection& c) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.lease_seconds()"), {},
                         QStringLiteral("reading the lease length"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace certphoto::store

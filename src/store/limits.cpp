#include <certphoto/store/limits.h>

#include "detail/sql.h"

#include <QVariant>

namespace certphoto::store {

Result<void> setGuardSetting(Connection& c, const QString& key, int value) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.set_guard_setting(?, ?)"), {key, value},
                         QStringLiteral("changing a limit"));
    if (!q)
        return q.error();
    return {};
}

Result<int> guardSetting(Connection& c, const QString& key) {
    auto q = detail::run(c, QStringLiteral("SELECT value::integer FROM certphoto.settings WHERE key = ?"),
                         {key}, QStringLiteral("reading a limit"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError("settings.unknown_key", ("no such limit: " + key).toStdString());
    return q->value(0).toInt();
}

} // namespace certphoto::store

#include <certphoto/store/schools.h>

#include "internal/sql.h"

#include <QVariant>

namespace certphoto::store {

Result<std::vector<School>> listSchools(Connection& c) {
    auto q = detail::run(
        c, QStringLiteral("SELECT id, name, profile, deadline_hours FROM certphoto.schools ORDER BY name"),
        {}, QStringLiteral("reading the schools"));
    if (!q)
        return q.error();
    std::vector<School> out;
    while (q->next())
        out.push_back(
            {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt()});
    return out;
}

} // namespace certphoto::store

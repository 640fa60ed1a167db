#include <certphoto/store/schools.h>

#include "detail/sql.h"

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

Result<QString> defaultSchoolProfile(Connection& c) {
    // The column default is a plain text literal, as pg_get_expr prints it: 'chsi-graduation'::text.
    auto q = detail::run(
        c,
        QStringLiteral("SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d "
                       "JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
                       "WHERE d.adrelid = 'certphoto.schools'::regclass AND a.attname = 'profile'"),
        {}, QStringLiteral("reading the default profile"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError("school.no_default_profile", "the schools table has no default profile");
    const QString expression = q->value(0).toString();
    static const QString prefix = QStringLiteral("'"), suffix = QStringLiteral("'::text");
    if (!expression.startsWith(prefix) || !expression.endsWith(suffix))
        return makeError("school.no_default_profile",
                         "the default profile is not a plain name: " + expression.toStdString());
    return expression.mid(1, expression.size() - 1 - suffix.size())
        .replace(QStringLiteral("''"), QStringLiteral("'"));
}

} // namespace certphoto::store

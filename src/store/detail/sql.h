#pragma once
// Internal helpers of the store: running one statement with bound values, and turning a database failure
// into a certphoto::Error with a stable code and a message scrubbed of personal data.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace certphoto::store::detail {

// Maps a failed query: "certphoto:<code>: text" raised by our functions keeps its code; SQLSTATEs map to
// db.permission, db.connection, db.conflict, decision.exists ...; the text is scrubbed and logged.
Error errorFrom(const QSqlError& error, const QSqlDatabase& db, const QString& what);

// Prepares and executes `sql` with positional `?` values. Forward-only. Errors are already mapped.
Result<QSqlQuery> run(Connection& c, const QString& sql, const QVariantList& values = {},
                      const QString& what = {});
// A plain exec (several statements allowed, nothing bound): migrations.
Result<void> runScript(Connection& c, const QString& sql, const QString& what);

// A PostgreSQL array literal for text[] ('{"a","b"}'), bound as text and cast in SQL.
QString textArrayLiteral(const QStringList& items);
// Timestamps travel as ISO 8601 UTC text and are cast to timestamptz in SQL.
QString isoUtc(const QDateTime& t);
QDateTime utcFrom(const QVariant& v);

} // namespace certphoto::store::detail

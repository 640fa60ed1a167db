#include "binary_query.h"

#include "sql.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

#include <vector>

namespace certphoto::store::detail {

namespace {

// The handle QPSQL hands out (QSqlDriver::handle: a QVariant holding a PGconn*, whose type Qt 6.4 names by
// the struct behind the typedef, "pg_conn*"), or null.
PGconn* libpqOf(const QSqlDatabase& db) {
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(v.constData());
}

PGresult* resultOf(const std::shared_ptr<void>& p) {
    return static_cast<PGresult*>(p.get());
}

quint64 bigEndian64(const char* p) {
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

} // namespace

int BinaryRows::count() const {
    return PQntuples(resultOf(result_));
}

bool BinaryRows::isNull(int row, int column) const {
    return PQgetisnull(resultOf(result_), row, column) != 0;
}

qint64 BinaryRows::int8(int row, int column) const {
    PGresult* r = resultOf(result_);
    if (isNull(row, column) || PQgetlength(r, row, column) != 8)
        return 0;
    return static_cast<qint64>(bigEndian64(PQgetvalue(r, row, column)));
}

QString BinaryRows::text(int row, int column) const {
    PGresult* r = resultOf(result_);
    return QString::fromUtf8(PQgetvalue(r, row, column), PQgetlength(r, row, column));
}

QByteArray BinaryRows::bytes(int row, int column) const {
    PGresult* r = resultOf(result_);
    return QByteArray(PQgetvalue(r, row, column), PQgetlength(r, row, column));
}

QDateTime BinaryRows::timestamptz(int row, int column) const {
    PGresult* r = resultOf(result_);
    if (isNull(row, column) || PQgetlength(r, row, column) != 8)
        return {};
    // Microseconds since 2000-01-01 00:00 UTC (integer datetimes, the only kind since PostgreSQL 10).
    static const qint64 epoch2000Ms = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const auto us = static_cast<qint64>(bigEndian64(PQgetvalue(r, row, column)));
    return QDateTime::fromMSecsSinceEpoch(epoch2000Ms + us / 1000, Qt::UTC);
}

std::optional<Result<BinaryRows>> runBinary(Connection& c, const QString& sql, const QStringList& values,
                                            const QString& what) {
    QSqlDatabase db = c.db();
    PGconn* conn = libpqOf(db);
    // A statement of QPSQL's still being read (single-row mode) would make ours fail: leave it to QSqlQuery.
    if (!conn || PQstatus(conn) != CONNECTION_OK || PQtransactionStatus(conn) == PQTRANS_ACTIVE)
        return std::nullopt;
    std::vector<QByteArray> utf8;
    utf8.reserve(values.size());
    std::vector<const char*> params;
    for (const QString& v : values) {
        utf8.push_back(v.toUtf8());
        params.push_back(utf8.back().constData());
    }
    PGresult* raw = PQexecParams(conn, sql.toUtf8().constData(), static_cast<int>(params.size()), nullptr,
                                 params.data(), nullptr, nullptr, /*resultFormat binary*/ 1);
    std::shared_ptr<void> result(raw, [](void* p) { PQclear(static_cast<PGresult*>(p)); });
    if (PQresultStatus(raw) != PGRES_TUPLES_OK) {
        const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
        const QString message =
            QString::fromUtf8(raw ? PQresultErrorMessage(raw) : PQerrorMessage(conn)).trimmed();
        const auto type =
            PQstatus(conn) == CONNECTION_OK ? QSqlError::StatementError : QSqlError::ConnectionError;
        return Result<BinaryRows>(
            errorFrom(QSqlError(QStringLiteral("QPSQL: unable to run the statement"), message, type,
                                state ? QString::fromLatin1(state) : QString()),
                      db, what));
    }
    BinaryRows rows;
    rows.result_ = std::move(result);
    return Result<BinaryRows>(std::move(rows));
}

} // namespace certphoto::store::detail

#pragma once
// A statement run through libpq itself with its results in binary: QPSQL reads every value as text, so a
// bytea comes as hex (twice its size, decoded on the client) — the bound of an export of photos already in
// the format (docs/export.md, "Speed"). Only for the few reads where the bytes are the work.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace certphoto::store::detail {

class BinaryRows {
public:
    int count() const;
    bool isNull(int row, int column) const;
    // The column's value as its type's binary form expects it; a NULL reads as 0, empty or invalid.
    qint64 int8(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QDateTime timestamptz(int row, int column) const;

private:
    friend std::optional<Result<BinaryRows>> runBinary(Connection&, const QString&, const QStringList&,
                                                       const QString&);
    std::shared_ptr<void> result_; // the PGresult, cleared with PQclear
};

// Runs `sql` with $1..$n bound as text and every result column in binary. nullopt when this connection is
// not a libpq one the caller can use directly (another driver, or a statement still open on it): the caller
// then reads through QSqlQuery. Errors are mapped as detail::run maps them.
std::optional<Result<BinaryRows>> runBinary(Connection& c, const QString& sql, const QStringList& values,
                                            const QString& what);

} // namespace certphoto::store::detail

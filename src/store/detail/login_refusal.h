#pragma once
// Whether a failed connection's text says the server refused the login (rather than: could not be reached).

#include <QString>

namespace certphoto::store::detail {

// A failed connection has no SQLSTATE in QPSQL, so libpq's and the server's wording decides: scram/md5
// refused, no password given, an unknown role. The server words it in its own lc_messages: English (C) and
// Chinese (zh_CN, from PostgreSQL 15's catalog) are read; in any other language a refused login reads as
// "cannot connect".
bool isLoginRefused(const QString& text);

} // namespace certphoto::store::detail

#pragma once
// What a server is, for the first-run dialog's "Test connection" and the About dialog: the PostgreSQL
// version and whether the database holds a certphoto schema this program can use.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

#include <QString>

namespace certphoto::store {

struct ServerInfo {
    QString serverVersion;      // e.g. "15.8"
    int schemaVersion = 0;      // 0: no certphoto schema in this database
    int knownSchemaVersion = 0; // what this program's migrations reach
};

Result<ServerInfo> serverInfo(Connection& c);

} // namespace certphoto::store

#include <certphoto/store/server_info.h>

#include "detail/sql.h"

#include <certphoto/store/migrations.h>

namespace certphoto::store {

Result<ServerInfo> serverInfo(Connection& c) {
    auto version = detail::run(c, QStringLiteral("SELECT current_setting('server_version')"), {},
                               QStringLiteral("reading the server version"));
    if (!version)
        return version.error();
    ServerInfo info;
    if (version->next())
        info.serverVersion = version->value(0).toString();
    auto schema = schemaVersion(c);
    if (!schema)
        return schema.error();
    info.schemaVersion = *schema;
    info.knownSchemaVersion = knownSchemaVersion();
    return info;
}

} // namespace certphoto::store

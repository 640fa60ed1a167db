#include <certphoto/store/tool_database.h>

#include <certphoto/store/migrations.h>

namespace certphoto::store {

Result<void> openToolDatabase(ToolDatabase& out, const QString& explicitConnInfo, const QString& purpose,
                              bool setUpEmpty) {
    store::ConnectionSettings settings = store::ConnectionSettings::resolve(explicitConnInfo);
    const bool privateCluster = settings.connInfo.isEmpty();
    if (privateCluster) {
        auto cluster = store::PrivateCluster::acquire();
        if (!cluster)
            return cluster.error();
        settings.connInfo = cluster->adminConnInfo();
        out.cluster.emplace(std::move(cluster.value()));
    }
    auto connection = store::Connection::open(settings, purpose);
    if (!connection)
        return connection.error();
    out.connection.emplace(std::move(connection.value()));
    // The private cluster upgraded its schema when it was acquired; here only an empty shared database is
    // set up (certphoto-demo), through the same upgradeSchema as certphoto-admin upgrade.
    bool upgrade = false;
    if (!privateCluster && setUpEmpty) {
        auto version = store::schemaVersion(*out.connection);
        upgrade = version.ok() && *version == 0;
    }
    if (upgrade) {
        auto upgraded = store::upgradeSchema(*out.connection);
        if (!upgraded)
            return upgraded.error();
        return {};
    }
    return store::checkSchema(*out.connection);
}

} // namespace certphoto::store

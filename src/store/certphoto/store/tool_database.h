#pragma once
// How a command-line tool reaches the database: --database / CERTPHOTO_DATABASE / the saved setting, or the
// private cluster (started if needed and upgraded to this build's schema, as the workstation does).

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/private_cluster.h>

#include <QString>
#include <optional>

namespace certphoto::store {

struct ToolDatabase {
    std::optional<store::PrivateCluster> cluster; // held while the tool runs; the last user stops it
    std::optional<store::Connection> connection;
};

// On a shared server the schema must already be this build's (an admin upgrades it); the private cluster
// upgrades its own when it is acquired. `setUpEmpty`: an empty database (schema version 0) is set up too —
// the demo generator's case, for a database made just to try the program.
Result<void> openToolDatabase(ToolDatabase& out, const QString& explicitConnInfo, const QString& purpose,
                              bool setUpEmpty = false);

} // namespace certphoto::store

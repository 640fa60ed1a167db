#pragma once
// Numbered SQL migrations shipped inside the library (Qt resource), each applied in its own transaction
// under the upgrade lock and recorded in schema_version with its file's checksum and the oldest client
// version that still works with it (a migration that only adds says so: "-- certphoto:oldest-client N").

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

namespace certphoto::store {

// The schema version this build knows.
int knownSchemaVersion();
// The version in the database, 0 for an empty one.
Result<int> schemaVersion(Connection& c);
// Applies every missing migration up to `upTo` (0: all this build knows). Needs a role that may create
// objects: the private cluster's owner or the shared server's admin. Safe when several clients run it at
// once. The one way the schema changes: the private cluster calls it when it starts, certphoto-admin
// upgrade on a shared server, and certphoto-demo on an empty database. Returns the version reached.
Result<int> upgradeSchema(Connection& c, int upTo = 0);
// Refuses, with a clear message, a schema older than this build knows, a newer one that does not work
// with this build any more (schema.too_new), and one whose applied migration files differ from this
// build's (schema.checksum_mismatch).
Result<void> checkSchema(Connection& c);

} // namespace certphoto::store

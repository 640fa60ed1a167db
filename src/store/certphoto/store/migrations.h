#pragma once
// Numbered SQL migrations shipped inside the library (Qt resource), applied in order under an advisory
// lock and recorded in schema_version.

#include <certphoto/core/result.h>
#include <certphoto/store/connection.h>

namespace certphoto::store {

// The schema version this build knows.
int knownSchemaVersion();
// The version in the database, 0 for an empty one.
Result<int> schemaVersion(Connection& c);
// Applies every missing migration (needs a role that may create objects: the private cluster's owner or
// the shared server's admin). Safe when several clients run it at once.
Result<int> upgradeSchema(Connection& c);
// Refuses, with a clear message, a schema older or newer than this build knows.
Result<void> checkSchema(Connection& c);

} // namespace certphoto::store

#pragma once
// Small edits of libpq connection strings that the login dialog needs: put the chosen login into the
// string, read a key back, and describe a server to people without its password.

#include <QString>

namespace certphoto::app {

// `connInfo` with its user replaced by `user` (key=value form or postgresql:// URI).
QString withUser(const QString& connInfo, const QString& user);
// The value of `key` in a key=value connection string, or the matching part of a URI; empty if absent.
QString connInfoValue(const QString& connInfo, const QString& key);
// "dbname@host" style text for the status bar; never contains a password.
QString describeServer(const QString& connInfo);

} // namespace certphoto::app

#pragma once
// The PostgreSQL server programs (initdb, pg_ctl) and the account they run as. PostgreSQL refuses to run
// as root: then the server runs as the unprivileged `postgres` account through runuser.

#include <certphoto/result/result.h>

#include <QString>
#include <QStringList>

namespace certphoto::store::detail {

struct ServerAccount {
    bool viaRunuser = false; // we are root: run the programs as `name`
    QString name;            // the OS account that owns the data folder and runs the server
    unsigned uid = 0;
    unsigned gid = 0;
};

// `pg_config --bindir` when it has initdb, else the newest /usr/lib/postgresql/*/bin.
Result<QString> serverBinDir();
// Who runs the server: ourselves, or `postgres` when we are root (refused when that account is missing).
Result<ServerAccount> serverAccount();
// The person who started the program (their OS login name).
QString osUserName();

struct ProcessResult {
    int exitCode = -1;
    QString output; // stdout + stderr
};
// Runs `program args` as the server account; waits up to `timeoutMs`.
ProcessResult runAs(const ServerAccount& account, const QString& program, const QStringList& args,
                    int timeoutMs = 120000);
// Makes `path` belong to the server account (no-op unless we are root).
bool giveTo(const ServerAccount& account, const QString& path);

} // namespace certphoto::store::detail

#pragma once
// The private PostgreSQL cluster used when no server is configured: created in the user's data folder on
// first run, listening on a Unix socket only, shared by every copy of the program on this account, stopped
// by the last copy to exit, and reused after a crash.

#include <certphoto/result/result.h>

#include <QString>

namespace certphoto::store {

class PrivateCluster {
public:
    // Creates (initdb) if needed and starts the cluster, or attaches to the one running. Registers this
    // process as a user of it. `dataRoot` defaults to the user's data folder.
    static Result<PrivateCluster> acquire(const QString& dataRoot = {});
    ~PrivateCluster(); // release(): the last copy to exit stops the server
    PrivateCluster(PrivateCluster&& other) noexcept;
    PrivateCluster& operator=(PrivateCluster&& other) noexcept;
    PrivateCluster(const PrivateCluster&) = delete;
    PrivateCluster& operator=(const PrivateCluster&) = delete;

    // Connection string for the owner's admin login (the person who started it is the admin).
    QString adminConnInfo() const;
    QString socketDir() const;
    QString dataDir() const;
    void release();

    // The database name inside the cluster, and the server's own superuser (used for the schema upgrade).
    static QString databaseName();
    QString ownerConnInfo() const;
    // The folder acquire() uses by default (for the first-run dialog: where the data lives).
    static QString defaultDataRoot();
    // True while the PostgreSQL server of the cluster at `dataRoot` runs.
    static bool isRunning(const QString& dataRoot);

private:
    PrivateCluster() = default;
    QString root_;
    QString socketDir_;
    QString adminUser_;
    bool held_ = false;
    int refFd_ = -1; // flock'ed reference file: one per acquire, released by the kernel on a crash
    QString refPath_;
};

} // namespace certphoto::store

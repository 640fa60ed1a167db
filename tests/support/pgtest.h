#pragma once
// Access to the throwaway PostgreSQL cluster that scripts/pg-test-cluster started for the suite.

#include <QSqlDatabase>
#include <QString>

namespace certphoto::test {

struct PgTestServer {
    QString host; // the socket folder
    int port = 5432;
    QString superuser;
    QString dataDir;
    QString logPath;
    QString binDir;
    QString envFile;

    // Reads the file named by CERTPHOTO_TEST_PG_ENV; QFAIL-style abort (qFatal) when it is missing.
    static PgTestServer fromEnvironment();

    // A libpq connection string for `database` as `user` (password optional).
    QString connInfo(const QString& database, const QString& user, const QString& password = {}) const;

    // Opens a QPSQL connection named `connectionName`; returns an invalid/closed db on failure (check
    // isOpen).
    QSqlDatabase open(const QString& connectionName, const QString& database, const QString& user,
                      const QString& password = {}) const;

    // Runs scripts/pg-test-cluster with `command` (restart, kill, startonly). Returns true on success.
    bool control(const QString& command) const;
};

// A uniquely named, empty database for one test case; dropped (with its connections) when destroyed.
class ScratchDatabase {
public:
    explicit ScratchDatabase(const QString& prefix);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    const QString& name() const { return name_; }
    const PgTestServer& server() const { return server_; }
    // A superuser connection to this database (for set-up and for checking results).
    QSqlDatabase superuserConnection() const;
    QString superuserConnInfo() const { return server_.connInfo(name_, server_.superuser); }

private:
    PgTestServer server_;
    QString name_;
    QString superConnName_;
};

// Runs `sql` (may be several statements) on `db`; qFatal-free: returns the error text, empty on success.
QString execAll(QSqlDatabase db, const QString& sql);

} // namespace certphoto::test

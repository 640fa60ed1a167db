#include <certphoto/store/private_cluster.h>

#include "detail/pg_tools.h"
#include "detail/sql.h"

#include <certphoto/common/logging.h>
#include <certphoto/common/privacy.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/migrations.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <atomic>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace certphoto::store {

namespace {

using detail::ServerAccount;

const QString kSuperuser = QStringLiteral("certphoto_superuser");

QString pgData(const QString& root) {
    return root + QStringLiteral("/pgdata");
}

// Where the cluster lives: the test override, else the user's data folder. As root the server account
// must reach it, so it goes under /var/lib/certphoto/<user> instead of root's private home.
QString defaultRoot(const ServerAccount& account) {
    const QString override = qEnvironmentVariable("CERTPHOTO_DATA_HOME");
    if (!override.isEmpty())
        return override;
    if (account.viaRunuser)
        return QStringLiteral("/var/lib/certphoto/") + detail::osUserName();
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/certphoto");
}

// A Unix socket path may hold 107 bytes: a short folder under /tmp, one per data folder.
QString socketDirFor(const QString& root) {
    const QByteArray hash =
        QCryptographicHash::hash(QFile::encodeName(root), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("/tmp/certphoto-%1-%2").arg(::geteuid()).arg(QString::fromLatin1(hash.left(10)));
}

// Serialises start, stop and the reference count between the copies of the program.
class ClusterLock {
public:
    explicit ClusterLock(const QString& root) {
        fd_ = ::open(QFile::encodeName(root + QStringLiteral("/cluster.lock")).constData(),
                     O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd_ >= 0)
            ::flock(fd_, LOCK_EX);
    }
    ~ClusterLock() {
        if (fd_ >= 0)
            ::close(fd_); // releases the flock
    }
    ClusterLock(const ClusterLock&) = delete;
    ClusterLock& operator=(const ClusterLock&) = delete;
    bool ok() const { return fd_ >= 0; }

private:
    int fd_ = -1;
};

// Copies of the program still using the cluster: reference files whose flock someone holds. A file nobody
// holds was left by a crashed copy (the kernel dropped its lock) and is removed.
int liveReferences(const QString& root) {
    QDir dir(root + QStringLiteral("/clients"));
    int live = 0;
    for (const QString& name : dir.entryList({QStringLiteral("*.ref")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            QFile::remove(path);
        } else {
            ++live;
        }
        ::close(fd);
    }
    return live;
}

bool writeFile(const QString& path, const QByteArray& text, bool append) {
    // Truncating or appending keeps the owner (the server account) of files initdb made.
    QFile f(path);
    if (!f.open(append ? QIODevice::Append : (QIODevice::WriteOnly | QIODevice::Truncate)))
        return false;
    return f.write(text) == text.size();
}

Result<void> initCluster(const ServerAccount& account, const QString& bin, const QString& root,
                         const QString& socketDir, const QString& admin) {
    const QString data = pgData(root);
    if (!QDir().mkpath(data) ||
        !QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) ||
        !detail::giveTo(account, data))
        return makeError("cluster.folder", ("cannot prepare the cluster folder " + data).toStdString());
    const auto r =
        detail::runAs(account, bin + QStringLiteral("/initdb"),
                      {QStringLiteral("-D"), data, QStringLiteral("-U"), kSuperuser, QStringLiteral("-E"),
                       QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                       QStringLiteral("--auth-local=peer"), QStringLiteral("--auth-host=scram-sha-256")});
    if (r.exitCode != 0)
        return makeError("cluster.initdb",
                         ("initdb failed: " + privacy::scrub(r.output.right(600))).toStdString());

    const QByteArray conf =
        QStringLiteral("\n# certphoto private cluster\n"
                       "listen_addresses = ''\n"
                       "unix_socket_directories = '%1'\n"
                       "max_connections = 100\n"
                       "timezone = 'UTC'\n"
                       "# A claim never holds a transaction open; a forgotten one must not block VACUUM.\n"
                       "idle_in_transaction_session_timeout = '5min'\n"
                       "# Failing statements carry bound values (personal data): never log them.\n"
                       "log_min_error_statement = panic\n")
            .arg(socketDir)
            .toUtf8();
    // The server's own superuser by peer (as the account that runs it, or the person who started it);
    // the person who started certphoto as their admin login by peer; everyone else by password.
    const QByteArray hba = QStringLiteral("# certphoto private cluster: Unix socket only\n"
                                          "local all %1 peer map=owner\n"
                                          "local all \"%2\" peer\n"
                                          "local all all scram-sha-256\n")
                               .arg(kSuperuser, admin)
                               .toUtf8();
    QByteArray ident = QStringLiteral("owner %1 %2\n").arg(account.name, kSuperuser).toUtf8();
    if (detail::osUserName() != account.name)
        ident += QStringLiteral("owner %1 %2\n").arg(detail::osUserName(), kSuperuser).toUtf8();
    if (!writeFile(data + QStringLiteral("/postgresql.conf"), conf, true) ||
        !writeFile(data + QStringLiteral("/pg_hba.conf"), hba, false) ||
        !writeFile(data + QStringLiteral("/pg_ident.conf"), ident, false))
        return makeError("cluster.config", "cannot write the cluster's configuration");
    logging::info(QStringLiteral("private cluster: created in %1").arg(data));
    return {};
}

Result<void> startServer(const ServerAccount& account, const QString& bin, const QString& root) {
    const QString data = pgData(root);
    const auto status = detail::runAs(account, bin + QStringLiteral("/pg_ctl"),
                                      {QStringLiteral("status"), QStringLiteral("-D"), data});
    if (status.exitCode == 0) {
        logging::info(QStringLiteral("private cluster: reusing the running server"));
        return {};
    }
    // pg_ctl and the server deal with a postmaster.pid left by a crash.
    const auto r = detail::runAs(account, bin + QStringLiteral("/pg_ctl"),
                                 {QStringLiteral("start"), QStringLiteral("-D"), data, QStringLiteral("-l"),
                                  data + QStringLiteral("/server.log"), QStringLiteral("-w"),
                                  QStringLiteral("-t"), QStringLiteral("60")});
    if (r.exitCode != 0)
        return makeError("cluster.start", ("the private PostgreSQL server did not start: " +
                                           privacy::scrub(r.output.right(600)))
                                              .toStdString());
    logging::info(QStringLiteral("private cluster: server started"));
    return {};
}

// The database, the schema (the private cluster upgrades itself) and the person's admin login.
Result<void> prepareDatabase(const QString& socketDir, const QString& admin) {
    {
        auto c = Connection::open(
            {QStringLiteral("host=%1 dbname=postgres user=%2").arg(socketDir, kSuperuser), {}},
            QStringLiteral("cluster-setup"));
        if (!c)
            return c.error();
        auto exists = detail::run(*c, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"),
                                  {PrivateCluster::databaseName()});
        if (!exists)
            return exists.error();
        if (!exists->next()) {
            auto made = detail::runScript(
                *c, QStringLiteral("CREATE DATABASE %1").arg(PrivateCluster::databaseName()),
                QStringLiteral("creating the database"));
            if (!made)
                return made.error();
        }
    }
    auto c = Connection::open({QStringLiteral("host=%1 dbname=%2 user=%3")
                                   .arg(socketDir, PrivateCluster::databaseName(), kSuperuser),
                               {}},
                              QStringLiteral("cluster-setup"));
    if (!c)
        return c.error();
    auto up = upgradeSchema(*c);
    if (!up)
        return up.error();
    // The person who started it is an admin (a login in certphoto_admin, not a superuser).
    auto role =
        detail::run(*c,
                    QStringLiteral("SELECT format('CREATE ROLE %I LOGIN IN ROLE certphoto_admin', ?::text) "
                                   "WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"),
                    {admin, admin}, QStringLiteral("preparing the admin login"));
    if (!role)
        return role.error();
    if (role->next()) {
        const QString ddl = role->value(0).toString();
        role->finish();
        auto made = detail::runScript(*c, ddl, QStringLiteral("creating the admin login"));
        if (!made)
            return made.error();
        // Its group's timeouts and connection limit, as create_user gives every other login.
        auto limited = detail::run(*c, QStringLiteral("SELECT certphoto.apply_login_limits(?)"), {admin},
                                   QStringLiteral("limiting the admin login"));
        if (!limited)
            return limited.error();
    }
    return {};
}

std::atomic<int> referenceCounter{0};

} // namespace

QString PrivateCluster::databaseName() {
    return QStringLiteral("certphoto");
}

Result<PrivateCluster> PrivateCluster::acquire(const QString& dataRoot) {
    auto account = detail::serverAccount();
    if (!account)
        return account.error();
    auto bin = detail::serverBinDir();
    if (!bin)
        return bin.error();

    PrivateCluster cluster;
    cluster.root_ = QDir::cleanPath(dataRoot.isEmpty() ? defaultRoot(*account) : dataRoot);
    cluster.socketDir_ = socketDirFor(cluster.root_);
    cluster.adminUser_ = detail::osUserName();
    const QString& root = cluster.root_;
    if (!QDir().mkpath(root + QStringLiteral("/clients")))
        return makeError("cluster.folder", ("cannot create the data folder " + root).toStdString());
    if (account->viaRunuser) // the server account must be able to walk into it
        QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                        QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                        QFile::ExeOther);

    ClusterLock lock(root);
    if (!lock.ok())
        return makeError("cluster.lock", ("cannot lock " + root + "/cluster.lock").toStdString());

    // The socket folder: only the server account (and root) may enter it.
    if (!QDir().mkpath(cluster.socketDir_) ||
        !QFile::setPermissions(cluster.socketDir_, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) ||
        !detail::giveTo(*account, cluster.socketDir_))
        return makeError("cluster.socket",
                         ("cannot prepare the socket folder " + cluster.socketDir_).toStdString());

    if (!QFile::exists(pgData(root) + QStringLiteral("/PG_VERSION"))) {
        if (auto made = initCluster(*account, *bin, root, cluster.socketDir_, cluster.adminUser_); !made)
            return made.error();
    }
    if (auto started = startServer(*account, *bin, root); !started)
        return started.error();

    // Registered as a user before anything else can fail, so a failure below still stops a server we started.
    cluster.refPath_ =
        QStringLiteral("%1/clients/%2-%3.ref").arg(root).arg(::getpid()).arg(++referenceCounter);
    cluster.refFd_ =
        ::open(QFile::encodeName(cluster.refPath_).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (cluster.refFd_ < 0 || ::flock(cluster.refFd_, LOCK_EX | LOCK_NB) != 0)
        return makeError("cluster.lock", "cannot register with the private cluster");
    cluster.held_ = true;

    if (auto ready = prepareDatabase(cluster.socketDir_, cluster.adminUser_); !ready)
        return ready.error(); // ~PrivateCluster releases (under the lock taken again there)
    return cluster;
}

PrivateCluster::~PrivateCluster() {
    release();
}

PrivateCluster::PrivateCluster(PrivateCluster&& o) noexcept
    : root_(std::move(o.root_)), socketDir_(std::move(o.socketDir_)), adminUser_(std::move(o.adminUser_)),
      held_(std::exchange(o.held_, false)), refFd_(std::exchange(o.refFd_, -1)),
      refPath_(std::move(o.refPath_)) {}

PrivateCluster& PrivateCluster::operator=(PrivateCluster&& o) noexcept {
    if (this != &o) {
        release();
        root_ = std::move(o.root_);
        socketDir_ = std::move(o.socketDir_);
        adminUser_ = std::move(o.adminUser_);
        held_ = std::exchange(o.held_, false);
        refFd_ = std::exchange(o.refFd_, -1);
        refPath_ = std::move(o.refPath_);
    }
    return *this;
}

QString PrivateCluster::adminConnInfo() const {
    return QStringLiteral("host=%1 dbname=%2 user=%3").arg(socketDir_, databaseName(), adminUser_);
}

QString PrivateCluster::ownerConnInfo() const {
    return QStringLiteral("host=%1 dbname=%2 user=%3").arg(socketDir_, databaseName(), kSuperuser);
}

QString PrivateCluster::socketDir() const {
    return socketDir_;
}

QString PrivateCluster::dataDir() const {
    return root_;
}

QString PrivateCluster::defaultDataRoot() {
    if (auto account = detail::serverAccount())
        return defaultRoot(*account);
    detail::ServerAccount asRoot; // root without a postgres account: acquire() refuses, the folder is this
    asRoot.viaRunuser = ::geteuid() == 0;
    return defaultRoot(asRoot);
}

bool PrivateCluster::isRunning(const QString& dataRoot) {
    auto account = detail::serverAccount();
    auto bin = detail::serverBinDir();
    if (!account || !bin)
        return false;
    return detail::runAs(*account, *bin + QStringLiteral("/pg_ctl"),
                         {QStringLiteral("status"), QStringLiteral("-D"), pgData(QDir::cleanPath(dataRoot))})
               .exitCode == 0;
}

void PrivateCluster::release() {
    if (!held_ && refFd_ < 0)
        return;
    held_ = false;
    ClusterLock lock(root_);
    if (refFd_ >= 0) {
        ::close(refFd_);
        refFd_ = -1;
        QFile::remove(refPath_);
    }
    if (liveReferences(root_) > 0)
        return;
    // The last copy out stops the server.
    auto account = detail::serverAccount();
    auto bin = detail::serverBinDir();
    if (!account || !bin)
        return;
    const auto r = detail::runAs(*account, *bin + QStringLiteral("/pg_ctl"),
                                 {QStringLiteral("stop"), QStringLiteral("-D"), pgData(root_),
                                  QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w")});
    if (r.exitCode == 0) {
        QDir().rmdir(socketDir_); // empty once the server is gone; made again at the next start
        logging::info(QStringLiteral("private cluster: server stopped (last copy out)"));
    } else
        logging::warning(QStringLiteral("private cluster: stopping the server failed: %1")
                             .arg(privacy::scrub(r.output.right(300))));
}

} // namespace certphoto::store

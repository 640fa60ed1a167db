#include "pg_tools.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <pwd.h>
#include <unistd.h>

namespace certphoto::store::detail {

Result<QString> serverBinDir() {
    QProcess config;
    config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (config.waitForFinished(10000) && config.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable())
            return dir;
    }
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable())
            return dir;
    }
    return makeError("cluster.no_server",
                     "no PostgreSQL server programs found (pg_config --bindir, /usr/lib/postgresql/*/bin): "
                     "install the postgresql package");
}

Result<ServerAccount> serverAccount() {
    ServerAccount a;
    if (::geteuid() != 0) {
        a.uid = ::geteuid();
        a.gid = ::getegid();
        a.name = osUserName();
        return a;
    }
    const passwd* pw = ::getpwnam("postgres");
    if (!pw)
        return makeError("cluster.root",
                         "certphoto was started as root, and PostgreSQL refuses to run as root; there is no "
                         "'postgres' account to run it as. Start certphoto as a normal user.");
    a.viaRunuser = true;
    a.name = QStringLiteral("postgres");
    a.uid = pw->pw_uid;
    a.gid = pw->pw_gid;
    return a;
}

QString osUserName() {
    if (const passwd* pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("certphoto"));
}

ProcessResult runAs(const ServerAccount& account, const QString& program, const QStringList& args,
                    int timeoutMs) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // The server's working folder must be readable by its account (root's home is not).
    p.setWorkingDirectory(QStringLiteral("/"));
    if (account.viaRunuser)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), account.name, QStringLiteral("--"), program} + args);
    else
        p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.output = QStringLiteral("cannot start %1").arg(program);
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.output = QStringLiteral("%1 did not finish in time").arg(program);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromLocal8Bit(p.readAll());
    return r;
}

bool giveTo(const ServerAccount& account, const QString& path) {
    if (!account.viaRunuser)
        return true;
    return ::chown(QFile::encodeName(path).constData(), account.uid, account.gid) == 0;
}

} // namespace certphoto::store::detail

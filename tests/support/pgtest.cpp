#include "pgtest.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace certphoto::test {

PgTestServer PgTestServer::fromEnvironment() {
    PgTestServer s;
    s.envFile = qEnvironmentVariable("CERTPHOTO_TEST_PG_ENV");
    QFile f(s.envFile);
    if (s.envFile.isEmpty() || !f.open(QIODevice::ReadOnly))
        qFatal("CERTPHOTO_TEST_PG_ENV does not name a readable file: run this test through ctest "
               "(the pg.start fixture starts the cluster)");
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const int eq = line.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = line.left(eq), value = line.mid(eq + 1);
        if (key == u"CERTPHOTO_TEST_PGHOST")
            s.host = value;
        else if (key == u"CERTPHOTO_TEST_PGPORT")
            s.port = value.toInt();
        else if (key == u"CERTPHOTO_TEST_PGSUPERUSER")
            s.superuser = value;
        else if (key == u"CERTPHOTO_TEST_PGDATA")
            s.dataDir = value;
        else if (key == u"CERTPHOTO_TEST_PGLOG")
            s.logPath = value;
        else if (key == u"CERTPHOTO_TEST_PGBIN")
            s.binDir = value;
    }
    return s;
}

QString PgTestServer::connInfo(const QString& database, const QString& user, const QString& password) const {
    QString s = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4").arg(host).arg(port).arg(database, user);
    if (!password.isEmpty())
        s += QStringLiteral(" password=%1").arg(password);
    return s;
}

QSqlDatabase PgTestServer::open(const QString& connectionName, const QString& database, const QString& user,
                                const QString& password) const {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    db.open();
    return db;
}

bool PgTestServer::control(const QString& command) const {
    const QString script =
        qEnvironmentVariable("CERTPHOTO_SOURCE_DIR") + QStringLiteral("/scripts/pg-test-cluster");
    return QProcess::execute(script, {command, envFile}) == 0;
}

ScratchDatabase::ScratchDatabase(const QString& prefix)
    : server_(PgTestServer::fromEnvironment()),
      name_(QStringLiteral("t_%1_%2").arg(prefix.toLower(),
                                          QUuid::createUuid().toString(QUuid::Id128).left(10))) {
    const QString admin = QStringLiteral("scratch-admin-") + name_;
    {
        QSqlDatabase db = server_.open(admin, QStringLiteral("postgres"), server_.superuser);
        if (!db.isOpen())
            qFatal("cannot connect to the test cluster: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name_)))
            qFatal("CREATE DATABASE failed: %s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(admin);
    superConnName_ = QStringLiteral("scratch-") + name_;
    server_.open(superConnName_, name_, server_.superuser);
}

ScratchDatabase::~ScratchDatabase() {
    QSqlDatabase::database(superConnName_, false).close();
    QSqlDatabase::removeDatabase(superConnName_);
    const QString admin = QStringLiteral("scratch-drop-") + name_;
    {
        QSqlDatabase db = server_.open(admin, QStringLiteral("postgres"), server_.superuser);
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name_));
        db.close();
    }
    QSqlDatabase::removeDatabase(admin);
}

QSqlDatabase ScratchDatabase::superuserConnection() const {
    QSqlDatabase db = QSqlDatabase::database(superConnName_);
    if (!db.isOpen())
        db.open();
    return db;
}

QString execAll(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        return q.lastError().text();
    return {};
}

} // namespace certphoto::test

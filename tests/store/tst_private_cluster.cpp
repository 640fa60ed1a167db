// The private cluster: created on first use, shared by copies of the program, stopped by the last one out,
// found and reused after a crash; the person who started it is an admin, not a superuser.
#include <certphoto/common/logging.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/migrations.h>
#include <certphoto/store/private_cluster.h>
#include <certphoto/store/users.h>

#include "detail/login_refusal.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace certphoto;

namespace {

// The first line of postmaster.pid: the running server's process id (0 when none).
qint64 postmasterPid(const QString& root) {
    QFile f(root + QStringLiteral("/pgdata/postmaster.pid"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readLine().trimmed().toLongLong();
}

} // namespace

class TestPrivateCluster : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_{QStringLiteral("/tmp/cp-cluster-XXXXXX")};
    QString root_;

private slots:
    void initTestCase() {
        logging::init(QStringLiteral("test-store-private-cluster"));
        QVERIFY(tmp_.isValid());
        // As root the server runs as `postgres`, which must be able to walk into the folder.
        QFile::setPermissions(tmp_.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                               QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                               QFile::ExeOther);
        root_ = tmp_.path() + QStringLiteral("/data");
    }
    void cleanupTestCase() {
        QVERIFY(!store::PrivateCluster::isRunning(root_));
        logging::shutdown();
    }

    // A shared server may speak Chinese (lc_messages zh_CN): its refusals, word for word from PostgreSQL 15's
    // zh_CN catalog as libpq prints them, are still refusals; a server that cannot be reached is not.
    void loginRefusalIsReadInEnglishAndChinese_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("refused");
        const QString sock =
            QStringLiteral("connection to server on socket \"/tmp/x/.s.PGSQL.5432\" failed: ");
        QTest::newRow("en password")
            << sock + QStringLiteral("FATAL:  password authentication failed for user \"auditor\"") << true;
        QTest::newRow("en role") << sock + QStringLiteral("FATAL:  role \"nobody\" does not exist") << true;
        QTest::newRow("en no password") << QStringLiteral("fe_sendauth: no password supplied") << true;
        QTest::newRow("zh password") << sock + QStringLiteral("致命错误:  用户 \"auditor\" Password 认证失败")
                                     << true;
        QTest::newRow("zh role") << sock + QStringLiteral("致命错误:  角色 \"nobody\" 不存在") << true;
        QTest::newRow("zh host rejected")
            << sock + QStringLiteral("致命错误:  用户 \"auditor\" 认证失败: 主机拒绝") << true;
        QTest::newRow("en no socket") << sock + QStringLiteral("No such file or directory") << false;
        QTest::newRow("en refused") << QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 "
                                                      "failed: Connection refused")
                                    << false;
        QTest::newRow("zh database missing")
            << sock + QStringLiteral("致命错误:  数据库 \"certphoto\" 不存在") << false;
    }
    void loginRefusalIsReadInEnglishAndChinese() {
        QFETCH(QString, text);
        QFETCH(bool, refused);
        QCOMPARE(store::detail::isLoginRefused(text), refused);
    }

    void acquireTwiceReleaseBoth() {
        auto first = store::PrivateCluster::acquire(root_);
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
        QVERIFY(store::PrivateCluster::isRunning(root_));
        QVERIFY(first->socketDir().size() < 60); // far below the 107-byte socket path limit
        const qint64 pid = postmasterPid(root_);
        QVERIFY(pid > 0);

        {
            auto c = store::Connection::open({first->adminConnInfo(), {}}, QStringLiteral("test"));
            QVERIFY2(c.ok(), c.ok() ? "" : c.error().message.c_str());
            QVERIFY(store::checkSchema(*c).ok());
            auto roles = store::currentRoles(*c);
            QVERIFY(roles.ok());
            QVERIFY(std::find(roles->begin(), roles->end(), store::Role::Admin) != roles->end());
            QSqlQuery q(c->db());
            QVERIFY(q.exec(
                QStringLiteral("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = session_user")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toBool(), false);
            QCOMPARE(q.value(1).toBool(), false);
            q.finish();
            // The admin can make the other users.
            QVERIFY(store::createUser(*c, QStringLiteral("cluster_auditor"), QStringLiteral("secret-1"),
                                      store::Role::Auditor)
                        .ok());
            // No TCP: the server listens on the socket only.
            QVERIFY(q.exec(QStringLiteral("SHOW listen_addresses")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QString());
        }
        // Others log in with their password.
        {
            auto wrong = store::Connection::open(
                {QStringLiteral("host=%1 dbname=certphoto user=cluster_auditor").arg(first->socketDir()),
                 QStringLiteral("wrong")},
                QStringLiteral("test"));
            QVERIFY(!wrong.ok());
            // Told apart from a server that cannot be reached, so the window can say which.
            QCOMPARE(QString::fromStdString(wrong.error().code), QStringLiteral("db.auth"));
            auto nobody = store::Connection::open(
                {QStringLiteral("host=%1 dbname=certphoto user=no_such_login").arg(first->socketDir()),
                 QStringLiteral("x")},
                QStringLiteral("test"));
            QVERIFY(!nobody.ok());
            QCOMPARE(QString::fromStdString(nobody.error().code), QStringLiteral("db.auth"));
            auto nowhere = store::Connection::open(
                {QStringLiteral("host=/nonexistent-socket-dir dbname=certphoto user=cluster_auditor"),
                 QStringLiteral("secret-1")},
                QStringLiteral("test"));
            QVERIFY(!nowhere.ok());
            QCOMPARE(QString::fromStdString(nowhere.error().code), QStringLiteral("db.connection"));
            auto right = store::Connection::open(
                {QStringLiteral("host=%1 dbname=certphoto user=cluster_auditor").arg(first->socketDir()),
                 QStringLiteral("secret-1")},
                QStringLiteral("test"));
            QVERIFY2(right.ok(), right.ok() ? "" : right.error().message.c_str());
        }

        auto second = store::PrivateCluster::acquire(root_);
        QVERIFY2(second.ok(), second.ok() ? "" : second.error().message.c_str());
        QCOMPARE(postmasterPid(root_), pid); // reused, not restarted
        first->release();
        QVERIFY(store::PrivateCluster::isRunning(root_)); // the second copy still uses it
        const QString socket = second->socketDir();
        second->release();
        QVERIFY(!store::PrivateCluster::isRunning(root_)); // last one out stopped it
        QVERIFY(!QDir(socket).exists());                   // and left no socket folder behind
    }

    void crashedCopyLeavesItRunningAndItIsReused() {
        QProcess holder;
        holder.start(QStringLiteral(CERTPHOTO_STORE_TEST_HELPER), {QStringLiteral("hold-cluster"), root_});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(120000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));
        holder.kill();
        QVERIFY(holder.waitForFinished());
        QVERIFY(store::PrivateCluster::isRunning(root_)); // the crash stopped nothing
        const qint64 pid = postmasterPid(root_);

        auto again = store::PrivateCluster::acquire(root_);
        QVERIFY2(again.ok(), again.ok() ? "" : again.error().message.c_str());
        QCOMPARE(postmasterPid(root_), pid);
        again->release(); // the dead copy's reference is stale: this was the last one
        QVERIFY(!store::PrivateCluster::isRunning(root_));
    }

    void stalePidFileIsHandled() {
        QVERIFY(!store::PrivateCluster::isRunning(root_));
        // A postmaster.pid naming a process that is gone, as after a power cut.
        const QString pidFile = root_ + QStringLiteral("/pgdata/postmaster.pid");
        {
            QFile f(pidFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("999999\n" + QFile::encodeName(root_ + QStringLiteral("/pgdata")) + "\n");
        }
        if (::geteuid() == 0)
            QVERIFY(QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:"), pidFile}) == 0);
        auto c = store::PrivateCluster::acquire(root_);
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().message.c_str());
        QVERIFY(store::PrivateCluster::isRunning(root_));
        c->release();
        QVERIFY(!store::PrivateCluster::isRunning(root_));
    }

    void adminToolWorksOnThePrivateCluster() {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CERTPHOTO_DATA_HOME"), root_);
        env.remove(QStringLiteral("CERTPHOTO_DATABASE"));
        auto admin = [&env](const QStringList& args, const QByteArray& input = {}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CERTPHOTO_ADMIN_TOOL), args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAll()));
        };
        auto [code, out] = admin({QStringLiteral("schema-version")});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("database %1").arg(store::knownSchemaVersion())),
                 qPrintable(out));
        std::tie(code, out) =
            admin({QStringLiteral("create-user"), QStringLiteral("cluster_sup"), QStringLiteral("--role"),
                   QStringLiteral("supervisor"), QStringLiteral("--password-stdin")},
                  "secret-2\n");
        QCOMPARE(code, 0);
        std::tie(code, out) = admin({QStringLiteral("create-user"), QStringLiteral("cluster_x"),
                                     QStringLiteral("--role"), QStringLiteral("owner")});
        QCOMPARE(code, 2);
        std::tie(code, out) = admin({QStringLiteral("set-lease"), QStringLiteral("120")});
        QCOMPARE(code, 0);
        std::tie(code, out) = admin({QStringLiteral("add-school"), QStringLiteral("北京大学"),
                                     QStringLiteral("--profile"), QStringLiteral("chsi-graduation"),
                                     QStringLiteral("--deadline-hours"), QStringLiteral("24")});
        QCOMPARE(code, 0);
        QVERIFY(!store::PrivateCluster::isRunning(root_)); // each run stopped it on the way out

        auto c = store::PrivateCluster::acquire(root_);
        QVERIFY(c.ok());
        auto sup = store::Connection::open(
            {QStringLiteral("host=%1 dbname=certphoto user=cluster_sup").arg(c->socketDir()),
             QStringLiteral("secret-2")},
            QStringLiteral("test"));
        QVERIFY2(sup.ok(), sup.ok() ? "" : sup.error().message.c_str());
        QSqlQuery q(sup->db());
        QVERIFY(
            q.exec(QStringLiteral("SELECT deadline_hours FROM certphoto.schools WHERE name = '北京大学'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 24);
        QVERIFY(q.exec(QStringLiteral("SELECT certphoto.lease_seconds()")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 120);
    }
};

QTEST_GUILESS_MAIN(TestPrivateCluster)
#include "tst_private_cluster.moc"

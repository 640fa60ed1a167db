// Migrations: from empty, re-run, two clients at once, and clients refusing a schema they do not know.
#include "store_fixture.h"

#include <certphoto/common/logging.h>
#include <certphoto/core/reason_codes.h>
#include <certphoto/store/decisions.h>

#include <QSqlError>
#include <QThread>
#include <QUrl>

using namespace certphoto;
using namespace certphoto::test;

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-store-migrations")); }
    void cleanupTestCase() { logging::shutdown(); }

    void fromEmptyAndRerun() {
        ScratchDatabase db(QStringLiteral("mig"));
        auto c = store::Connection::open({db.superuserConnInfo(), {}}, QStringLiteral("test"));
        QVERIFY(c.ok());
        QCOMPARE(store::schemaVersion(*c).value(), 0);
        auto refused = store::checkSchema(*c);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, std::string("schema.too_old"));

        QVERIFY(store::knownSchemaVersion() >= 6); // 0006_reanalysis.sql is bundled
        auto up = store::upgradeSchema(*c);
        QVERIFY2(up.ok(), up.ok() ? "" : up.error().message.c_str());
        QCOMPARE(*up, store::knownSchemaVersion());
        QCOMPARE(store::schemaVersion(*c).value(), store::knownSchemaVersion());
        QVERIFY(store::checkSchema(*c).ok());

        // Re-run: nothing to do, nothing duplicated.
        auto again = store::upgradeSchema(*c);
        QVERIFY2(again.ok(), again.ok() ? "" : again.error().message.c_str());
        QSqlQuery q(db.superuserConnection());
        // Numbers may have gaps (parallel branches take numbers ahead): one row per applied file.
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*), count(DISTINCT version), max(version) FROM certphoto.schema_version")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
        QCOMPARE(q.value(2).toInt(), store::knownSchemaVersion());
    }

    void reasonCodesAreExactlyTheAgreedOnes() {
        ScratchDatabase db(QStringLiteral("rc"));
        auto c = store::Connection::open({db.superuserConnInfo(), {}}, QStringLiteral("test"));
        QVERIFY(c.ok());
        QVERIFY(store::upgradeSchema(*c).ok());
        auto codes = store::listReasonCodes(*c);
        QVERIFY(codes.ok());
        QStringList got;
        for (const auto& r : *codes) {
            got << r.code;
            QVERIFY2(!r.labelZh.isEmpty() && !r.labelEn.isEmpty() && !r.smsText.isEmpty(),
                     qPrintable(r.code));
            QCOMPARE(r.needsNote, r.code == QLatin1String("other"));
        }
        // The compliance core names these codes in its findings: the table must hold exactly them.
        QStringList expected;
        for (std::string_view code : core::knownReasonCodes())
            expected << QString::fromUtf8(code.data(), qsizetype(code.size()));
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    void twoClientsUpgradeAtOnce() {
        ScratchDatabase db(QStringLiteral("migc"));
        const store::ConnectionSettings settings{db.superuserConnInfo(), {}};
        std::atomic<int> succeeded{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 2; ++i) {
            threads.emplace_back(QThread::create([&] {
                auto c = store::Connection::open(settings, QStringLiteral("upgrade"));
                if (c && store::upgradeSchema(*c).ok())
                    ++succeeded;
            }));
            threads.back()->start();
        }
        for (auto& t : threads)
            t->wait();
        QCOMPARE(succeeded.load(), 2);
        QSqlQuery q(db.superuserConnection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*), count(DISTINCT version), max(version) FROM certphoto.schema_version")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
        QCOMPARE(q.value(2).toInt(), store::knownSchemaVersion());
    }

    void settingsResolveInOrder() {
        qputenv("CERTPHOTO_DATABASE", "host=/from/env dbname=x");
        QCOMPARE(store::ConnectionSettings::resolve(QStringLiteral("host=/explicit")).connInfo,
                 QStringLiteral("host=/explicit"));
        QCOMPARE(store::ConnectionSettings::resolve({}).connInfo, QStringLiteral("host=/from/env dbname=x"));
        qunsetenv("CERTPHOTO_DATABASE");
        // A postgresql:// URI works as well as key=value pairs.
        ScratchDatabase db(QStringLiteral("uri"));
        const auto& s = db.server();
        const QString uri = QStringLiteral("postgresql://") + s.superuser + QStringLiteral("@/") + db.name() +
                            QStringLiteral("?host=") + QString::fromLatin1(QUrl::toPercentEncoding(s.host)) +
                            QStringLiteral("&port=") + QString::number(s.port);
        auto c = store::Connection::open({uri, {}}, QStringLiteral("test"));
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().message.c_str());
        QCOMPARE(c->userName(), s.superuser);
    }

    void newerSchemaRefused() {
        ScratchDatabase db(QStringLiteral("mign"));
        auto c = store::Connection::open({db.superuserConnInfo(), {}}, QStringLiteral("test"));
        QVERIFY(c.ok());
        QVERIFY(store::upgradeSchema(*c).ok());
        QCOMPARE(execAll(db.superuserConnection(),
                         QStringLiteral("INSERT INTO certphoto.schema_version (version) VALUES (%1)")
                             .arg(store::knownSchemaVersion() + 1)),
                 QString());
        auto check = store::checkSchema(*c);
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, std::string("schema.too_new"));
        QVERIFY(QString::fromStdString(check.error().message).contains(QLatin1String("newer")));
        auto up = store::upgradeSchema(*c);
        QVERIFY(!up.ok());
        QCOMPARE(up.error().code, std::string("schema.too_new"));
    }

    void olderSchemaRefused() {
        ScratchDatabase db(QStringLiteral("migo"));
        auto c = store::Connection::open({db.superuserConnInfo(), {}}, QStringLiteral("test"));
        QVERIFY(c.ok());
        QVERIFY(store::upgradeSchema(*c).ok());
        QCOMPARE(execAll(db.superuserConnection(),
                         QStringLiteral("DELETE FROM certphoto.schema_version WHERE version = %1")
                             .arg(store::knownSchemaVersion())),
                 QString());
        auto check = store::checkSchema(*c);
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, std::string("schema.too_old"));
        QVERIFY(
            QString::fromStdString(check.error().message).contains(QLatin1String("certphoto-admin upgrade")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

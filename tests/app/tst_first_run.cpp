// The first start, as a new person meets it: the first-run dialog for both choices (this computer only;
// a team server at the suite's throwaway cluster with a password), Test connection in plain words, the
// password kept in the keychain or asked for at each login — never in the settings file, which the test
// reads —, the login remembered per server; the About dialog's versions.
#include "about_dialog.h"
#include "app_controller.h"
#include "app_fixture.h"
#include "app_settings.h"
#include "first_run_dialog.h"
#include "login_dialog.h"
#include "server_probe.h"

#include <certphoto/common/logging.h>
#include <certphoto/core/analysis.h>

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace certphoto;

namespace {

template <class W> W* child(QWidget* parent, const char* name) {
    W* w = parent->findChild<W*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

QByteArray settingsFileBytes() {
    QFile f(app::AppSettings::fileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFirstRun : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        logging::init(QStringLiteral("test-app-first-run"));
        qunsetenv("CERTPHOTO_DATABASE");
    }
    void cleanupTestCase() { logging::shutdown(); }

    void init() {
        settingsDir_ = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir_->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_->path());
    }

    void thisComputerOnly() {
        // No server anywhere and no choice made yet: the controller opens the first-run dialog, not the
        // login.
        app::AppController controller(app::AppOptions{});
        controller.start();
        app::FirstRunDialog* dialog = controller.firstRunDialog();
        QVERIFY(dialog);
        QVERIFY(!controller.loginDialog());
        QVERIFY(child<QRadioButton>(dialog, "localChoice")->isChecked());
        QVERIFY(!child<QWidget>(dialog, "teamBox")->isEnabled());
        // It says where the data lives and how to back it up.
        const QString text = child<QLabel>(dialog, "localText")->text();
        QVERIFY2(text.contains(QStringLiteral("certphoto")) && text.contains(QStringLiteral("back it up")),
                 qPrintable(text));
        dialog->accept();
        QVERIFY(app::AppSettings::setupDone());
        QVERIFY(app::AppSettings::server().isEmpty());
        QTRY_VERIFY(controller.loginDialog());
        // The private cluster's login is the account's own until another was used.
        QCOMPARE(child<QLineEdit>(controller.loginDialog(), "serverEdit")->text(), QString());

        // A second start goes straight to the login.
        app::AppController again(app::AppOptions{});
        again.start();
        QVERIFY(!again.firstRunDialog());
        QVERIFY(again.loginDialog());
    }

    void teamServerTestConnection() {
        test::AppDb db(QStringLiteral("frun"));
        const test::PgTestServer& server = db.store.scratch.server();
        app::FirstRunDialog dialog;
        child<QRadioButton>(&dialog, "teamChoice")->setChecked(true);
        QVERIFY(child<QWidget>(&dialog, "teamBox")->isEnabled());

        // A host on the network gets verify-full TLS by default; a local socket folder needs none.
        child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("db.example.org"));
        QVERIFY(child<QCheckBox>(&dialog, "verifyTlsCheck")->isChecked());
        QVERIFY(dialog.composedServer().contains(QStringLiteral("sslmode=verify-full")));
        QVERIFY(child<QLineEdit>(&dialog, "caEdit")->isEnabled());
        child<QLineEdit>(&dialog, "caEdit")->setText(QStringLiteral("/etc/ssl/our ca.pem"));
        QVERIFY2(dialog.composedServer().contains(QStringLiteral("sslrootcert='/etc/ssl/our ca.pem'")),
                 qPrintable(dialog.composedServer()));

        child<QLineEdit>(&dialog, "hostEdit")->setText(server.host);
        child<QSpinBox>(&dialog, "portSpin")->setValue(server.port);
        QVERIFY(!dialog.composedServer().contains(QStringLiteral("sslmode")));

        auto testOnce = [&](const QString& database, const QString& user) {
            child<QLineEdit>(&dialog, "databaseEdit")->setText(database);
            child<QLineEdit>(&dialog, "userEdit")->setText(user);
            QSignalSpy tested(&dialog, &app::FirstRunDialog::tested);
            QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
            if (!tested.wait(20'000))
                qFatal("no answer from Test connection");
            return tested.at(0).at(0).value<app::ProbeAnswer>();
        };
        // The certphoto database: usable, in words.
        const QString auditor = db.store.makeUser(store::Role::Auditor);
        const app::ProbeAnswer usable = testOnce(db.store.scratch.name(), auditor);
        QVERIFY2(usable.kind == app::ProbeAnswer::Kind::Usable, qPrintable(usable.text));
        QVERIFY(dialog.testResultText().contains(QStringLiteral("can be used")));
        // A database without certphoto in it.
        const app::ProbeAnswer other = testOnce(QStringLiteral("postgres"), server.superuser);
        QVERIFY2(other.kind == app::ProbeAnswer::Kind::NotCertphoto, qPrintable(other.text));
        QVERIFY(other.text.contains(QStringLiteral("not a certphoto database")));
        // No server there at all.
        child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("/nonexistent-socket-dir"));
        const app::ProbeAnswer gone = testOnce(db.store.scratch.name(), auditor);
        QVERIFY2(gone.kind == app::ProbeAnswer::Kind::Unreachable, qPrintable(gone.text));
        QVERIFY(!gone.text.contains(QStringLiteral("nonexistent"))); // a sentence, not libpq's text
    }

    void teamServerPasswordNeverInSettings() {
        test::AppDb db(QStringLiteral("frpw"));
        const test::PgTestServer& server = db.store.scratch.server();
        const QString auditor = db.store.makeUser(store::Role::Auditor);
        const QString password =
            QStringLiteral("Secret-%1-Pw").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));

        app::AppController controller(app::AppOptions{});
        controller.start();
        app::FirstRunDialog* dialog = controller.firstRunDialog();
        QVERIFY(dialog);
        child<QRadioButton>(dialog, "teamChoice")->setChecked(true);
        child<QLineEdit>(dialog, "hostEdit")->setText(server.host);
        child<QSpinBox>(dialog, "portSpin")->setValue(server.port);
        child<QLineEdit>(dialog, "databaseEdit")->setText(db.store.scratch.name());
        child<QLineEdit>(dialog, "userEdit")->setText(auditor);
        child<QLineEdit>(dialog, "passwordEdit")->setText(password);
        QVERIFY(child<QCheckBox>(dialog, "rememberCheck")->isChecked());
        const QString chosen = dialog->composedServer();
        QTest::keyClick(dialog, Qt::Key_Return);
        // The keychain answers (stored, or: no keychain service here, asked each time), then the login.
        QTRY_VERIFY_WITH_TIMEOUT(controller.loginDialog(), 20'000);
        app::LoginDialog* login = controller.loginDialog();
        QCOMPARE(child<QLineEdit>(login, "serverEdit")->text(), chosen);
        QCOMPARE(child<QLineEdit>(login, "userEdit")->text(), auditor);
        // The password typed a moment ago is carried over in memory.
        QCOMPARE(child<QLineEdit>(login, "passwordEdit")->text(), password);
        QCOMPARE(app::AppSettings::server(), chosen);
        QCOMPARE(app::AppSettings::lastLogin(chosen), auditor);
        const QByteArray file = settingsFileBytes();
        QVERIFY2(!file.isEmpty(), qPrintable(app::AppSettings::fileName()));
        QVERIFY(file.contains(auditor.toUtf8()));
        QVERIFY2(!file.contains(password.toUtf8()), "the password is in the settings file");
        QVERIFY(!file.toLower().contains("password"));
        // Without a keychain the login dialog says so: the password will be asked each time.
        const QLabel* note = child<QLabel>(login, "noteLabel");
        if (!note->text().isEmpty())
            QVERIFY2(note->text().contains(QStringLiteral("keychain")), qPrintable(note->text()));

        // The next start: the login per server is remembered; the password is not in any file.
        app::AppController next(app::AppOptions{});
        next.start();
        QVERIFY(!next.firstRunDialog());
        QVERIFY(next.loginDialog());
        QCOMPARE(child<QLineEdit>(next.loginDialog(), "userEdit")->text(), auditor);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(next.loginDialog(), "noteLabel")->text().isEmpty() ||
                                     !child<QLineEdit>(next.loginDialog(), "passwordEdit")->text().isEmpty(),
                                 20'000);
        const QString fromKeychain = child<QLineEdit>(next.loginDialog(), "passwordEdit")->text();
        QVERIFY(fromKeychain.isEmpty() || fromKeychain == password);
        QVERIFY(!settingsFileBytes().contains(password.toUtf8()));
    }

    void aboutShowsTheVersions() {
        test::AppDb db(QStringLiteral("frab"));
        app::Session session;
        const auto worker = db.connect(db.auditor, &session);
        app::AboutDialog about(worker.get(), QStringLiteral("test server"));
        QCOMPARE(about.valueOf(QStringLiteral("Compliance core")), QString::fromLatin1(core::coreVersion()));
        QVERIFY(about.valueOf(QStringLiteral("OpenCV")).startsWith(QStringLiteral("4.")));
        QVERIFY(about.valueOf(QStringLiteral("Qt")).startsWith(QString::fromLatin1(qVersion())));
        QTRY_VERIFY_WITH_TIMEOUT(
            about.valueOf(QStringLiteral("PostgreSQL server")).startsWith(QStringLiteral("15")), 20'000);
        QVERIFY(about.valueOf(QStringLiteral("Database schema"))
                    .startsWith(QStringLiteral("version %1").arg(store::knownSchemaVersion())));
    }

private:
    std::unique_ptr<QTemporaryDir> settingsDir_;
};

QTEST_MAIN(TestFirstRun)
#include "tst_first_run.moc"

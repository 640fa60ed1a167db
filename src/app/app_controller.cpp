#include "app_controller.h"

#include "app_settings.h"
#include "conninfo.h"
#include "database.h"
#include "first_run_dialog.h"
#include "main_window.h"
#include "password_vault.h"
#include "private_cluster_keeper.h"
#include "session.h"
#include "statistics_entry.h"
#include "store_error_text.h"

#include <certphoto/common/logging.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStatusBar>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace certphoto::app {

namespace {

// The account's name as the private cluster knows its admin (the password database, not $USER).
QString osUser() {
    if (const passwd* pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

// Starts (or attaches to) the private cluster, which brings its own schema up to date (the one upgrade path
// of the private cluster: PrivateCluster::acquire). Runs on a helper thread: initdb and the first start
// take seconds.
Result<store::PrivateCluster> startPrivateCluster() {
    return store::PrivateCluster::acquire();
}

} // namespace

AppController::AppController(AppOptions options, QObject* parent)
    : QObject(parent), options_(std::move(options)) {}

AppController::~AppController() {
    if (window_) {
        window_->close();
        // Let claims still on their way come back, so they are given back too (bounded: never hang exit).
        QElapsedTimer waited;
        waited.start();
        while (db_ && db_->pendingJobs() > 0 && waited.elapsed() < 5'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    window_.reset();
    keeper_.reset();
    db_.reset(); // waits for the posted jobs
    if (cluster_)
        cluster_->release();
}

void AppController::start() {
    // The first start asks where the data lives, unless the command line or the environment already says.
    const bool serverGiven =
        !options_.database.isEmpty() || !qEnvironmentVariable("CERTPHOTO_DATABASE").isEmpty();
    if (!serverGiven && !AppSettings::setupDone() && AppSettings::server().isEmpty()) {
        auto* firstRun = new FirstRunDialog;
        firstRun->setAttribute(Qt::WA_DeleteOnClose);
        connect(firstRun, &QDialog::rejected, this, &AppController::quit);
        connect(firstRun, &QDialog::accepted, this, [this, firstRun] {
            const FirstRunChoice choice = firstRun->choice();
            showLogin(choice.password, firstRun->keychainMessage());
        });
        firstRun_ = firstRun;
        firstRun->show();
        return;
    }
    showLogin({}, {});
}

void AppController::showLogin(const QString& typedPassword, const QString& note) {
    configuredServer_ = store::ConnectionSettings::resolve(options_.database).connInfo;
    QString user = options_.user;
    if (user.isEmpty())
        user = AppSettings::lastLogin(configuredServer_);
    login_ = new LoginDialog(configuredServer_, user, osUser());
    login_->setAttribute(Qt::WA_DeleteOnClose);
    connect(login_, &LoginDialog::loginRequested, this, &AppController::onLoginRequested);
    connect(login_, &QDialog::rejected, this, &AppController::quit);
    if (!note.isEmpty())
        login_->showNote(note);
    if (!typedPassword.isEmpty()) {
        login_->setPassword(typedPassword);
    } else if (!configuredServer_.isEmpty() && !user.isEmpty()) {
        // A team server's password from the keychain, if one was kept; otherwise the person types it.
        vault_ = new PasswordVault(this);
        vault_->fetch(configuredServer_, user, [this](const PasswordVault::Answer& a) {
            if (!login_)
                return;
            if (a.outcome == PasswordVault::Outcome::Done)
                login_->setPassword(a.password);
            else if (a.outcome == PasswordVault::Outcome::NoKeychain)
                login_->showNote(a.message);
        });
    }
    login_->show();
}

void AppController::onLoginRequested(const LoginRequest& request) {
    if (!request.server.isEmpty()) {
        openSession(request, withUser(request.server, request.user));
        return;
    }
    login_->setBusy(true, tr("Starting the private database on this computer…"));
    withPrivateCluster([this, request] {
        if (!cluster_)
            return;
        openSession(request, withUser(cluster_->adminConnInfo(), request.user));
    });
}

void AppController::withPrivateCluster(std::function<void()> then) {
    if (cluster_) {
        then();
        return;
    }
    if (clusterStarting_)
        return;
    clusterStarting_ = true;
    auto result = std::make_shared<std::optional<Result<store::PrivateCluster>>>();
    QThread* thread = QThread::create([result] { result->emplace(startPrivateCluster()); });
    connect(thread, &QThread::finished, this, [this, thread, result, then] {
        thread->deleteLater();
        clusterStarting_ = false;
        if (!*result || !(**result)) {
            const Error why = *result ? (**result).error() : makeError("cluster.start", "no result");
            logStoreError(QStringLiteral("private cluster"), why);
            if (login_)
                login_->showError(tr("The private database on this computer could not start. %1")
                                      .arg(storeErrorText(why, StoreErrorWhere::Login)));
            return;
        }
        cluster_.emplace(std::move((**result).value()));
        logging::info(QStringLiteral("private cluster ready"));
        then();
    });
    thread->start();
}

void AppController::keepPrivateCluster() {
    keeper_ = std::make_unique<PrivateClusterKeeper>(
        db_.get(), cluster_->dataDir(), [this](store::PrivateCluster c) { cluster_ = std::move(c); });
    connect(keeper_.get(), &PrivateClusterKeeper::message, window_.get(),
            [w = window_.get()](const QString& text) { w->statusBar()->showMessage(text, 20'000); });
}

void AppController::openSession(const LoginRequest& request, const QString& connInfo) {
    if (login_)
        login_->setBusy(true, tr("Connecting…"));
    db_ = std::make_unique<Database>(store::ConnectionSettings{connInfo, request.password});
    const bool privateCluster = request.server.isEmpty();
    db_->run<Session>(
        this, {QStringLiteral("log in"), 0, Retry::No},
        [](store::Connection& c) { return app::openSession(c); },
        [this, request, privateCluster, connInfo](Result<Session> r) {
            if (!r) {
                // The store and the worker logged the raw message; the dialog gets the sentence.
                logging::warning(
                    QStringLiteral("login refused (%1)").arg(QString::fromStdString(r.error().code)));
                db_.reset();
                if (login_)
                    login_->showError(
                        tr("Could not log in. %1").arg(storeErrorText(r.error(), StoreErrorWhere::Login)));
                return;
            }
            Session session = std::move(r.value());
            session.privateCluster = privateCluster;
            session.serverText = privateCluster ? tr("private cluster") : describeServer(connInfo);
            logging::setUser(session.login);
            db_->setLogUser(session.login);
            logging::info(QStringLiteral("logged in"));
            AppSettings::setLastLogin(request.server, request.user);
            // A server typed by hand becomes the default; the command line and environment stay one-off.
            if (options_.database.isEmpty() && qEnvironmentVariable("CERTPHOTO_DATABASE").isEmpty()) {
                AppSettings::setServer(request.server);
                AppSettings::setSetupDone(true);
            }
            const bool statisticsFirst = StatisticsEntry::landsOnStatistics(session);
            window_ = std::make_unique<MainWindow>(db_.get(), std::move(session));
            connect(window_.get(), &QObject::destroyed, this, &AppController::quit);
            window_->setAttribute(Qt::WA_QuitOnClose);
            if (privateCluster && cluster_)
                keepPrivateCluster();
            window_->show();
            // A supervisor starts on the statistics; auditors on the queue.
            if (statisticsFirst)
                window_->statistics()->open();
            if (login_)
                login_->loginSucceeded();
        });
}

} // namespace certphoto::app

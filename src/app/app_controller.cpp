#include "app_controller.h"

#include "conninfo.h"
#include "database.h"
#include "main_window.h"
#include "session.h"
#include "statistics_entry.h"
#include "store_error_text.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/migrations.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSettings>
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

// Starts (or attaches to) the private cluster and brings its schema up to date as its owner. Runs on a
// helper thread: initdb and the first start take seconds, and the connection stays on this thread.
Result<store::PrivateCluster> startPrivateCluster() {
    auto cluster = store::PrivateCluster::acquire();
    if (!cluster)
        return cluster.error();
    // The cluster's own superuser owns the schema; the person is then its certphoto admin.
    auto owner = store::Connection::open({cluster->ownerConnInfo(), {}}, QStringLiteral("upgrade"));
    if (!owner)
        return owner.error();
    auto upgraded = store::upgradeSchema(*owner);
    if (!upgraded)
        return upgraded.error();
    return std::move(cluster.value());
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
    db_.reset(); // waits for the posted jobs
    if (cluster_)
        cluster_->release();
}

void AppController::start() {
    configuredServer_ = store::ConnectionSettings::resolve(options_.database).connInfo;
    QString user = options_.user;
    if (user.isEmpty())
        user = QSettings(QStringLiteral("certphoto"), QStringLiteral("certphoto"))
                   .value(QStringLiteral("login/user"))
                   .toString();
    login_ = new LoginDialog(configuredServer_, user, osUser());
    login_->setAttribute(Qt::WA_DeleteOnClose);
    connect(login_, &LoginDialog::loginRequested, this, &AppController::onLoginRequested);
    connect(login_, &QDialog::rejected, this, &AppController::quit);
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

void AppController::openSession(const LoginRequest& request, const QString& connInfo) {
    if (login_)
        login_->setBusy(true, tr("Connecting…"));
    db_ = std::make_unique<Database>(store::ConnectionSettings{connInfo, request.password});
    const bool privateCluster = request.server.isEmpty();
    db_->run<Session>(
        this, {QStringLiteral("log in"), 0, Retry::No},
        [](store::Connection& c) { return app::openSession(c, false); },
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
            QSettings settings(QStringLiteral("certphoto"), QStringLiteral("certphoto"));
            settings.setValue(QStringLiteral("login/user"), request.user);
            // A server typed by hand becomes the default; the command line and environment stay one-off.
            if (options_.database.isEmpty() && qEnvironmentVariable("CERTPHOTO_DATABASE").isEmpty()) {
                if (request.server.isEmpty())
                    settings.remove(QStringLiteral("database/connInfo"));
                else
                    settings.setValue(QStringLiteral("database/connInfo"), request.server);
            }
            const bool statisticsFirst = StatisticsEntry::landsOnStatistics(session);
            window_ = std::make_unique<MainWindow>(db_.get(), std::move(session));
            connect(window_.get(), &QObject::destroyed, this, &AppController::quit);
            window_->setAttribute(Qt::WA_QuitOnClose);
            window_->show();
            // A supervisor starts on the statistics; auditors on the queue.
            if (statisticsFirst)
                window_->statistics()->open();
            if (login_)
                login_->loginSucceeded();
        });
}

} // namespace certphoto::app

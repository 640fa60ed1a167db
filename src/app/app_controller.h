#pragma once
// Start-up and log-in: on the first start asks where the data lives (FirstRunDialog); resolves the server
// (--database, CERTPHOTO_DATABASE, saved setting, else the private cluster), starts the private cluster
// off the GUI thread (upgrading its schema), shows the login dialog (a team server's password from the
// keychain), opens the Database worker and, once the session is checked, the main window.

#include "app_options.h"
#include "first_run_dialog.h"
#include "login_dialog.h"

#include <certphoto/store/private_cluster.h>

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace certphoto::app {

class Database;
class MainWindow;
class PasswordVault;
class PrivateClusterKeeper;

class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(AppOptions options, QObject* parent = nullptr);
    // Closes the window, waits for the worker's last jobs (lease releases), then lets the cluster go.
    ~AppController() override;

    void start();
    MainWindow* mainWindow() const { return window_.get(); }
    FirstRunDialog* firstRunDialog() const { return firstRun_; }
    LoginDialog* loginDialog() const { return login_; }

signals:
    void quit();

private:
    // The login dialog; `typedPassword` from the first-run dialog, `note` (e.g. no keychain) shown in it.
    void showLogin(const QString& typedPassword, const QString& note);
    void onLoginRequested(const LoginRequest& request);
    void withPrivateCluster(std::function<void()> then);
    void openSession(const LoginRequest& request, const QString& connInfo);
    // On the private cluster: restart its server when it stops under the window.
    void keepPrivateCluster();

    AppOptions options_;
    QString configuredServer_;
    std::optional<store::PrivateCluster> cluster_;
    bool clusterStarting_ = false;
    std::unique_ptr<Database> db_;
    std::unique_ptr<MainWindow> window_;
    std::unique_ptr<PrivateClusterKeeper> keeper_; // before db_ in destruction (declared after it)
    QPointer<LoginDialog> login_;
    QPointer<FirstRunDialog> firstRun_;
    PasswordVault* vault_ = nullptr;
};

} // namespace certphoto::app

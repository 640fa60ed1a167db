#pragma once
// Start-up and log-in: resolves the server (--database, CERTPHOTO_DATABASE, saved setting, else the
// private cluster), starts the private cluster off the GUI thread (upgrading its schema), shows the login
// dialog, opens the Database worker and, once the session is checked, the main window.

#include "app_options.h"
#include "login_dialog.h"

#include <certphoto/store/private_cluster.h>

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace certphoto::app {

class Database;
class MainWindow;

class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(AppOptions options, QObject* parent = nullptr);
    // Closes the window, waits for the worker's last jobs (lease releases), then lets the cluster go.
    ~AppController() override;

    void start();
    MainWindow* mainWindow() const { return window_.get(); }

signals:
    void quit();

private:
    void onLoginRequested(const LoginRequest& request);
    void withPrivateCluster(std::function<void()> then);
    void openSession(const LoginRequest& request, const QString& connInfo);

    AppOptions options_;
    QString configuredServer_;
    std::optional<store::PrivateCluster> cluster_;
    bool clusterStarting_ = false;
    std::unique_ptr<Database> db_;
    std::unique_ptr<MainWindow> window_;
    QPointer<LoginDialog> login_;
};

} // namespace certphoto::app

#pragma once
// Log in: server (a libpq connection string, empty = the private cluster on this computer), user,
// password. The dialog never touches the database: it asks, and the controller answers with
// loginSucceeded() or showError() once the worker has tried.

#include <QDialog>
#include <memory>

namespace Ui {
class LoginDialog;
}

namespace certphoto::app {

struct LoginRequest {
    QString server; // empty: private cluster
    QString user;
    QString password;
};

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    // With no server, `privateClusterUser` is prefilled (the person who started the private cluster is its
    // admin); with a server, `user` (the last login).
    LoginDialog(const QString& server, const QString& user, const QString& privateClusterUser,
                QWidget* parent = nullptr);
    ~LoginDialog() override;

    LoginRequest request() const;
    void setBusy(bool busy, const QString& message = {});
    void showError(const QString& message);
    // A remark that is not an error (e.g. no keychain: the password is asked each time).
    void showNote(const QString& message);
    // Filled in from the keychain or the first-run dialog; focus moves on to the login button.
    void setPassword(const QString& password);
    void loginSucceeded();

signals:
    void loginRequested(const certphoto::app::LoginRequest& request);

public slots:
    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateHint();

    std::unique_ptr<Ui::LoginDialog> ui_;
    QString privateClusterUser_;
};

} // namespace certphoto::app

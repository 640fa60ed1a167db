#include "login_dialog.h"

#include "ui_logindialog.h"

#include <QPushButton>

namespace certphoto::app {

LoginDialog::LoginDialog(const QString& server, const QString& user, const QString& privateClusterUser,
                         QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::LoginDialog>()), privateClusterUser_(privateClusterUser) {
    ui_->setupUi(this);
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    ui_->serverEdit->setText(server);
    // The login last used on this server; on the private cluster, before any, the account's own (its admin).
    ui_->userEdit->setText(server.isEmpty() && user.isEmpty() ? privateClusterUser : user);
    connect(ui_->serverEdit, &QLineEdit::textChanged, this, [this] { updateHint(); });
    connect(ui_->userEdit, &QLineEdit::textChanged, this, [this] { updateHint(); });
    updateHint();
    ui_->errorLabel->hide();
    ui_->noteLabel->hide();
    // Enter in any field logs in (not left to the default-button logic of the platform).
    for (QLineEdit* edit : {ui_->serverEdit, ui_->userEdit, ui_->passwordEdit})
        connect(edit, &QLineEdit::returnPressed, this, &LoginDialog::accept);
}

void LoginDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    // Focus where typing starts: the password when the rest is known.
    if (ui_->userEdit->text().isEmpty())
        ui_->userEdit->setFocus();
    else
        ui_->passwordEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

LoginRequest LoginDialog::request() const {
    return {ui_->serverEdit->text().trimmed(), ui_->userEdit->text().trimmed(), ui_->passwordEdit->text()};
}

void LoginDialog::updateHint() {
    const QString login = ui_->userEdit->text().trimmed();
    if (!ui_->serverEdit->text().trimmed().isEmpty())
        ui_->hintLabel->setText(tr("Shared server: log in with the user an admin created for you."));
    else if (login.isEmpty() || login == privateClusterUser_)
        ui_->hintLabel->setText(tr("The private cluster keeps its data on this computer. You (%1) are its "
                                   "admin; no password is needed.")
                                    .arg(privateClusterUser_));
    else // another person's login on this computer's cluster: the admin gave them a password
        ui_->hintLabel->setText(tr("The private cluster keeps its data on this computer. %1 logs in with the "
                                   "password its admin (%2) set.")
                                    .arg(login, privateClusterUser_));
}

void LoginDialog::setBusy(bool busy, const QString& message) {
    ui_->serverEdit->setEnabled(!busy);
    ui_->userEdit->setEnabled(!busy);
    ui_->passwordEdit->setEnabled(!busy);
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        ui_->errorLabel->hide();
        ui_->hintLabel->setText(message);
    } else {
        updateHint();
    }
}

void LoginDialog::showError(const QString& message) {
    setBusy(false);
    ui_->errorLabel->setText(message);
    ui_->errorLabel->show();
    ui_->passwordEdit->setFocus();
    ui_->passwordEdit->selectAll();
}

void LoginDialog::showNote(const QString& message) {
    ui_->noteLabel->setText(message);
    ui_->noteLabel->setVisible(!message.isEmpty());
}

void LoginDialog::setPassword(const QString& password) {
    ui_->passwordEdit->setText(password);
}

void LoginDialog::loginSucceeded() {
    QDialog::accept();
}

void LoginDialog::accept() {
    const LoginRequest r = request();
    if (r.user.isEmpty()) {
        showError(tr("Enter your user name."));
        ui_->userEdit->setFocus();
        return;
    }
    setBusy(true, tr("Connecting…"));
    emit loginRequested(r);
}

} // namespace certphoto::app

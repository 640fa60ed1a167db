#include "first_run_dialog.h"

#include "app_settings.h"
#include "conninfo.h"
#include "password_vault.h"
#include "ui_firstrundialog.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/private_cluster.h>

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace certphoto::app {

namespace {

// A libpq value, quoted when it needs to be.
QString quoted(const QString& v) {
    if (!v.isEmpty() && !v.contains(QLatin1Char(' ')) && !v.contains(QLatin1Char('\'')) &&
        !v.contains(QLatin1Char('\\')))
        return v;
    QString e = v;
    e.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + e + QLatin1Char('\'');
}

} // namespace

bool isLocalHost(const QString& host) {
    const QString h = host.trimmed();
    return h.isEmpty() || h.startsWith(QLatin1Char('/')) || h == u"localhost" || h.startsWith(u"127.") ||
           h == u"::1";
}

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::FirstRunDialog>()), vault_(new PasswordVault(this)) {
    ui_->setupUi(this);
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    // Enter starts, from any field (Test connection and Choose… are clicked, never the default).
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    ui_->localText->setText(
        tr("certphoto keeps its own PostgreSQL database in %1 on this computer; nothing to type, and you are "
           "its administrator. To back it up, close certphoto and copy that folder, or run "
           "\"pg_dump\" on the database while certphoto runs.")
            .arg(QDir::toNativeSeparators(store::PrivateCluster::defaultDataRoot())));
    connect(ui_->localChoice, &QRadioButton::toggled, this, [this] { updateEnabled(); });
    connect(ui_->hostEdit, &QLineEdit::textChanged, this, [this] { updateEnabled(); });
    connect(ui_->connInfoEdit, &QLineEdit::textChanged, this, [this] { updateEnabled(); });
    connect(ui_->verifyTlsCheck, &QCheckBox::toggled, this, [this] { updateEnabled(); });
    connect(ui_->testButton, &QPushButton::clicked, this, &FirstRunDialog::testConnection);
    connect(ui_->caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("The server's CA certificate"), {},
                                         tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!file.isEmpty())
            ui_->caEdit->setText(file);
    });
    updateEnabled();
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::updateEnabled() {
    const bool team = ui_->teamChoice->isChecked();
    ui_->teamBox->setEnabled(team);
    const bool typedString = !ui_->connInfoEdit->text().trimmed().isEmpty();
    for (QWidget* w : std::initializer_list<QWidget*>{ui_->hostEdit, ui_->portSpin, ui_->databaseEdit,
                                                      ui_->verifyTlsCheck})
        w->setEnabled(team && !typedString);
    const bool local = isLocalHost(ui_->hostEdit->text());
    // TLS verification is on for every host that is not this computer; a local socket has no TLS.
    if (!local && !ui_->verifyTlsCheck->isEnabled() && !typedString)
        ui_->verifyTlsCheck->setChecked(true);
    const bool verify = team && !typedString && !local && ui_->verifyTlsCheck->isChecked();
    ui_->caEdit->setEnabled(verify);
    ui_->caBrowseButton->setEnabled(verify);
    ui_->testButton->setEnabled(team && !testing_);
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!testing_);
}

QString FirstRunDialog::composedServer() const {
    const QString typed = ui_->connInfoEdit->text().trimmed();
    if (!typed.isEmpty())
        return typed;
    const QString host = ui_->hostEdit->text().trimmed();
    QStringList parts;
    if (!host.isEmpty())
        parts << QStringLiteral("host=%1").arg(quoted(host));
    if (ui_->portSpin->value() != 5432)
        parts << QStringLiteral("port=%1").arg(ui_->portSpin->value());
    const QString db = ui_->databaseEdit->text().trimmed();
    parts << QStringLiteral("dbname=%1").arg(quoted(db.isEmpty() ? QStringLiteral("certphoto") : db));
    if (!isLocalHost(host)) {
        // verify-full: the certificate must chain to a trusted CA and name this host. Turning it off
        // still asks for TLS (require), so the password never crosses the network in clear.
        if (ui_->verifyTlsCheck->isChecked()) {
            parts << QStringLiteral("sslmode=verify-full");
            const QString ca = ui_->caEdit->text().trimmed();
            parts
                << QStringLiteral("sslrootcert=%1").arg(quoted(ca.isEmpty() ? QStringLiteral("system") : ca));
        } else {
            parts << QStringLiteral("sslmode=require");
        }
    }
    return parts.join(QLatin1Char(' '));
}

FirstRunChoice FirstRunDialog::choice() const {
    FirstRunChoice c;
    c.team = ui_->teamChoice->isChecked();
    if (c.team) {
        c.server = composedServer();
        c.user = ui_->userEdit->text().trimmed();
        c.password = ui_->passwordEdit->text();
        c.remember = ui_->rememberCheck->isChecked() && !c.password.isEmpty();
    }
    return c;
}

QString FirstRunDialog::testResultText() const {
    return ui_->testResultLabel->text();
}

void FirstRunDialog::testConnection() {
    const FirstRunChoice c = choice();
    testing_ = true;
    updateEnabled();
    ui_->testResultLabel->setText(tr("Testing the connection…"));
    const QString connInfo = c.user.isEmpty() ? c.server : withUser(c.server, c.user);
    probeServer(this, {connInfo, c.password}, [this](const ProbeAnswer& answer) {
        testing_ = false;
        updateEnabled();
        ui_->testResultLabel->setText(answer.text);
        emit tested(answer);
    });
}

void FirstRunDialog::accept() {
    const FirstRunChoice c = choice();
    if (c.team && c.server.isEmpty()) {
        ui_->testResultLabel->setText(
            tr("Name the team server (its host), or choose \"This computer only\"."));
        ui_->hostEdit->setFocus();
        return;
    }
    AppSettings::setServer(c.team ? c.server : QString());
    if (!c.user.isEmpty())
        AppSettings::setLastLogin(c.server, c.user);
    AppSettings::setSetupDone(true);
    logging::info(c.team ? QStringLiteral("first run: team server chosen")
                         : QStringLiteral("first run: this computer only"));
    if (!c.remember) {
        QDialog::accept();
        return;
    }
    // The keychain may take a moment (or show its own prompt): close once it answered.
    setEnabled(false);
    vault_->store(c.server, c.user, c.password, [this](const PasswordVault::Answer& a) {
        setEnabled(true);
        if (a.outcome != PasswordVault::Outcome::Done)
            logging::warning(QStringLiteral("first run: the password was not kept in the keychain"));
        keychainMessage_ = a.message;
        QDialog::accept();
    });
}

} // namespace certphoto::app

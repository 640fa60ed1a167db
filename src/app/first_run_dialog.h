#pragma once
// The first start: where the data lives. "This computer only" needs nothing typed (the private cluster,
// with where its folder is and how to back it up); "team server" takes host/port/database or a
// connection string, verifies TLS by default for every host that is not this computer, tests the
// connection in plain words, and keeps the password in the system keychain (never in the settings).

#include "server_probe.h"

#include <QDialog>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace certphoto::app {

class PasswordVault;

struct FirstRunChoice {
    bool team = false;
    QString server; // connection string without user or password; empty: this computer
    QString user;
    QString password; // typed for this start only; kept in the keychain when asked, never in a file
    bool remember = false;
};

class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstRunDialog(QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    FirstRunChoice choice() const;
    // The connection string the team fields make (host/port/dbname/sslmode/sslrootcert), or the one typed.
    QString composedServer() const;
    // Shown under the Test button (the tests read it).
    QString testResultText() const;
    // Why the password could not be kept (no keychain service), empty when it was or was not asked to be.
    QString keychainMessage() const { return keychainMessage_; }

public slots:
    void accept() override;
    void testConnection();

signals:
    void tested(const certphoto::app::ProbeAnswer& answer);

private:
    void updateEnabled();

    std::unique_ptr<Ui::FirstRunDialog> ui_;
    PasswordVault* vault_ = nullptr;
    bool testing_ = false;
    QString keychainMessage_;
};

// True for a host on this computer (Unix socket folder, localhost, loopback): TLS need not be verified.
bool isLocalHost(const QString& host);

} // namespace certphoto::app

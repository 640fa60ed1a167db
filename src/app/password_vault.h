#pragma once
// Team-server passwords in the system keychain (Secret Service / KWallet through QtKeychain), never in a
// settings file. Without a keychain service the vault says so and the login dialog asks each time.
// Asynchronous: keychain services may show their own unlock prompt.

#include <QObject>
#include <QString>
#include <functional>

namespace certphoto::app {

class PasswordVault : public QObject {
    Q_OBJECT
public:
    explicit PasswordVault(QObject* parent = nullptr);

    enum class Outcome { Done, NotFound, NoKeychain, Failed };
    struct Answer {
        Outcome outcome = Outcome::Failed;
        QString password; // for fetch, when Done
        QString message;  // the person's sentence when not Done (translated)
    };

    // The key is the server and the login; the service name is "certphoto".
    void store(const QString& server, const QString& login, const QString& password,
               std::function<void(Answer)> done);
    void fetch(const QString& server, const QString& login, std::function<void(Answer)> done);
    void forget(const QString& server, const QString& login, std::function<void(Answer)> done);

    static QString keyFor(const QString& server, const QString& login);
};

} // namespace certphoto::app

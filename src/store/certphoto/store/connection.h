#pragma once
// One PostgreSQL connection, owned by the thread that opened it (QPSQL in Qt 6.4 cannot move between
// threads). Every store function takes the Connection it runs on.

#include <certphoto/common/setting_value.h>
#include <certphoto/result/result.h>

#include <QSqlDatabase>
#include <QString>

namespace certphoto::store {

// Where to connect: a libpq connection string ("host=/tmp/x dbname=certphoto user=alice") or a
// postgresql:// URI, plus an optional password kept apart so it is never logged.
struct ConnectionSettings {
    QString connInfo;
    QString password;

    // Settings from, in order: the explicit string (--database), CERTPHOTO_DATABASE, the saved setting.
    // Empty connInfo means "no server configured": use the private cluster.
    static ConnectionSettings resolve(const QString& explicitConnInfo);

    // The team server saved on this computer (the first-run choice); empty: the private cluster. Owned
    // here because resolve() reads it; the window's settings write it through this declaration.
    static const common::SettingValue<QString>& savedServer();
};

class Connection {
public:
    // Opens a connection with a unique name for this thread. Errors are scrubbed of personal data.
    static Result<Connection> open(const ConnectionSettings& settings, const QString& purpose);
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase db() const;
    bool isOpen() const;
    // After the server dropped the connection QPSQL does not reconnect by itself: reopen it.
    Result<void> reopen();
    // The login role (session_user) and the certphoto groups it belongs to.
    QString userName() const;

private:
    Connection() = default;
    ConnectionSettings settings_;
    QString name_;
    QString user_; // session_user, read once at open
};

} // namespace certphoto::store

#include <certphoto/store/connection.h>

#include "detail/login_refusal.h"
#include "detail/sql.h"

#include <certphoto/common/logging.h>
#include <certphoto/common/privacy.h>

#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace certphoto::store {

namespace {

// A postgresql:// URI as libpq key=value pairs (QPSQL hands its connect options to libpq as they are).
QString keywordsFromUri(const QString& uri) {
    const QUrl url(uri);
    QStringList parts;
    auto add = [&parts](const QString& key, const QString& value) {
        if (value.isEmpty())
            return;
        QString v = value;
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        parts << QStringLiteral("%1='%2'").arg(key, v);
    };
    add(QStringLiteral("host"), url.host());
    if (url.port() > 0)
        add(QStringLiteral("port"), QString::number(url.port()));
    add(QStringLiteral("user"), url.userName());
    add(QStringLiteral("password"), url.password());
    add(QStringLiteral("dbname"), url.path().mid(1));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        add(key, value);
    return parts.join(QLatin1Char(' '));
}

void apply(QSqlDatabase& db, const ConnectionSettings& s) {
    QString options = s.connInfo.trimmed();
    if (options.startsWith(QLatin1String("postgres://")) ||
        options.startsWith(QLatin1String("postgresql://")))
        options = keywordsFromUri(options);
    // Lets the private cluster and the benchmark count certphoto's own sessions.
    if (!options.contains(QLatin1String("application_name")))
        options += QStringLiteral(" application_name=certphoto");
    db.setConnectOptions(options.trimmed());
    if (!s.password.isEmpty())
        db.setPassword(s.password);
}

} // namespace

const common::SettingValue<QString>& ConnectionSettings::savedServer() {
    static const common::SettingValue<QString> setting(QStringLiteral("database/connInfo"));
    return setting;
}

ConnectionSettings ConnectionSettings::resolve(const QString& explicitConnInfo) {
    ConnectionSettings s;
    if (!explicitConnInfo.trimmed().isEmpty()) {
        s.connInfo = explicitConnInfo.trimmed();
    } else if (!qEnvironmentVariable("CERTPHOTO_DATABASE").trimmed().isEmpty()) {
        s.connInfo = qEnvironmentVariable("CERTPHOTO_DATABASE").trimmed();
    } else {
        s.connInfo = savedServer().get().trimmed();
    }
    return s;
}

Result<Connection> Connection::open(const ConnectionSettings& settings, const QString& purpose) {
    Connection c;
    c.settings_ = settings;
    c.name_ = QStringLiteral("certphoto-%1-%2").arg(purpose, QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c.name_);
        if (!db.isValid())
            return makeError("db.driver",
                             "the Qt PostgreSQL driver (QPSQL) is not available: install libqt6sql6-psql");
        apply(db, settings);
        if (!db.open()) {
            const QString text =
                privacy::scrub(db.lastError().text().section(QLatin1Char('\n'), 0, 1).trimmed());
            logging::warning(QStringLiteral("store: cannot connect (%1): %2").arg(purpose, text));
            if (detail::isLoginRefused(text))
                return makeError("db.auth",
                                 ("the database refused the login name or password: " + text).toStdString());
            return makeError("db.connection", ("cannot connect to the database: " + text).toStdString());
        }
    }
    auto who = detail::run(c, QStringLiteral("SELECT session_user::text"), {}, QStringLiteral("who am I"));
    if (!who)
        return who.error();
    if (who->next())
        c.user_ = who->value(0).toString();
    return c;
}

Connection::~Connection() {
    if (name_.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name_, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name_);
}

Connection::Connection(Connection&& other) noexcept
    : settings_(std::move(other.settings_)), name_(std::exchange(other.name_, {})),
      user_(std::move(other.user_)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        Connection old(std::move(*this));
        settings_ = std::move(other.settings_);
        name_ = std::exchange(other.name_, {});
        user_ = std::move(other.user_);
    }
    return *this;
}

QSqlDatabase Connection::db() const {
    return QSqlDatabase::database(name_, false);
}

bool Connection::isOpen() const {
    return !name_.isEmpty() && db().isOpen();
}

Result<void> Connection::reopen() {
    {
        QSqlDatabase d = db();
        d.close();
        if (!d.open()) {
            const QString text =
                privacy::scrub(d.lastError().text().section(QLatin1Char('\n'), 0, 1).trimmed());
            logging::warning(QStringLiteral("store: reconnect failed: %1").arg(text));
            return makeError("db.connection", ("cannot reconnect to the database: " + text).toStdString());
        }
    }
    logging::info(QStringLiteral("store: reconnected"));
    return {};
}

QString Connection::userName() const {
    return user_;
}

} // namespace certphoto::store

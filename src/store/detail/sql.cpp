#include "sql.h"

#include <certphoto/common/logging.h>
#include <certphoto/common/privacy.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>

namespace certphoto::store::detail {

namespace {

bool isConnectionState(const QString& state) {
    // 08: connection exception; 57P01-03: server shutting down / restarting; 53300: too many connections.
    return state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
           state == QLatin1String("53300");
}

// A statement cut off by a server crash comes back from QPSQL with no SQLSTATE, a StatementError type and
// the connection still called open: only libpq's own wording says the connection is gone.
bool isDroppedConnectionText(const QString& text) {
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection"));
}

} // namespace

Error errorFrom(const QSqlError& error, const QSqlDatabase& db, const QString& what) {
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString state = error.nativeErrorCode();
    QString code;
    QString message;

    static const QRegularExpression ours(QStringLiteral("certphoto:([a-z_]+\\.[a-z_.]+):\\s*([^\\n]*)"));
    const auto m = ours.match(text);
    if (m.hasMatch()) {
        code = m.captured(1);
        message = m.captured(2).trimmed();
    } else if (state == QLatin1String("42501")) {
        code = QStringLiteral("db.permission");
        message = QStringLiteral("permission denied: your role may not do this");
    } else if (state == QLatin1String("23505") &&
               text.contains(QLatin1String("decisions_submission_id_key"))) {
        code = QStringLiteral("decision.exists");
        message = QStringLiteral("this submission has been decided already");
    } else if (state == QLatin1String("23505")) {
        code = QStringLiteral("db.duplicate");
    } else if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        code = QStringLiteral("db.conflict");
    } else if (state == QLatin1String("55P03") || state == QLatin1String("57014")) {
        // lock_timeout, statement_timeout (schema 10 sets both on every login).
        code = QStringLiteral("db.timeout");
        message = QStringLiteral("the database waited too long for a lock or a statement");
    } else if (isConnectionState(state) || (state.isEmpty() && !db.isOpen()) ||
               error.type() == QSqlError::ConnectionError || isDroppedConnectionText(text)) {
        code = QStringLiteral("db.connection");
        message = QStringLiteral("the connection to the database was lost; reconnect and retry");
    } else {
        code = QStringLiteral("db.error");
    }
    if (message.isEmpty())
        message = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    message = privacy::scrub(what.isEmpty() ? message : what + QStringLiteral(": ") + message);
    logging::warning(
        QStringLiteral("store: %1 (%2%3)")
            .arg(message, code, state.isEmpty() ? QString() : QStringLiteral(", SQLSTATE ") + state));
    return makeError(code.toStdString(), message.toStdString());
}

Result<QSqlQuery> run(Connection& c, const QString& sql, const QVariantList& values, const QString& what) {
    QSqlDatabase db = c.db();
    if (!db.isOpen())
        return makeError("db.connection", "not connected to the database");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q.lastError(), db, what);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return errorFrom(q.lastError(), db, what);
    return q;
}

Result<void> runScript(Connection& c, const QString& sql, const QString& what) {
    QSqlDatabase db = c.db();
    QSqlQuery q(db);
    if (!q.exec(sql))
        return errorFrom(q.lastError(), db, what);
    return {};
}

QString textArrayLiteral(const QStringList& items) {
    QStringList quoted;
    for (QString s : items) {
        s.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + s + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString isoUtc(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime utcFrom(const QVariant& v) {
    return v.toDateTime().toUTC();
}

} // namespace certphoto::store::detail

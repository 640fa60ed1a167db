#include <certphoto/relay/gateway.h>

#include "http_gateway.h"
#include "program_gateway.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>
#include <QUrl>

namespace certphoto::relay {

namespace {

Error bad(const QString& why) {
    return makeError("gateway.bad_config", ("gateway configuration: " + why).toStdString());
}

bool isLoopback(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

} // namespace

Result<GatewayConfig> parseGatewayConfig(const QByteArray& json) {
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (doc.isNull() || !doc.isObject())
        return bad(
            QStringLiteral("not a JSON object (%1 at offset %2)").arg(perr.errorString()).arg(perr.offset));
    const QJsonObject o = doc.object();
    static const QStringList known{
        QStringLiteral("kind"),      QStringLiteral("timeout_ms"),     QStringLiteral("url"),
        QStringLiteral("method"),    QStringLiteral("headers"),        QStringLiteral("idempotency_header"),
        QStringLiteral("body"),      QStringLiteral("success_status"), QStringLiteral("program"),
        QStringLiteral("arguments"), QStringLiteral("comment")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return bad(QStringLiteral("unknown key \"%1\"").arg(it.key()));

    GatewayConfig c;
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("http"))
        c.kind = GatewayConfig::Kind::Http;
    else if (kind == QLatin1String("program"))
        c.kind = GatewayConfig::Kind::Program;
    else
        return bad(QStringLiteral("\"kind\" must be \"http\" or \"program\""));
    if (o.contains(QLatin1String("timeout_ms"))) {
        const int t = o.value(QLatin1String("timeout_ms")).toInt(-1);
        if (t < 100 || t > 300'000)
            return bad(QStringLiteral("\"timeout_ms\" must be 100 to 300000"));
        c.timeoutMs = t;
    }

    if (c.kind == GatewayConfig::Kind::Http) {
        c.url = o.value(QLatin1String("url")).toString();
        const QUrl url(c.url, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return bad(QStringLiteral("\"url\" must be an http:// or https:// address"));
        if (url.scheme() == QLatin1String("http") && !isLoopback(url.host()))
            return makeError(
                "gateway.insecure_url",
                "gateway configuration: plain http:// only to a loopback address (127.0.0.1, ::1, "
                "localhost); use https:// for a gateway on another machine: the messages carry "
                "phone numbers");
        if (url.scheme() == QLatin1String("https") && !QSslSocket::supportsSsl())
            return makeError("gateway.no_tls",
                             "gateway configuration: this computer's Qt has no TLS (https) support; "
                             "install the OpenSSL library (Debian: libssl3)");
        if (o.contains(QLatin1String("method"))) {
            c.method = o.value(QLatin1String("method")).toString().toUpper();
            if (c.method != QLatin1String("POST") && c.method != QLatin1String("PUT"))
                return bad(QStringLiteral("\"method\" must be POST or PUT"));
        }
        const QJsonValue headers = o.value(QLatin1String("headers"));
        if (!headers.isUndefined() && !headers.isObject())
            return bad(QStringLiteral("\"headers\" must be an object of strings"));
        const QJsonObject h = headers.toObject();
        for (auto it = h.begin(); it != h.end(); ++it) {
            if (!it.value().isString())
                return bad(QStringLiteral("header \"%1\" must be a string").arg(it.key()));
            c.headers.insert(it.key(), it.value().toString());
        }
        if (o.contains(QLatin1String("idempotency_header")))
            c.idempotencyHeader = o.value(QLatin1String("idempotency_header")).toString();
        if (c.idempotencyHeader.isEmpty())
            return bad(QStringLiteral("\"idempotency_header\" cannot be empty: the gateway needs the key"));
        if (!o.value(QLatin1String("body")).isObject())
            return bad(QStringLiteral("\"body\" must be a JSON object (the template)"));
        c.body = o.value(QLatin1String("body")).toObject();
        const QJsonValue success = o.value(QLatin1String("success_status"));
        if (!success.isUndefined()) {
            if (!success.isArray())
                return bad(QStringLiteral("\"success_status\" must be a list of HTTP status codes"));
            for (const QJsonValue& v : success.toArray()) {
                const int s = v.toInt(-1);
                if (s < 100 || s > 599)
                    return bad(QStringLiteral("\"success_status\" holds %1, not an HTTP status").arg(s));
                c.successStatus << s;
            }
        }
    } else {
        c.program = o.value(QLatin1String("program")).toString();
        if (c.program.isEmpty())
            return bad(QStringLiteral("\"program\" names the program to run"));
        const QJsonValue args = o.value(QLatin1String("arguments"));
        if (!args.isUndefined() && !args.isArray())
            return bad(QStringLiteral("\"arguments\" must be a list of strings"));
        for (const QJsonValue& v : args.toArray()) {
            if (!v.isString())
                return bad(QStringLiteral("\"arguments\" must be a list of strings"));
            c.arguments << v.toString();
        }
    }
    return c;
}

Result<GatewayConfig> loadGatewayConfig(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError("gateway.unreadable", QStringLiteral("cannot read the gateway configuration %1: %2")
                                                   .arg(path, f.errorString())
                                                   .toStdString());
    return parseGatewayConfig(f.readAll());
}

std::unique_ptr<Gateway> makeGateway(const GatewayConfig& config) {
    if (config.kind == GatewayConfig::Kind::Program)
        return std::make_unique<ProgramGateway>(config);
    return std::make_unique<HttpGateway>(config);
}

} // namespace certphoto::relay

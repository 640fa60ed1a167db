#pragma once
// The SMS gateway is configured, not built in: an HTTP endpoint (URL, headers, a JSON body template) or
// a local program that reads the message as JSON on stdin. Configuration: one JSON file (docs/sms.md).
//
// A gateway answers each message with sent, a temporary failure (retry later, with backoff) or a
// permanent one. It gets the outbox id as an idempotency key: a message whose mark was lost (a relay
// killed after the gateway accepted it) is offered again with the same key.

#include <certphoto/result/result.h>
#include <certphoto/store/outbox.h>

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>

namespace certphoto::relay {

struct GatewayConfig {
    enum class Kind { Http, Program };
    Kind kind = Kind::Http;
    int timeoutMs = 10'000;
    // http
    QString url;
    QString method = QStringLiteral("POST");
    QMap<QString, QString> headers; // values may hold placeholders
    QString idempotencyHeader = QStringLiteral("Idempotency-Key");
    QJsonObject body;         // string values may hold placeholders
    QList<int> successStatus; // empty: any 2xx
    // program
    QString program;
    QStringList arguments;
};

// Reads and checks the file. Errors: gateway.unreadable, gateway.bad_config, gateway.insecure_url (plain
// http:// is allowed to a loopback address only: the message carries the applicant's phone number),
// gateway.no_tls (https:// without TLS support in this Qt).
Result<GatewayConfig> loadGatewayConfig(const QString& path);
Result<GatewayConfig> parseGatewayConfig(const QByteArray& json);

// Replaces {phone}, {text}, {outbox_id}, {idempotency_key}, {parts}, {template}, {attempt} in `pattern`.
QString fillPlaceholders(const QString& pattern, const store::OutboxMessage& m);
// The message as the program gateway reads it on stdin (and the HTTP body's placeholders' values).
QJsonObject messageJson(const store::OutboxMessage& m);
QString idempotencyKey(const store::OutboxMessage& m);

struct SendOutcome {
    enum class Kind { Sent, Temporary, Permanent };
    Kind kind = Kind::Temporary;
    QString answer; // what the gateway said, for the outbox row (scrubbed before it is stored or logged)
};

class Gateway {
public:
    virtual ~Gateway() = default;
    // Blocks until the gateway answered or the timeout passed (a timeout is a temporary failure).
    virtual SendOutcome send(const store::OutboxMessage& message) = 0;
    virtual int timeoutMs() const = 0;
    virtual QString describe() const = 0; // for the log: "HTTP https://host/path", "program /usr/bin/x"
};

// Lives on the calling thread (the HTTP gateway owns a QNetworkAccessManager there).
std::unique_ptr<Gateway> makeGateway(const GatewayConfig& config);

} // namespace certphoto::relay

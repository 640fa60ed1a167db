#pragma once
// The HTTP gateway: one request per message, the body made from the configured JSON template, the outbox
// id in the idempotency header. 2xx (or the configured success_status) = sent; 408, 425, 429, 5xx, a
// timeout or a network failure = temporary; any other answer = permanent (the gateway refused the message).

#include <certphoto/relay/gateway.h>

#include <QNetworkAccessManager>

namespace certphoto::relay {

class HttpGateway final : public Gateway {
public:
    explicit HttpGateway(GatewayConfig config);
    SendOutcome send(const store::OutboxMessage& message) override;
    int timeoutMs() const override { return config_.timeoutMs; }
    QString describe() const override;

    // The request body for `message` (the tests and the docs show it).
    QByteArray body(const store::OutboxMessage& message) const;

private:
    GatewayConfig config_;
    QNetworkAccessManager network_;
};

} // namespace certphoto::relay

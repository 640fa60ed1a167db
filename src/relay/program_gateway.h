#pragma once
// The program gateway: runs the configured program once per message with the message as one JSON object
// on stdin (messageJson). Exit 0 = sent; exit 65 (EX_DATAERR) = permanent failure (the message can never
// be sent: a bad number); any other exit, a crash, a program that cannot start or a timeout = temporary.
// The first line of its stdout (else stderr) is kept as the answer.

#include <certphoto/relay/gateway.h>

namespace certphoto::relay {

constexpr int ProgramExitSent = 0;
constexpr int ProgramExitPermanent = 65;
constexpr int ProgramExitTemporary = 75; // EX_TEMPFAIL; documented, though any other code means the same

class ProgramGateway final : public Gateway {
public:
    explicit ProgramGateway(GatewayConfig config) : config_(std::move(config)) {}
    SendOutcome send(const store::OutboxMessage& message) override;
    int timeoutMs() const override { return config_.timeoutMs; }
    QString describe() const override { return QStringLiteral("program %1").arg(config_.program); }

private:
    GatewayConfig config_;
};

} // namespace certphoto::relay

#include "program_gateway.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>

namespace certphoto::relay {

SendOutcome ProgramGateway::send(const store::OutboxMessage& message) {
    // One deadline for starting, writing and finishing: the relay's lease allows timeoutMs() per send.
    QElapsedTimer clock;
    clock.start();
    auto left = [&] { return int(std::max<qint64>(0, config_.timeoutMs - clock.elapsed())); };
    QProcess p;
    p.setProgram(config_.program);
    p.setArguments(config_.arguments);
    p.start();
    SendOutcome out;
    out.kind = SendOutcome::Kind::Temporary;
    if (!p.waitForStarted(left())) {
        out.answer = QStringLiteral("the gateway program did not start: %1").arg(p.errorString());
        return out;
    }
    p.write(QJsonDocument(messageJson(message)).toJson(QJsonDocument::Compact));
    p.write("\n");
    p.closeWriteChannel();
    if (!p.waitForFinished(left())) {
        p.kill();
        p.waitForFinished(500);
        out.answer = QStringLiteral("no answer within %1 ms (the program was killed)").arg(config_.timeoutMs);
        return out;
    }
    QString said = QString::fromUtf8(p.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (said.isEmpty())
        said = QString::fromUtf8(p.readAllStandardError()).section(QLatin1Char('\n'), 0, 0).trimmed();
    said = said.left(300);
    if (p.exitStatus() != QProcess::NormalExit) {
        out.answer = QStringLiteral("the gateway program crashed");
        return out;
    }
    const int code = p.exitCode();
    out.kind = code == ProgramExitSent        ? SendOutcome::Kind::Sent
               : code == ProgramExitPermanent ? SendOutcome::Kind::Permanent
                                              : SendOutcome::Kind::Temporary;
    out.answer = QStringLiteral("exit %1").arg(code);
    if (!said.isEmpty())
        out.answer += QStringLiteral(": ") + said;
    return out;
}

} // namespace certphoto::relay

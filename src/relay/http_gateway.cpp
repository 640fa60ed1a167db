#include "http_gateway.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace certphoto::relay {

namespace {

QJsonValue fill(const QJsonValue& v, const store::OutboxMessage& m) {
    if (v.isString())
        return fillPlaceholders(v.toString(), m);
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : v.toArray())
            out.append(fill(item, m));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), fill(it.value(), m));
        return out;
    }
    return v;
}

bool isTemporaryStatus(int status) {
    return status == 408 || status == 425 || status == 429 || status >= 500 || status < 200;
}

} // namespace

HttpGateway::HttpGateway(GatewayConfig config) : config_(std::move(config)) {}

QString HttpGateway::describe() const {
    const QUrl url(config_.url);
    return QStringLiteral("HTTP %1 %2")
        .arg(config_.method, url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

QByteArray HttpGateway::body(const store::OutboxMessage& message) const {
    return QJsonDocument(fill(config_.body, message).toObject()).toJson(QJsonDocument::Compact);
}

SendOutcome HttpGateway::send(const store::OutboxMessage& message) {
    QNetworkRequest request{QUrl(config_.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    for (auto it = config_.headers.begin(); it != config_.headers.end(); ++it)
        request.setRawHeader(it.key().toUtf8(), fillPlaceholders(it.value(), message).toUtf8());
    request.setRawHeader(config_.idempotencyHeader.toUtf8(), idempotencyKey(message).toUtf8());
    // A redirect is an answer of its own (a misconfigured URL), not something to follow with the phone.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(config_.timeoutMs);

    QNetworkReply* reply = network_.sendCustomRequest(request, config_.method.toUtf8(), body(message));
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(config_.timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();

    SendOutcome out;
    const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray answerBody = reply->readAll().left(300);
    if (timedOut || reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError) {
        out.kind = SendOutcome::Kind::Temporary;
        out.answer = QStringLiteral("no answer within %1 ms").arg(config_.timeoutMs);
    } else if (!statusValue.isValid()) {
        out.kind = SendOutcome::Kind::Temporary;
        out.answer = QStringLiteral("network: %1").arg(reply->errorString());
    } else {
        const int status = statusValue.toInt();
        const bool success = config_.successStatus.isEmpty() ? (status >= 200 && status < 300)
                                                             : config_.successStatus.contains(status);
        out.kind = success                     ? SendOutcome::Kind::Sent
                   : isTemporaryStatus(status) ? SendOutcome::Kind::Temporary
                                               : SendOutcome::Kind::Permanent;
        out.answer = QStringLiteral("HTTP %1").arg(status);
        const QString text = QString::fromUtf8(answerBody).simplified();
        if (!text.isEmpty())
            out.answer += QStringLiteral(": ") + text;
    }
    reply->deleteLater();
    return out;
}

} // namespace certphoto::relay

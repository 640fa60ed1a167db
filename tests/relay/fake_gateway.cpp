#include "fake_gateway.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

namespace certphoto::test {

FakeGateway::FakeGateway() {
    clock_.start();
    if (!server_.listen(QHostAddress::LocalHost, 0))
        qFatal("fake gateway: cannot listen on 127.0.0.1");
    connect(&server_, &QTcpServer::newConnection, this, &FakeGateway::onConnection);
}

int FakeGateway::requestsFor(const QString& key) const {
    int n = 0;
    for (const Request& r : requests_)
        n += r.key == key;
    return n;
}

std::vector<qint64> FakeGateway::timesFor(const QString& key) const {
    std::vector<qint64> out;
    for (const Request& r : requests_)
        if (r.key == key)
            out.push_back(r.atMs);
    return out;
}

int FakeGateway::deliveredTotal() const {
    int n = 0;
    for (int v : delivered_)
        n += v;
    return n;
}

void FakeGateway::onConnection() {
    while (QTcpSocket* socket = server_.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            // Keep-alive: several requests may come one after another on one connection.
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                qsizetype length = 0;
                for (const QByteArray& line : head.split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                const QByteArray body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                handle(socket, head, body);
            }
        });
    }
}

void FakeGateway::handle(QTcpSocket* socket, const QByteArray& head, const QByteArray& body) {
    Request r;
    for (const QByteArray& raw : head.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.toLower().startsWith("idempotency-key:"))
            r.key = QString::fromUtf8(line.mid(16).trimmed());
        if (line.toLower().startsWith("authorization:"))
            r.authHeader = line.mid(14).trimmed();
    }
    r.body = QJsonDocument::fromJson(body).object();
    r.atMs = clock_.elapsed();
    QStringList& steps = plan_[r.key];
    r.answer = steps.isEmpty() ? QStringLiteral("200") : steps.takeFirst();
    requests_.push_back(r);
    if (r.answer == QLatin1String("timeout"))
        return; // never answered; the relay gives up and closes the connection
    const int status = r.answer.toInt();
    QByteArray payload;
    if (status >= 200 && status < 300) {
        if (delivered_.value(r.key, 0) > 0) {
            ++duplicates_;
            payload = R"({"ok":true,"duplicate":true})";
        } else {
            delivered_[r.key] = 1;
            payload = R"({"ok":true,"message_id":"gw-)" + r.key.toUtf8() + R"("})";
        }
    } else {
        // Gateways echo the number they refuse: the relay must not store or log it in clear.
        payload = R"({"ok":false,"error":"refused number )" +
                  r.body.value(QLatin1String("to")).toString().toUtf8() + R"("})";
    }
    const QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) +
                             " X\r\nContent-Type: application/json\r\n" +
                             "Content-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n" + payload;
    QTimer::singleShot(delayMs_, socket, [socket, reply] { socket->write(reply); });
}

} // namespace certphoto::test

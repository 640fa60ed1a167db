#pragma once
// A small HTTP SMS gateway for the relay tests, on 127.0.0.1 only. It answers each request from a plan per
// idempotency key ("200", "500", "400", "429", "timeout" = never answers; the default is "200") and, like a
// real gateway that honours idempotency keys, delivers a message once: a second accepted request with a
// key already delivered is answered 200 but not delivered again (counted in duplicates()).

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

#include <vector>

namespace certphoto::test {

class FakeGateway : public QObject {
public:
    struct Request {
        QString key;      // the Idempotency-Key header
        QJsonObject body; // the JSON body as sent
        QByteArray authHeader;
        qint64 atMs = 0; // since the gateway started
        QString answer;  // what the plan said
    };

    FakeGateway();
    quint16 port() const { return server_.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/send").arg(port()); }

    void plan(const QString& key, QStringList answers) { plan_[key] = std::move(answers); }
    void setDelayMs(int ms) { delayMs_ = ms; }

    const std::vector<Request>& requests() const { return requests_; }
    int requestsFor(const QString& key) const;
    // When each request for `key` arrived (ms since start).
    std::vector<qint64> timesFor(const QString& key) const;
    int deliveredCount(const QString& key) const { return delivered_.value(key, 0); }
    int deliveredTotal() const;
    int duplicates() const { return duplicates_; }

private:
    void onConnection();
    void handle(class QTcpSocket* socket, const QByteArray& head, const QByteArray& body);

    QTcpServer server_;
    QElapsedTimer clock_;
    QHash<QString, QStringList> plan_;
    QHash<QString, int> delivered_;
    std::vector<Request> requests_;
    int duplicates_ = 0;
    int delayMs_ = 0;
};

} // namespace certphoto::test

#pragma once
// The live queue (schema 12): the server NOTIFYs channel "certphoto_queue" when a submission arrives, is
// claimed or released, decided, undone or replaced. Payloads are compact JSON without personal data:
//   {"e":"new","s":42}  {"e":"claim","s":42,"by":"zhang"}  {"e":"release","s":42}
//   {"e":"decide","s":42}  {"e":"undo","s":42,"by":"zhang"}  {"e":"replace","s":42}
//   {"e":"bulk","n":51}   (a transaction added more than 50 submissions: one event, then silence; refresh)
// Lease renewals do not notify (no heartbeat storm); an expired lease is not an event either, so the
// window keeps its periodic full refresh as the safety net.
//
// QueueNotifier listens on a connection of its own, on the thread it lives on, which must run an event loop
// (QPSQL delivers notifications through the event loop only). It checks the connection every few seconds
// and, when the server dropped it, reopens and subscribes again, then emits subscribed(): notifications
// may have been missed meanwhile, so the window refreshes in full.

#include <certphoto/store/connection.h>

#include <QObject>
#include <QString>
#include <chrono>
#include <optional>

class QTimer;

namespace certphoto::store {

inline constexpr const char* queueChannel = "certphoto_queue";

struct QueueEvent {
    enum class Kind { Arrived, Claimed, Released, Decided, Undone, Replaced, Bulk };
    Kind kind = Kind::Arrived;
    qint64 submissionId = 0; // 0 for Bulk
    QString holder;          // Claimed, Undone: the login now holding the lease
    qint64 count = 1;        // Bulk: how many had arrived in that transaction when it was sent (> 50)
};

// nullopt for a payload that is not ours (never throws).
std::optional<QueueEvent> parseQueueEvent(const QString& payload);

class QueueNotifier : public QObject {
    Q_OBJECT
public:
    explicit QueueNotifier(ConnectionSettings settings, QObject* parent = nullptr);
    ~QueueNotifier() override;

    // Opens the connection and LISTENs; on failure retries every retryInterval. Call on this object's thread.
    void start();
    void stop();
    bool isListening() const;
    // How often the connection is checked and a lost one retried (default 5 s).
    void setCheckInterval(std::chrono::milliseconds interval);

signals:
    void queueEvent(const certphoto::store::QueueEvent& event);
    // Listening (again): everything may have changed while not listening, refresh in full.
    void subscribed();
    // The connection was lost or could not be opened (error code, e.g. "db.connection"); retrying.
    void listeningLost(const QString& errorCode);

private:
    void check();
    void tryOpen();

    ConnectionSettings settings_;
    std::optional<Connection> connection_;
    QTimer* timer_ = nullptr;
    bool listening_ = false;
};

} // namespace certphoto::store

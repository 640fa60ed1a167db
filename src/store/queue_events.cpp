#include <certphoto/store/queue_events.h>

#include "detail/sql.h"

#include <certphoto/common/logging.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QTimer>
#include <QVariant>

namespace certphoto::store {

std::optional<QueueEvent> parseQueueEvent(const QString& payload) {
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QString e = o.value(u"e").toString();
    QueueEvent ev;
    if (e == QLatin1String("new"))
        ev.kind = QueueEvent::Kind::Arrived;
    else if (e == QLatin1String("claim"))
        ev.kind = QueueEvent::Kind::Claimed;
    else if (e == QLatin1String("release"))
        ev.kind = QueueEvent::Kind::Released;
    else if (e == QLatin1String("decide"))
        ev.kind = QueueEvent::Kind::Decided;
    else if (e == QLatin1String("undo"))
        ev.kind = QueueEvent::Kind::Undone;
    else if (e == QLatin1String("replace"))
        ev.kind = QueueEvent::Kind::Replaced;
    else if (e == QLatin1String("bulk"))
        ev.kind = QueueEvent::Kind::Bulk;
    else
        return std::nullopt;
    if (ev.kind == QueueEvent::Kind::Bulk) {
        ev.count = qint64(o.value(u"n").toDouble());
        return ev;
    }
    ev.submissionId = qint64(o.value(u"s").toDouble());
    if (ev.submissionId <= 0)
        return std::nullopt;
    ev.holder = o.value(u"by").toString();
    return ev;
}

QueueNotifier::QueueNotifier(ConnectionSettings settings, QObject* parent)
    : QObject(parent), settings_(std::move(settings)), timer_(new QTimer(this)) {
    timer_->setInterval(std::chrono::milliseconds(5000));
    connect(timer_, &QTimer::timeout, this, &QueueNotifier::check);
}

QueueNotifier::~QueueNotifier() {
    stop();
}

void QueueNotifier::setCheckInterval(std::chrono::milliseconds interval) {
    timer_->setInterval(interval);
}

bool QueueNotifier::isListening() const {
    return listening_;
}

void QueueNotifier::start() {
    timer_->start();
    tryOpen();
}

void QueueNotifier::stop() {
    timer_->stop();
    if (connection_) {
        QSqlDriver* driver = connection_->db().driver();
        if (driver) {
            disconnect(driver, nullptr, this, nullptr);
            if (connection_->isOpen())
                driver->unsubscribeFromNotification(QString::fromLatin1(queueChannel));
        }
    }
    connection_.reset();
    listening_ = false;
}

void QueueNotifier::tryOpen() {
    connection_.reset();
    listening_ = false;
    auto c = Connection::open(settings_, QStringLiteral("queue-notifier"));
    if (!c) {
        emit listeningLost(QString::fromStdString(c.error().code));
        return;
    }
    connection_.emplace(std::move(*c));
    QSqlDriver* driver = connection_->db().driver();
    if (!driver || !driver->subscribeToNotification(QString::fromLatin1(queueChannel))) {
        logging::warning(QStringLiteral("store: could not listen for queue changes"));
        connection_.reset();
        emit listeningLost(QStringLiteral("db.connection"));
        return;
    }
    connect(
        driver,
        qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(&QSqlDriver::notification),
        this, [this](const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload) {
            if (channel != QLatin1String(queueChannel))
                return;
            if (auto ev = parseQueueEvent(payload.toString()))
                emit queueEvent(*ev);
        });
    listening_ = true;
    emit subscribed();
}

// QPSQL does not notice a dropped connection until a statement fails: ask the server something small.
void QueueNotifier::check() {
    if (!listening_ || !connection_) {
        tryOpen();
        return;
    }
    auto q = detail::run(*connection_, QStringLiteral("SELECT 1"), {},
                         QStringLiteral("checking the queue listener"));
    if (q && q->next())
        return;
    logging::info(QStringLiteral("store: the queue listener lost its connection; listening again"));
    emit listeningLost(q ? QStringLiteral("db.connection") : QString::fromStdString(q.error().code));
    tryOpen();
}

} // namespace certphoto::store

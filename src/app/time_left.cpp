#include "time_left.h"

#include <QCoreApplication>

namespace certphoto::app {

Urgency urgency(const QDateTime& deadline, const QDateTime& now) {
    const qint64 secs = now.secsTo(deadline);
    if (secs < 0)
        return Urgency::Overdue;
    return secs < 6 * 3600 ? Urgency::Soon : Urgency::Normal;
}

QString timeLeftText(const QDateTime& deadline, const QDateTime& now) {
    if (!deadline.isValid())
        return {};
    const qint64 secs = now.secsTo(deadline);
    const qint64 minutes = (secs < 0 ? -secs : secs) / 60;
    const QString h = QString::number(minutes / 60);
    const QString m = QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    if (secs < 0)
        return QCoreApplication::translate("TimeLeft", "overdue by %1 h %2 min").arg(h, m);
    return QCoreApplication::translate("TimeLeft", "%1 h %2 min left").arg(h, m);
}

QString timeLeftShort(const QDateTime& deadline, const QDateTime& now) {
    if (!deadline.isValid())
        return {};
    const qint64 secs = now.secsTo(deadline);
    const qint64 minutes = (secs < 0 ? -secs : secs) / 60;
    const QString h = QString::number(minutes / 60);
    const QString m = QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    if (secs < 0)
        return QCoreApplication::translate("TimeLeft", "overdue %1 h %2 min", "short, in the queue")
            .arg(h, m);
    return QCoreApplication::translate("TimeLeft", "%1 h %2 min", "short, under the header Time left")
        .arg(h, m);
}

} // namespace certphoto::app

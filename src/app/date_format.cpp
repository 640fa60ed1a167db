#include "date_format.h"

#include <QLocale>

namespace certphoto::app {

namespace {
DateStyle inForce = DateStyle::Iso;
} // namespace

void useDateStyle(DateStyle style) {
    inForce = style;
}

QString formatDateTime(const QDateTime& t, DateStyle style) {
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    if (style == DateStyle::System)
        return QLocale::system().toString(local, QLocale::ShortFormat);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatDateTime(const QDateTime& t) {
    return formatDateTime(t, inForce);
}

QString formatDateTimeShort(const QDateTime& t, const QDateTime& now) {
    if (!t.isValid() || inForce == DateStyle::System)
        return formatDateTime(t);
    const QDateTime local = t.toLocalTime();
    if (local.date().year() != now.toLocalTime().date().year())
        return formatDateTime(t);
    return local.toString(QStringLiteral("MM-dd HH:mm"));
}

QString formatDate(const QDate& d) {
    if (!d.isValid())
        return {};
    if (inForce == DateStyle::System)
        return QLocale::system().toString(d, QLocale::ShortFormat);
    return d.toString(Qt::ISODate);
}

} // namespace certphoto::app

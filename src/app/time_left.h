#pragma once
// "12 h 05 min left" / "剩余 12小时 05分" and the thresholds the queue colours by.

#include <QDateTime>
#include <QString>

namespace certphoto::app {

enum class Urgency { Normal, Soon, Overdue }; // Soon: under six hours left

Urgency urgency(const QDateTime& deadline, const QDateTime& now);
QString timeLeftText(const QDateTime& deadline, const QDateTime& now);
// The queue's narrow column, under its "Time left" header: "12 h 05 min" / "12小时05分", "overdue 3 h 05
// min".
QString timeLeftShort(const QDateTime& deadline, const QDateTime& now);

} // namespace certphoto::app

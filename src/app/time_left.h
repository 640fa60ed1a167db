#pragma once
// "12 h 05 min left" / "剩余 12小时 05分" and the thresholds the queue colours by.

#include <QDateTime>
#include <QString>

namespace certphoto::app {

enum class Urgency { Normal, Soon, Overdue }; // Soon: under six hours left

Urgency urgency(const QDateTime& deadline, const QDateTime& now);
QString timeLeftText(const QDateTime& deadline, const QDateTime& now);

} // namespace certphoto::app

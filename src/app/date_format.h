#pragma once
// Dates and times as the person reads them: ISO by default (2026-12-03 09:41, the same in Chinese and
// English), or the system locale's own format when the settings ask for it. Local time of this computer.

#include "app_settings.h"

#include <QDateTime>
#include <QString>

namespace certphoto::app {

// The style in force (read from AppSettings at start-up and when the settings dialog changes it; kept in
// memory because views format thousands of cells).
void useDateStyle(DateStyle style);
QString formatDateTime(const QDateTime& t);
QString formatDateTime(const QDateTime& t, DateStyle style);
QString formatDate(const QDate& d);
// For narrow columns: without the year when it is this year's (ISO style: 12-03 09:41); the system style
// keeps its own short format.
QString formatDateTimeShort(const QDateTime& t, const QDateTime& now);

} // namespace certphoto::app

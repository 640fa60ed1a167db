#pragma once
// The core's verdict ("pass", "review", "fail", empty: no report) in the words people read.

#include <QString>

namespace certphoto::app {

QString verdictText(const QString& verdict);

} // namespace certphoto::app

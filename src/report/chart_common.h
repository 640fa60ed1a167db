#pragma once
// Helpers the chart builders share (private to the report library).

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace certphoto::report::detail {

inline const QColor kApproved{0x2e, 0x7d, 0x32};
inline const QColor kRejected{0xc6, 0x28, 0x28};
inline const QColor kLine{0x15, 0x65, 0xc0};
inline const QColor kLine2{0x6a, 0x1b, 0x9a};

// The category axis along the bottom; many categories get their labels turned upright.
QAbstractAxis* bottomCategories(QChart& chart, const QStringList& categories);
// A value axis from 0, labelled with whole numbers unless `decimals`.
QValueAxis* valueAxis(QChart& chart, Qt::Alignment where, double max, const QString& title,
                      bool whole = true);
QString shorten(const QString& text, int maxChars);
// A palette for sets beyond approved/rejected.
QColor paletteColor(int i);

} // namespace certphoto::report::detail

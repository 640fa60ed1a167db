#include "chart_common.h"

#include <certphoto/report/charts.h>

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPainter>
#include <QValueAxis>
#include <cmath>

namespace certphoto::report {

namespace detail {

QAbstractAxis* bottomCategories(QChart& chart, const QStringList& categories) {
    const qsizetype n = categories.size();
    if (n > 31) {
        // A long range: a label on every k-th bar only (a category axis labels every one, unreadably).
        auto* axis = new QCategoryAxis;
        axis->setRange(-0.5, double(n) - 0.5);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const qsizetype step = (n + 11) / 12;
        for (qsizetype i = 0; i < n; i += step)
            axis->append(categories[i].toHtmlEscaped(), double(i));
        axis->setLabelsAngle(-90);
        axis->setGridLineVisible(false);
        axis->setTruncateLabels(false);
        chart.addAxis(axis, Qt::AlignBottom);
        return axis;
    }
    auto* axis = new QBarCategoryAxis;
    QStringList escaped;
    for (const QString& c : categories)
        escaped << c.toHtmlEscaped();
    axis->append(escaped);
    // Upright labels only where they are long (days): two-digit hours fit side by side.
    qsizetype longest = 0;
    for (const QString& c : categories)
        longest = std::max(longest, c.size());
    if (n > 8 && longest > 3)
        axis->setLabelsAngle(-90);
    QFont f = axis->labelsFont();
    if (n > 20)
        f.setPointSizeF(f.pointSizeF() * 0.8);
    axis->setLabelsFont(f);
    // Qt elides labels it thinks too long for their slot, often needlessly: "11-04" became "⋮".
    axis->setTruncateLabels(false);
    axis->setGridLineVisible(false);
    chart.addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis* valueAxis(QChart& chart, Qt::Alignment where, double max, const QString& title, bool whole) {
    auto* axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max : 1);
    if (whole) {
        // Whole numbers on nice steps: 1, 2, 5 × 10^k, about five of them.
        const double top = std::max(1.0, max);
        const double raw = top / 5.0;
        const double mag = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
        double step = mag;
        for (double m : {1.0, 2.0, 5.0, 10.0})
            if (m * mag >= raw) {
                step = std::max(1.0, m * mag);
                break;
            }
        const double ceiling = std::ceil(top / step) * step;
        axis->setRange(0, ceiling);
        axis->setTickCount(int(ceiling / step) + 1);
        axis->setLabelFormat(QStringLiteral("%d"));
    } else {
        axis->setLabelFormat(QStringLiteral("%.1f"));
        axis->applyNiceNumbers();
        axis->setMin(0);
    }
    axis->setTitleText(title);
    chart.addAxis(axis, where);
    return axis;
}

QString shorten(const QString& text, int maxChars) {
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + u'…';
}

QColor paletteColor(int i) {
    static const QColor colors[] = {
        QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00), QColor(0x2e, 0x7d, 0x32),
        QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57),
        QColor(0x9e, 0x9d, 0x24), QColor(0x4e, 0x34, 0x2e), QColor(0x54, 0x6e, 0x7a)};
    return colors[i % int(std::size(colors))];
}

} // namespace detail

void renderChart(QPainter& painter, const QRectF& target, const ChartBuilder& builder) {
    QGraphicsScene scene;
    auto* chart = new QChart; // the scene owns it
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    scene.addItem(chart);
    const QRectF area(QPointF(0, 0), target.size());
    scene.setSceneRect(area);
    chart->setGeometry(area);
    builder(*chart, {});
    // Lay the chart out now: off screen nobody processes its layout request.
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents(chart);
    scene.render(&painter, target, area);
}

void showEmptySentence(QChart& chart, const QString& sentence) {
    auto* item = new QGraphicsSimpleTextItem(sentence, &chart);
    QFont f = item->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    item->setFont(f);
    item->setBrush(QColor(0x61, 0x61, 0x61));
    auto place = [item](const QRectF& plot) {
        const QRectF r = item->boundingRect();
        item->setPos(plot.center() - QPointF(r.width() / 2, r.height() / 2));
    };
    QObject::connect(&chart, &QChart::plotAreaChanged, &chart, place);
    place(chart.plotArea());
}

} // namespace certphoto::report

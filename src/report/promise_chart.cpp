#include "chart_common.h"

#include <certphoto/report/charts.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace certphoto::report {

void buildPromiseChart(QChart& chart, const PromiseModel& model, const HoverFn& hover) {
    const auto days = model.days();
    const QLocale locale;
    chart.setTitle(
        QCoreApplication::translate("certphoto::report::Charts", "Decided within the promised time"));
    QStringList categories;
    QList<qreal> shares;
    QList<QPointF> median, p95;
    double maxHours = 0;
    for (size_t i = 0; i < days.size(); ++i) {
        const auto& d = days[i];
        categories << d.day.toString(u"MM-dd");
        shares << (d.decided > 0 ? 100.0 * d.withinPromise / d.decided : 0.0);
        if (d.decided > 0) {
            median << QPointF(double(i), d.medianHours);
            p95 << QPointF(double(i), d.p95Hours);
            maxHours = std::max({maxHours, d.medianHours, d.p95Hours});
        }
    }
    auto* bars = new QBarSeries;
    auto* kept =
        new QBarSet(QCoreApplication::translate("certphoto::report::Charts", "Within the promise (%)"));
    kept->append(shares);
    kept->setColor(QColor(0x81, 0xc7, 0x84));
    kept->setBorderColor(detail::kApproved);
    bars->append(kept);
    bars->setBarWidth(0.7);
    chart.addSeries(bars);

    auto* full = new QLineSeries;
    full->setName(QCoreApplication::translate("certphoto::report::Charts", "100 %"));
    QPen dashed(QColor(0x42, 0x42, 0x42));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    full->setPen(dashed);
    full->replace(QList<QPointF>{{-0.5, 100.0}, {double(days.size()) - 0.5, 100.0}});
    chart.addSeries(full);

    auto line = [&](const QString& name, const QList<QPointF>& points, const QColor& colour) {
        auto* s = new QLineSeries;
        s->setName(name);
        QPen pen(colour);
        pen.setWidthF(2);
        s->setPen(pen);
        s->setPointsVisible(true);
        s->replace(points);
        chart.addSeries(s);
        return s;
    };
    auto* med =
        line(QCoreApplication::translate("certphoto::report::Charts", "Median hours"), median, detail::kLine);
    auto* high =
        line(QCoreApplication::translate("certphoto::report::Charts", "p95 hours"), p95, detail::kLine2);

    auto* x = detail::bottomCategories(chart, categories);
    auto* y = detail::valueAxis(chart, Qt::AlignLeft, 100,
                                QCoreApplication::translate("certphoto::report::Charts", "Share kept (%)"));
    auto* h = detail::valueAxis(
        chart, Qt::AlignRight, std::max(1.0, maxHours * 1.1),
        QCoreApplication::translate("certphoto::report::Charts", "Arrival to decision (h)"), false);
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(bars), static_cast<QAbstractSeries*>(full)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(med), static_cast<QAbstractSeries*>(high)}) {
        s->attachAxis(x);
        s->attachAxis(h);
    }
    if (hover) {
        auto dayText = [days, locale](int i) {
            if (i < 0 || i >= int(days.size()))
                return QString();
            const auto& d = days[size_t(i)];
            if (d.decided == 0)
                return QCoreApplication::translate("certphoto::report::Charts", "%1 · nothing decided")
                    .arg(d.day.toString(Qt::ISODate));
            return QCoreApplication::translate(
                       "certphoto::report::Charts",
                       "%1 · %2 % within the promise (%3 of %4) · median %5 h, p95 %6 h")
                .arg(d.day.toString(Qt::ISODate),
                     locale.toString(100.0 * d.withinPromise / d.decided, 'f', 1),
                     locale.toString(d.withinPromise), locale.toString(d.decided),
                     locale.toString(d.medianHours, 'f', 1), locale.toString(d.p95Hours, 'f', 1));
        };
        QObject::connect(kept, &QBarSet::hovered, kept,
                         [hover, dayText](bool on, int i) { hover(on ? dayText(i) : QString()); });
        for (QLineSeries* s : {med, high})
            QObject::connect(s, &QLineSeries::hovered, s, [hover, dayText](const QPointF& p, bool on) {
                hover(on ? dayText(int(std::lround(p.x()))) : QString());
            });
    }
    if (!model.hasData())
        showEmptySentence(chart, QCoreApplication::translate("certphoto::report::Charts",
                                                             "Nothing was decided in these days."));
}

} // namespace certphoto::report

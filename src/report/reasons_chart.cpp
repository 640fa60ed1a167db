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
#include <QPercentBarSeries>
#include <QValueAxis>
#include <cmath>

namespace certphoto::report {

namespace {
constexpr int kParetoBars = 12;
constexpr int kShareSets = 6; // the most frequent reasons; the rest as "other"
} // namespace

void buildReasonsChart(QChart& chart, const ReasonsModel& model, const HoverFn& hover) {
    const auto& reasons = model.reasons();
    const int total = model.total();
    const QLocale locale;
    chart.setTitle(
        QCoreApplication::translate("certphoto::report::Charts", "Rejection reasons, most frequent first"));
    const int shown = std::min(int(reasons.size()), kParetoBars);
    QStringList categories;
    QList<qreal> counts;
    QList<QPointF> cumulative;
    int running = 0;
    int max = 0;
    for (int i = 0; i < shown; ++i) {
        const auto& r = reasons[size_t(i)];
        categories << detail::shorten(reasonLabel(r), 14);
        counts << r.count;
        running += r.count;
        max = std::max(max, r.count);
        cumulative << QPointF(i, total > 0 ? 100.0 * running / total : 0.0);
    }
    auto* bars = new QBarSeries;
    auto* set = new QBarSet(QCoreApplication::translate("certphoto::report::Charts", "Rejections"));
    set->append(counts);
    set->setColor(detail::kRejected);
    set->setBorderColor(detail::kRejected);
    bars->append(set);
    bars->setBarWidth(0.7);
    chart.addSeries(bars);
    auto* line = new QLineSeries;
    line->setName(QCoreApplication::translate("certphoto::report::Charts", "Cumulative share (%)"));
    QPen pen(detail::kLine);
    pen.setWidthF(2);
    line->setPen(pen);
    line->setPointsVisible(true);
    line->replace(cumulative);
    chart.addSeries(line);
    auto* x = detail::bottomCategories(chart, categories);
    // Upright, like the days: at -45 degrees the first label ran off the chart's left edge and Qt dropped it.
    if (categories.size() > 5)
        x->setLabelsAngle(-90);
    // Reason labels are long: Qt may shorten them to the room it gives (the hover has the whole label).
    x->setTruncateLabels(true);
    auto* y = detail::valueAxis(chart, Qt::AlignLeft, max,
                                QCoreApplication::translate("certphoto::report::Charts", "Rejections"));
    auto* pct = detail::valueAxis(chart, Qt::AlignRight, 100,
                                  QCoreApplication::translate("certphoto::report::Charts", "Cumulative (%)"));
    bars->attachAxis(x);
    bars->attachAxis(y);
    line->attachAxis(x);
    line->attachAxis(pct);
    if (hover) {
        auto text = [reasons, total, locale](int i) {
            if (i < 0 || i >= int(reasons.size()))
                return QString();
            int upTo = 0;
            for (int k = 0; k <= i; ++k)
                upTo += reasons[size_t(k)].count;
            const auto& r = reasons[size_t(i)];
            return QCoreApplication::translate("certphoto::report::Charts",
                                               "%1 (%2) · %3 rejections, %4 % · cumulative %5 %")
                .arg(reasonLabel(r), r.code, locale.toString(r.count),
                     locale.toString(total ? 100.0 * r.count / total : 0.0, 'f', 1),
                     locale.toString(total ? 100.0 * upTo / total : 0.0, 'f', 1));
        };
        QObject::connect(set, &QBarSet::hovered, set,
                         [hover, text](bool on, int i) { hover(on ? text(i) : QString()); });
        QObject::connect(line, &QLineSeries::hovered, line, [hover, text](const QPointF& p, bool on) {
            hover(on ? text(int(std::lround(p.x()))) : QString());
        });
    }
    if (reasons.empty())
        showEmptySentence(
            chart, QCoreApplication::translate("certphoto::report::Charts", "No rejections in these days."));
}

void buildReasonSharesChart(QChart& chart, const ReasonSharesModel& model, const HoverFn& hover) {
    const auto& reasons = model.reasons();
    const QList<QDate> days = model.days();
    const QLocale locale;
    chart.setTitle(
        QCoreApplication::translate("certphoto::report::Charts", "Shares of the day's rejections"));
    QStringList categories;
    for (const QDate& d : days)
        categories << d.toString(u"MM-dd");
    auto* series = new QPercentBarSeries;
    const int sets = std::min(int(reasons.size()), kShareSets);
    std::vector<std::vector<int>> values(size_t(sets) + 1, std::vector<int>(size_t(days.size()), 0));
    bool anything = false;
    for (qsizetype d = 0; d < days.size(); ++d) {
        int named = 0;
        for (int k = 0; k < sets; ++k) {
            values[size_t(k)][size_t(d)] = model.count(days[d], reasons[size_t(k)].code);
            named += values[size_t(k)][size_t(d)];
        }
        const int all = model.dayTotal(days[d]);
        values[size_t(sets)][size_t(d)] = all - named;
        anything |= all > 0;
    }
    for (int k = 0; k <= sets; ++k) {
        const bool other = k == sets;
        if (other &&
            std::all_of(values[size_t(k)].begin(), values[size_t(k)].end(), [](int v) { return v == 0; }))
            break;
        const QString name = other ? QCoreApplication::translate("certphoto::report::Charts", "other reasons")
                                   : detail::shorten(reasonLabel(reasons[size_t(k)]), 14);
        QList<qreal> list;
        for (int v : values[size_t(k)])
            list << v;
        auto* set = new QBarSet(name.toHtmlEscaped());
        set->append(list);
        set->setColor(other ? QColor(0xbd, 0xbd, 0xbd) : detail::paletteColor(k));
        series->append(set);
        if (hover)
            QObject::connect(
                set, &QBarSet::hovered, set,
                [hover, name, days, column = values[size_t(k)], &model, locale](bool on, int i) {
                    if (!on) {
                        hover({});
                        return;
                    }
                    const int all = model.dayTotal(days[i]);
                    hover(QCoreApplication::translate("certphoto::report::Charts", "%1 · %2: %3 of %4 (%5 %)")
                              .arg(days[i].toString(Qt::ISODate), name, locale.toString(column[size_t(i)]),
                                   locale.toString(all),
                                   locale.toString(all ? 100.0 * column[size_t(i)] / all : 0.0, 'f', 1)));
                });
    }
    series->setBarWidth(0.8);
    chart.addSeries(series);
    auto* x = detail::bottomCategories(chart, categories);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(QCoreApplication::translate("certphoto::report::Charts", "Share (%)"));
    chart.addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    if (!anything)
        showEmptySentence(
            chart, QCoreApplication::translate("certphoto::report::Charts", "No rejections in these days."));
}

} // namespace certphoto::report

#include "chart_common.h"

#include <certphoto/report/charts.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <map>

namespace certphoto::report {

namespace {

constexpr int kAuditorSets = 8; // per auditor: the busiest ones, the rest together

QString slotText(const ThroughputModel::Point& p, bool hourly) {
    return hourly ? FigureTableModel::format(p.hour, FigureTableModel::Kind::Hour)
                  : p.day.toString(Qt::ISODate);
}

} // namespace

void buildThroughputChart(QChart& chart, const ThroughputModel& model, const HoverFn& hover) {
    const auto& points = model.points();
    const bool hourly = model.hourly();
    // The cells (hours or days) in order: the first auditor's run covers them all.
    std::vector<ThroughputModel::Point> cells;
    for (const auto& p : points) {
        if (!cells.empty() && (p.auditor != cells.front().auditor))
            break;
        cells.push_back(p);
    }
    QStringList categories;
    for (const auto& s : cells)
        categories << (hourly ? QStringLiteral("%1").arg(s.hour, 2, 10, QChar(u'0'))
                              : s.day.toString(u"MM-dd"));
    const QDate first = cells.empty() ? QDate() : cells.front().day;
    const QDate last = cells.empty() ? QDate() : cells.back().day;
    chart.setTitle(
        hourly ? QCoreApplication::translate("certphoto::report::Charts", "Decisions per hour, %1")
                     .arg(first.toString(Qt::ISODate))
               : QCoreApplication::translate("certphoto::report::Charts", "Decisions per day, %1 – %2")
                     .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));

    auto* series = new QStackedBarSeries;
    std::vector<int> totals(cells.size(), 0);
    const QLocale locale;
    if (!model.perAuditor()) {
        QList<qreal> approved, rejected;
        approved.reserve(qsizetype(cells.size()));
        rejected.reserve(qsizetype(cells.size()));
        for (size_t i = 0; i < cells.size(); ++i) {
            approved << cells[i].approved;
            rejected << cells[i].rejected;
            totals[i] = cells[i].approved + cells[i].rejected;
        }
        auto* a = new QBarSet(QCoreApplication::translate("certphoto::report::Charts", "Approved"));
        a->append(approved);
        a->setColor(detail::kApproved);
        a->setBorderColor(detail::kApproved);
        auto* r = new QBarSet(QCoreApplication::translate("certphoto::report::Charts", "Rejected"));
        r->append(rejected);
        r->setColor(detail::kRejected);
        r->setBorderColor(detail::kRejected);
        series->append(a);
        series->append(r);
        if (hover) {
            auto text = [cells, hourly, locale](int i) {
                const auto& s = cells[size_t(i)];
                return QCoreApplication::translate("certphoto::report::Charts",
                                                   "%1 · approved %2, rejected %3, total %4")
                    .arg(slotText(s, hourly), locale.toString(s.approved), locale.toString(s.rejected),
                         locale.toString(s.approved + s.rejected));
            };
            for (QBarSet* set : {a, r})
                QObject::connect(set, &QBarSet::hovered, set,
                                 [hover, text](bool on, int i) { hover(on ? text(i) : QString()); });
        }
    } else {
        // Decisions per auditor and slot; the busiest auditors get their own colour.
        std::map<QString, std::vector<int>> per;
        std::map<QString, int> sum;
        const size_t n = cells.size();
        for (size_t i = 0; i < points.size(); ++i) {
            const auto& p = points[i];
            auto& v = per[p.auditor];
            v.resize(n, 0);
            v[i % n] = p.approved + p.rejected;
            sum[p.auditor] += p.approved + p.rejected;
        }
        std::vector<QString> order;
        for (const auto& [who, total] : sum)
            order.push_back(who);
        std::stable_sort(order.begin(), order.end(),
                         [&](const QString& x, const QString& y) { return sum[x] > sum[y]; });
        std::vector<std::pair<QString, std::vector<int>>> sets;
        std::vector<int> rest(n, 0);
        bool hasRest = false;
        for (size_t k = 0; k < order.size(); ++k) {
            if (int(k) < kAuditorSets) {
                sets.emplace_back(order[k], per[order[k]]);
            } else {
                hasRest = true;
                for (size_t i = 0; i < n; ++i)
                    rest[i] += per[order[k]][i];
            }
        }
        if (hasRest)
            sets.emplace_back(QCoreApplication::translate("certphoto::report::Charts", "other auditors"),
                              rest);
        int colour = 0;
        for (const auto& [who, values] : sets) {
            QList<qreal> list;
            list.reserve(qsizetype(n));
            for (size_t i = 0; i < n; ++i) {
                list << values[i];
                totals[i] += values[i];
            }
            auto* set = new QBarSet(who.toHtmlEscaped());
            set->append(list);
            set->setColor(detail::paletteColor(colour++));
            series->append(set);
            if (hover)
                QObject::connect(set, &QBarSet::hovered, set,
                                 [hover, cells, hourly, who = who, values = values, locale](bool on, int i) {
                                     hover(on ? QCoreApplication::translate("certphoto::report::Charts",
                                                                            "%1 · %2: %3 decisions")
                                                    .arg(slotText(cells[size_t(i)], hourly), who,
                                                         locale.toString(values[size_t(i)]))
                                              : QString());
                                 });
        }
    }
    series->setBarWidth(0.8);
    chart.addSeries(series);
    auto* x = detail::bottomCategories(chart, categories);
    const int max = totals.empty() ? 0 : *std::max_element(totals.begin(), totals.end());
    auto* y = detail::valueAxis(chart, Qt::AlignLeft, max,
                                QCoreApplication::translate("certphoto::report::Charts", "Decisions"));
    series->attachAxis(x);
    series->attachAxis(y);
    if (!model.hasData())
        showEmptySentence(
            chart,
            hourly ? QCoreApplication::translate("certphoto::report::Charts", "No decisions on this day.")
                   : QCoreApplication::translate("certphoto::report::Charts", "No decisions in these days."));
}

} // namespace certphoto::report

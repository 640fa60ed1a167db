#pragma once
// The figures' charts, each built whole into an empty QChart from its table model: series are made from
// complete lists (QBarSet filled once, QXYSeries::replace), never point by point on a visible chart, which
// is quadratic. QtCharts stays behind these functions and ChartPanel (it is deprecated from Qt 6.10).

#include <certphoto/report/figure_models.h>

#include <QString>
#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace certphoto::report {

// Called with the value under the mouse ("2026-12-03 10:00–11:00 · approved 12"), empty when it leaves.
using HoverFn = std::function<void(const QString&)>;
// Fills an empty chart.
using ChartBuilder = std::function<void(QChart& chart, const HoverFn& hover)>;

// Approved and rejected stacked per hour (one day) or per day; per auditor: one stacked set per auditor.
void buildThroughputChart(QChart& chart, const ThroughputModel& model, const HoverFn& hover);
// Pending per school by time left, overdue first and in red; the title carries the overdue count and the
// oldest pending submission.
void buildDeadlineChart(QChart& chart, const DeadlineRiskModel& model, const HoverFn& hover);
// Share decided within the promise per day against a 100 % line; median and p95 hours on the right axis.
void buildPromiseChart(QChart& chart, const PromiseModel& model, const HoverFn& hover);
// Pareto: rejections per reason, most frequent first, with the cumulative share.
void buildReasonsChart(QChart& chart, const ReasonsModel& model, const HoverFn& hover);
// The reasons' shares of each day's rejections (the most frequent ones, the rest as "other").
void buildReasonSharesChart(QChart& chart, const ReasonSharesModel& model, const HoverFn& hover);

// Builds a chart off screen at the target's size and paints it (PNG, SVG, PDF): never the one on screen.
void renderChart(QPainter& painter, const QRectF& target, const ChartBuilder& builder);

// The sentence an empty figure shows, centred in its plot area.
void showEmptySentence(QChart& chart, const QString& sentence);

} // namespace certphoto::report

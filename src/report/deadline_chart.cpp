#include "chart_common.h"

#include <certphoto/report/charts.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

namespace certphoto::report {

namespace {

constexpr int kSchoolsShown = 10; // the rest are in the table

const QColor kBandColors[store::kTimeLeftBands] = {QColor(0xb7, 0x1c, 0x1c), QColor(0xef, 0x6c, 0x00),
                                                   QColor(0xf9, 0xa8, 0x25), QColor(0xc0, 0xca, 0x33),
                                                   QColor(0x7c, 0xb3, 0x42), QColor(0x90, 0xa4, 0xae)};

} // namespace

void buildDeadlineChart(QChart& chart, const DeadlineRiskModel& model, const HoverFn& hover) {
    const store::DeadlineRisk& risk = model.risk();
    const QLocale locale;
    const int overdue = risk.totals[int(store::TimeLeftBand::Overdue)];
    QString title = QCoreApplication::translate("certphoto::report::Charts", "Pending by time left") +
                    QStringLiteral(" · ");
    title += QStringLiteral("<span style=\"color:#c62828\"><b>%1</b></span>")
                 .arg(QCoreApplication::translate("certphoto::report::Charts", "Overdue: %1")
                          .arg(locale.toString(overdue))
                          .toHtmlEscaped());
    if (risk.oldestPendingArrival.isValid()) {
        const qint64 hours =
            risk.oldestPendingArrival.secsTo(risk.measuredAt.isValid() ? risk.measuredAt
                                                                       : QDateTime::currentDateTimeUtc()) /
            3600;
        title += QStringLiteral(" · ") +
                 QCoreApplication::translate("certphoto::report::Charts", "oldest pending: #%1, waiting %2 h")
                     .arg(risk.oldestPendingSubmission)
                     .arg(locale.toString(hours))
                     .toHtmlEscaped();
    }
    chart.setTitle(title);

    // The schools most at risk on top (a horizontal bar chart draws its first category at the bottom).
    std::vector<store::DeadlineRisk::School> schools(
        risk.schools.begin(),
        risk.schools.begin() + std::min<qsizetype>(qsizetype(risk.schools.size()), kSchoolsShown));
    std::reverse(schools.begin(), schools.end());
    QStringList categories;
    int max = 0;
    for (const auto& s : schools) {
        categories << detail::shorten(s.school, 18).toHtmlEscaped();
        int total = 0;
        for (int c : s.counts)
            total += c;
        max = std::max(max, total);
    }
    auto* series = new QHorizontalStackedBarSeries;
    for (int b = 0; b < store::kTimeLeftBands; ++b) {
        QList<qreal> values;
        values.reserve(qsizetype(schools.size()));
        for (const auto& s : schools)
            values << s.counts[b];
        auto* set = new QBarSet(bandText(store::TimeLeftBand(b)).toHtmlEscaped());
        set->append(values);
        set->setColor(kBandColors[b]);
        set->setBorderColor(kBandColors[b]);
        series->append(set);
        if (hover)
            QObject::connect(set, &QBarSet::hovered, set, [hover, schools, b, locale](bool on, int i) {
                hover(on ? QCoreApplication::translate("certphoto::report::Charts", "%1 · %2: %3 pending")
                               .arg(schools[size_t(i)].school, bandText(store::TimeLeftBand(b)),
                                    locale.toString(schools[size_t(i)].counts[b]))
                         : QString());
            });
    }
    series->setBarWidth(0.75);
    chart.addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    y->setTruncateLabels(false); // Qt elided "school 01" to "…" with room to spare
    chart.addAxis(y, Qt::AlignLeft);
    auto* x =
        detail::valueAxis(chart, Qt::AlignBottom, max,
                          QCoreApplication::translate("certphoto::report::Charts", "Pending submissions"));
    series->attachAxis(y);
    series->attachAxis(x);
    if (!model.hasData())
        showEmptySentence(chart,
                          QCoreApplication::translate("certphoto::report::Charts", "Nothing is pending."));
}

} // namespace certphoto::report

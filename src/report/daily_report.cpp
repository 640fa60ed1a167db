#include <certphoto/report/daily_report.h>

#include <certphoto/report/charts.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>
#include <functional>

namespace certphoto::report {

namespace {

constexpr int kResolution = 96; // device units per inch: chart sizes read as screen pixels
constexpr double kMargin = 48;  // about 13 mm
constexpr double kChartHeight = 300;
constexpr double kFooterHeight = 34;

// Lays the report out in blocks; run twice: once to count the pages, once to paint them.
class Pages {
public:
    Pages(QPainter* painter, QRectF page, int pageCount, std::function<void(QPainter&, int, int)> footer)
        : p_(painter), page_(page), pageCount_(pageCount), footer_(std::move(footer)) {
        y_ = page_.top();
    }
    // Space for a block of `height`; a new page when it does not fit.
    QRectF take(double height) {
        if (y_ + height > bottom() && y_ > page_.top())
            newPage();
        QRectF r(page_.left(), y_, page_.width(), height);
        y_ += height;
        return r;
    }
    double left() const { return bottom() - y_; }
    void gap(double h) { y_ += h; }
    void newPage() {
        if (p_) {
            footer_(*p_, pageNo_, pageCount_);
            static_cast<QPdfWriter*>(p_->device())->newPage();
        }
        ++pageNo_;
        y_ = page_.top();
    }
    int finish() {
        if (p_)
            footer_(*p_, pageNo_, pageCount_);
        return pageNo_;
    }
    QPainter* painter() const { return p_; }
    double width() const { return page_.width(); }

private:
    double bottom() const { return page_.bottom() - kFooterHeight; }
    QPainter* p_;
    QRectF page_;
    int pageCount_;
    std::function<void(QPainter&, int, int)> footer_;
    double y_ = 0;
    int pageNo_ = 1;
};

QFont font(double points, bool bold = false) {
    QFont f = QCoreApplication::instance() ? QFont() : QFont();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// A table from a model's display texts; header repeated on every page it runs onto.
void table(Pages& pages, const QString& heading, const FigureTableModel& model,
           const std::vector<int>& columns, const std::vector<double>& widths, int maxRows) {
    const QFont body = font(8.5);
    const QFont head = font(8.5, true);
    const double rowH =
        QFontMetricsF(body, pages.painter() ? pages.painter()->device() : nullptr).height() + 6;
    const int rows = std::min(model.rowCount(), maxRows);
    auto drawHeader = [&](QRectF r) {
        if (QPainter* p = pages.painter()) {
            p->fillRect(r, QColor(0xec, 0xef, 0xf1));
            p->setFont(head);
            double x = r.left();
            for (size_t c = 0; c < columns.size(); ++c) {
                const QRectF cell(x + 4, r.top(), widths[c] * r.width() - 8, r.height());
                const bool text = model.columns()[size_t(columns[c])].kind == FigureTableModel::Kind::Text;
                p->drawText(
                    cell, int(Qt::AlignVCenter | Qt::TextWordWrap | (text ? Qt::AlignLeft : Qt::AlignRight)),
                    model.headerData(columns[c], Qt::Horizontal).toString());
                x += widths[c] * r.width();
            }
        }
    };
    // The heading, the header and at least three rows stay together.
    const double headH = rowH * 2; // two lines: long column titles wrap
    QRectF h = pages.take(rowH * 1.6 + headH + rowH * std::min(rows, 3));
    if (QPainter* p = pages.painter()) {
        p->setFont(font(11, true));
        p->setPen(Qt::black);
        p->drawText(QRectF(h.left(), h.top(), h.width(), rowH * 1.6), int(Qt::AlignLeft | Qt::AlignVCenter),
                    heading);
    }
    drawHeader(QRectF(h.left(), h.top() + rowH * 1.6, h.width(), headH));
    pages.gap(-(rowH * std::min(rows, 3)));
    if (rows == 0) {
        QRectF r = pages.take(rowH);
        if (QPainter* p = pages.painter()) {
            p->setFont(body);
            p->drawText(
                r.adjusted(4, 0, 0, 0), int(Qt::AlignLeft | Qt::AlignVCenter),
                QCoreApplication::translate("certphoto::report::DailyReport", "Nothing on this day."));
        }
        return;
    }
    for (int row = 0; row < rows; ++row) {
        if (pages.left() < rowH + (row == 0 ? 0 : 0)) {
            pages.newPage();
            drawHeader(pages.take(headH));
        }
        QRectF r = pages.take(rowH);
        if (QPainter* p = pages.painter()) {
            if (row % 2)
                p->fillRect(r, QColor(0xfa, 0xfa, 0xfa));
            double x = r.left();
            for (size_t c = 0; c < columns.size(); ++c) {
                const QModelIndex i = model.index(row, columns[c]);
                const QVariant colour = model.data(i, Qt::ForegroundRole);
                p->setPen(colour.isValid() ? colour.value<QColor>() : QColor(Qt::black));
                p->setFont(body);
                const QRectF cell(x + 4, r.top(), widths[c] * r.width() - 8, r.height());
                const bool text = model.columns()[size_t(columns[c])].kind == FigureTableModel::Kind::Text;
                const QString s = QFontMetricsF(body, p->device())
                                      .elidedText(model.data(i).toString(), Qt::ElideRight, cell.width());
                p->drawText(cell, int(Qt::AlignVCenter | (text ? Qt::AlignLeft : Qt::AlignRight)), s);
                x += widths[c] * r.width();
            }
            p->setPen(QColor(0xe0, 0xe0, 0xe0));
            p->drawLine(r.bottomLeft(), r.bottomRight());
            p->setPen(Qt::black);
        }
    }
    if (model.rowCount() > rows) {
        QRectF r = pages.take(rowH);
        if (QPainter* p = pages.painter()) {
            p->setFont(body);
            p->drawText(r.adjusted(4, 0, 0, 0), int(Qt::AlignLeft | Qt::AlignVCenter),
                        QCoreApplication::translate("certphoto::report::DailyReport",
                                                    "… and %1 more (all of them in the CSV export)")
                            .arg(model.rowCount() - rows));
        }
    }
}

struct Report {
    const DailyReportData& data;
    ThroughputModel throughput;
    DeadlineRiskModel risk;
    PromiseModel promise;
    AuditorsModel auditors;
    ReasonsModel reasons;
    QString zoneName;
    QString madeText;

    explicit Report(const DailyReportData& d) : data(d) {
        throughput.setBuckets({d.day, d.day}, true, false, d.figures.throughput);
        risk.setRisk(d.figures.risk);
        promise.setDays(d.promiseRange, d.promise);
        auditors.setAuditors(d.figures.auditors);
        reasons.setReasons(d.figures.reasons);
        zoneName = d.figures.timeZone.isEmpty() ? QStringLiteral("UTC") : d.figures.timeZone;
        const QTimeZone zone(zoneName.toUtf8());
        const QDateTime made = zone.isValid() ? d.madeAt.toTimeZone(zone) : d.madeAt;
        madeText = made.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }

    void footer(QPainter& p, int page, int pages) const {
        const QRectF area = QRectF(p.viewport()).adjusted(kMargin, 0, -kMargin, -kMargin * 0.6);
        const QRectF r(area.left(), area.bottom() - kFooterHeight, area.width(), kFooterHeight);
        p.setPen(QColor(0x9e, 0x9e, 0x9e));
        p.drawLine(r.topLeft(), r.topRight());
        p.setPen(QColor(0x42, 0x42, 0x42));
        p.setFont(font(8));
        const QRectF line1(r.left(), r.top() + 3, r.width(), r.height() / 2 - 1);
        const QRectF line2(r.left(), r.top() + r.height() / 2, r.width(), r.height() / 2 - 1);
        p.drawText(line1, int(Qt::AlignLeft | Qt::AlignVCenter),
                   QCoreApplication::translate("certphoto::report::DailyReport",
                                               "Daily report %1 (days in %2); promise kept %3 – %4")
                       .arg(data.day.toString(Qt::ISODate), zoneName,
                            data.promiseRange.from.toString(Qt::ISODate),
                            data.promiseRange.to.toString(Qt::ISODate)));
        p.drawText(
            line2, int(Qt::AlignLeft | Qt::AlignVCenter),
            QCoreApplication::translate("certphoto::report::DailyReport", "Made %1 (%2) · page %3 of %4")
                .arg(madeText, zoneName)
                .arg(page)
                .arg(pages));
    }

    // The steps of the report, each a block or two; run with a null painter to count the pages.
    std::vector<std::function<void(Pages&)>> steps() {
        std::vector<std::function<void(Pages&)>> s;
        s.push_back([this](Pages& pages) {
            QRectF r = pages.take(44);
            if (QPainter* p = pages.painter()) {
                p->setPen(Qt::black);
                p->setFont(font(17, true));
                p->drawText(r, int(Qt::AlignLeft | Qt::AlignVCenter),
                            QCoreApplication::translate("certphoto::report::DailyReport", "Daily report %1")
                                .arg(data.day.toString(Qt::ISODate)));
                p->setFont(font(9));
                p->drawText(r, int(Qt::AlignRight | Qt::AlignVCenter),
                            QCoreApplication::translate("certphoto::report::DailyReport",
                                                        "certphoto · certificate photo review"));
            }
            // The day's totals: six boxes, the overdue count in red.
            const QLocale locale;
            const store::DayTotals& tt = data.totals;
            const std::pair<QString, int> boxes[] = {
                {QCoreApplication::translate("certphoto::report::DailyReport", "Decided"), tt.decided},
                {QCoreApplication::translate("certphoto::report::DailyReport", "Approved"), tt.approved},
                {QCoreApplication::translate("certphoto::report::DailyReport", "Rejected"), tt.rejected},
                {QCoreApplication::translate("certphoto::report::DailyReport", "New arrivals"), tt.arrived},
                {QCoreApplication::translate("certphoto::report::DailyReport", "Pending now"), tt.pendingNow},
                {QCoreApplication::translate("certphoto::report::DailyReport", "Overdue now"),
                 tt.overdueNow}};
            QRectF row = pages.take(62);
            if (QPainter* p = pages.painter()) {
                const double w = row.width() / 6;
                for (int i = 0; i < 6; ++i) {
                    const QRectF b(row.left() + i * w + 3, row.top() + 4, w - 6, row.height() - 8);
                    p->setPen(QColor(0xcf, 0xd8, 0xdc));
                    p->setBrush(QColor(0xf5, 0xf7, 0xf8));
                    p->drawRoundedRect(b, 4, 4);
                    p->setBrush(Qt::NoBrush);
                    const bool red = i == 5 && boxes[i].second > 0;
                    p->setPen(red ? QColor(0xc6, 0x28, 0x28) : QColor(Qt::black));
                    p->setFont(font(16, true));
                    p->drawText(b.adjusted(0, 2, 0, -b.height() * 0.4), Qt::AlignCenter,
                                locale.toString(boxes[i].second));
                    p->setPen(QColor(0x42, 0x42, 0x42));
                    p->setFont(font(8.5));
                    p->drawText(b.adjusted(0, b.height() * 0.58, 0, 0), int(Qt::AlignHCenter | Qt::AlignTop),
                                boxes[i].first);
                }
            }
            pages.gap(8);
        });
        auto chart = [](Pages& pages, const ChartBuilder& b) {
            QRectF r = pages.take(kChartHeight);
            if (QPainter* p = pages.painter())
                renderChart(*p, r, b);
            pages.gap(8);
        };
        s.push_back([this, chart](Pages& pages) {
            chart(pages, [this](QChart& c, const HoverFn& h) { buildThroughputChart(c, throughput, h); });
        });
        s.push_back([this, chart](Pages& pages) {
            chart(pages, [this](QChart& c, const HoverFn& h) { buildDeadlineChart(c, risk, h); });
        });
        s.push_back([this, chart](Pages& pages) {
            chart(pages, [this](QChart& c, const HoverFn& h) { buildPromiseChart(c, promise, h); });
        });
        s.push_back([this](Pages& pages) {
            table(pages, QCoreApplication::translate("certphoto::report::DailyReport", "Auditors"), auditors,
                  {0, 1, 3, 4, 5, 6, 7}, {0.22, 0.1, 0.13, 0.13, 0.12, 0.15, 0.15}, 1000);
            pages.gap(10);
        });
        s.push_back([this](Pages& pages) {
            table(pages,
                  QCoreApplication::translate("certphoto::report::DailyReport", "Top rejection reasons"),
                  reasons, {1, 0, 2, 3, 4}, {0.36, 0.24, 0.12, 0.14, 0.14}, kReportTopReasons);
        });
        return s;
    }
};

} // namespace

Result<int> writeDailyReport(const DailyReportData& data, const QString& path, const ProgressFn& progress) {
    Report report(data);
    const QRectF a4(0, 0, 8.27 * kResolution, 11.69 * kResolution);
    const QRectF content = a4.adjusted(kMargin, kMargin, -kMargin, -kMargin * 0.6);
    auto footer = [&report](QPainter& p, int page, int pages) { report.footer(p, page, pages); };

    // Pass 1: count the pages (no painter).
    int pageCount = 0;
    {
        Pages dry(nullptr, content, 0, footer);
        for (auto& step : report.steps())
            step(dry);
        pageCount = dry.finish();
    }

    // Pass 2: paint into a file beside the target, renamed at the end (a cancelled report leaves nothing).
    const QString part = path + QStringLiteral(".part");
    auto fail = [&]() -> Result<int> {
        QFile::remove(part);
        return makeError("report.write",
                         QCoreApplication::translate("certphoto::report::DailyReport", "Could not write %1.")
                             .arg(path)
                             .toStdString());
    };
    int written = 0;
    {
        QPdfWriter pdf(part);
        pdf.setResolution(kResolution);
        pdf.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        pdf.setTitle(QCoreApplication::translate("certphoto::report::DailyReport", "Daily report %1")
                         .arg(data.day.toString(Qt::ISODate)));
        pdf.setCreator(QStringLiteral("certphoto"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail();
        painter.setRenderHint(QPainter::Antialiasing);
        Pages pages(&painter, content, pageCount, footer);
        auto steps = report.steps();
        for (size_t i = 0; i < steps.size(); ++i) {
            if (progress && !progress(int(i), int(steps.size()))) {
                painter.end();
                QFile::remove(part);
                return makeError("report.cancelled", "the report was cancelled");
            }
            steps[i](pages);
        }
        written = pages.finish();
        if (!painter.end())
            return fail();
    }
    if (progress)
        progress(1, 1);
    QFile::remove(path);
    if (!QFile::rename(part, path))
        return fail();
    return written;
}

} // namespace certphoto::report

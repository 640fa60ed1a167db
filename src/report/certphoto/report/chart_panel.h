#pragma once
// One figure on screen: its chart, its numbers as a table (a toggle shows the table beside the chart), the
// value under the mouse, and its exports. Owns its model; the chart is rebuilt whole when the model resets.
// A panel without a builder is a table only (the auditors, the core against the auditors).

#include <certphoto/report/charts.h>
#include <certphoto/result/result.h>

#include <QSize>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QMenu;
class QPainter;
class QSplitter;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

namespace certphoto::report {

class FigureTableModel;

enum class ExportKind { Png, PngPrint, Svg, Csv };

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    // `builder` empty: a table-only panel.
    ChartPanel(const QString& title, FigureTableModel* model, ChartBuilder builder,
               QWidget* parent = nullptr);
    ~ChartPanel() override;

    FigureTableModel* model() const { return model_; }
    bool hasChart() const { return bool(builder_); }
    QChartView* chartView() const { return view_; }
    QTableView* tableView() const { return table_; }
    QString title() const;
    bool tableShown() const;
    // The last value shown for the mouse (tests read it).
    QString hoverText() const { return hover_; }
    // The chart's file name without extension ("throughput_hourly"), from the model's CSV name.
    QString baseName() const;
    QToolButton* tableButton() const { return tableButton_; }
    QToolButton* exportButton() const { return exportButton_; }

    // The chart at `size` (logical pixels), built afresh off screen: exports never disturb the screen.
    void render(QPainter& painter, const QRectF& target) const;
    // PNG of size * scale pixels (scale 2: for print); SVG of `size`.
    Result<void> exportPng(const QString& path, QSize size, qreal scale) const;
    Result<void> exportSvg(const QString& path, QSize size) const;
    static QSize defaultExportSize() { return {960, 540}; }

public slots:
    void setTableShown(bool shown);
    // Rebuilds the chart from the model (called on every model reset).
    void rebuild();

signals:
    void exportRequested(certphoto::report::ExportKind kind);

private:
    QString title_;
    FigureTableModel* model_;
    ChartBuilder builder_;
    QLabel* titleLabel_;
    QToolButton* tableButton_;
    QToolButton* exportButton_;
    QSplitter* splitter_;
    QChartView* view_ = nullptr;
    QTableView* table_;
    QString hover_;
};

} // namespace certphoto::report

#include <certphoto/report/chart_panel.h>

#include <certphoto/report/figure_table_model.h>

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace certphoto::report {

namespace {

QString exportError(const QString& path) {
    return QCoreApplication::translate("certphoto::report::ChartPanel", "Could not write %1.").arg(path);
}

} // namespace

ChartPanel::ChartPanel(const QString& title, FigureTableModel* model, ChartBuilder builder, QWidget* parent)
    : QWidget(parent), title_(title), model_(model), builder_(std::move(builder)) {
    model_->setParent(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    auto* header = new QHBoxLayout;
    titleLabel_ = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    header->addWidget(titleLabel_);
    header->addStretch();
    tableButton_ = new QToolButton(this);
    tableButton_->setText(tr("Table"));
    tableButton_->setToolTip(tr("Show the numbers behind the chart under it"));
    tableButton_->setCheckable(true);
    tableButton_->setVisible(hasChart());
    header->addWidget(tableButton_);
    exportButton_ = new QToolButton(this);
    exportButton_->setText(tr("Export"));
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton_);
    if (hasChart()) {
        connect(menu->addAction(tr("Chart as PNG…")), &QAction::triggered, this,
                [this] { emit exportRequested(ExportKind::Png); });
        connect(menu->addAction(tr("Chart as PNG for print (2×)…")), &QAction::triggered, this,
                [this] { emit exportRequested(ExportKind::PngPrint); });
        connect(menu->addAction(tr("Chart as SVG…")), &QAction::triggered, this,
                [this] { emit exportRequested(ExportKind::Svg); });
    }
    connect(menu->addAction(tr("Numbers as CSV…")), &QAction::triggered, this,
            [this] { emit exportRequested(ExportKind::Csv); });
    exportButton_->setMenu(menu);
    header->addWidget(exportButton_);
    layout->addLayout(header);

    // The table under the chart: beside it, a panel half the window wide left the chart too narrow for its
    // labels.
    splitter_ = new QSplitter(Qt::Vertical, this);
    if (hasChart()) {
        view_ = new QChartView(splitter_);
        view_->setRenderHint(QPainter::Antialiasing);
        view_->setMinimumSize(320, 220);
        splitter_->addWidget(view_);
    }
    table_ = new QTableView(splitter_);
    table_->setModel(model_);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    splitter_->addWidget(table_);
    layout->addWidget(splitter_, 1);
    table_->setVisible(!hasChart());
    connect(tableButton_, &QToolButton::toggled, this, &ChartPanel::setTableShown);
    connect(model_, &QAbstractItemModel::modelReset, this, &ChartPanel::rebuild);
    rebuild();
}

ChartPanel::~ChartPanel() = default;

QString ChartPanel::title() const {
    return title_;
}

bool ChartPanel::tableShown() const {
    return !table_->isHidden();
}

QString ChartPanel::baseName() const {
    return QFileInfo(model_->csvFileName()).completeBaseName();
}

void ChartPanel::setTableShown(bool shown) {
    if (!hasChart())
        return;
    table_->setVisible(shown);
    // The chart keeps its height (a short chart elides its axis labels); the table takes the extra.
    setMinimumHeight(shown ? 600 : 0);
    if (tableButton_->isChecked() != shown)
        tableButton_->setChecked(shown);
}

void ChartPanel::rebuild() {
    if (!view_)
        return;
    // A new chart each time: the old one goes with all its series at once.
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    builder_(*chart, [this](const QString& text) {
        hover_ = text;
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), text, view_);
    });
    QChart* old = view_->chart();
    view_->setChart(chart);
    delete old;
}

void ChartPanel::render(QPainter& painter, const QRectF& target) const {
    if (builder_)
        renderChart(painter, target, builder_);
}

Result<void> ChartPanel::exportPng(const QString& path, QSize size, qreal scale) const {
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        render(p, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return makeError("report.write", exportError(path).toStdString());
    return {};
}

Result<void> ChartPanel::exportSvg(const QString& path, QSize size) const {
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title_);
    svg.setDescription(QStringLiteral("certphoto"));
    {
        QPainter p(&svg);
        p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        render(p, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit())
        return makeError("report.write", exportError(path).toStdString());
    return {};
}

} // namespace certphoto::report

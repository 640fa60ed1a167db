#include "statistics_window.h"

#include "database.h"
#include "disagreements_dialog.h"
#include "findings_view.h"
#include "store_error_text.h"
#include "ui_statisticswindow.h"

#include <certphoto/common/logging.h>
#include <certphoto/report/chart_panel.h>
#include <certphoto/report/daily_report.h>
#include <certphoto/report/figure_models.h>

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace certphoto::app {

namespace {

using report::ChartPanel;
using report::HoverFn;

QString documentsDir() {
    const QString d = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return d.isEmpty() ? QDir::homePath() : d;
}

// A progress dialog that lets the person cancel between the export's steps.
report::ProgressFn progressIn(QProgressDialog& dialog) {
    return [&dialog](int done, int total) {
        dialog.setMaximum(total);
        dialog.setValue(done);
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

} // namespace

StatisticsWindow::StatisticsWindow(Database* db, Session session, QWidget* parent)
    : QMainWindow(parent), ui_(std::make_unique<Ui::StatisticsWindow>()), db_(db),
      session_(std::move(session)) {
    ui_->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose, false);
    const QDate today = QDate::currentDate();
    ui_->fromEdit->setDate(today);
    ui_->toEdit->setDate(today);
    ui_->toEdit->setEnabled(false);
    ui_->toLabel->setEnabled(false);
    ui_->fromLabel->setText(tr("&Day:"));

    rangeSettled_.setSingleShot(true);
    rangeSettled_.setInterval(400);
    connect(&rangeSettled_, &QTimer::timeout, this, &StatisticsWindow::refresh);
    connect(ui_->oneDayRadio, &QRadioButton::toggled, this, [this](bool oneDay) {
        ui_->toEdit->setEnabled(!oneDay);
        ui_->toLabel->setEnabled(!oneDay);
        ui_->fromLabel->setText(oneDay ? tr("&Day:") : tr("&From:"));
        if (oneDay)
            ui_->toEdit->setDate(ui_->fromEdit->date());
        rangeEdited();
    });
    connect(ui_->fromEdit, &QDateEdit::dateChanged, this, &StatisticsWindow::rangeEdited);
    connect(ui_->toEdit, &QDateEdit::dateChanged, this, &StatisticsWindow::rangeEdited);
    auto preset = [this](int days) {
        const QDate t = QDate::currentDate();
        setRange({t.addDays(-(days - 1)), t});
    };
    connect(ui_->todayButton, &QToolButton::clicked, this, [preset] { preset(1); });
    connect(ui_->last7Button, &QToolButton::clicked, this, [preset] { preset(7); });
    connect(ui_->last30Button, &QToolButton::clicked, this, [preset] { preset(30); });
    connect(ui_->perAuditorCheck, &QCheckBox::toggled, this, &StatisticsWindow::refresh);

    connect(ui_->actionRefresh, &QAction::triggered, this, &StatisticsWindow::refresh);
    connect(ui_->actionExportCsv, &QAction::triggered, this, &StatisticsWindow::askCsvFolder);
    connect(ui_->actionDailyReport, &QAction::triggered, this, &StatisticsWindow::askDailyReport);
    connect(ui_->actionClose, &QAction::triggered, this, &QWidget::close);
    connect(ui_->actionShowTables, &QAction::toggled, this, [this](bool on) {
        for (ChartPanel* p : panels_)
            p->setTableShown(on);
    });

    setUpPanels();
    riskTimer_.setInterval(kRiskRefreshMs);
    connect(&riskTimer_, &QTimer::timeout, this, &StatisticsWindow::refreshRisk);
    riskTimer_.start();
    refresh();
}

StatisticsWindow::~StatisticsWindow() = default;

void StatisticsWindow::setUpPanels() {
    throughput_ = new report::ThroughputModel;
    risk_ = new report::DeadlineRiskModel;
    promise_ = new report::PromiseModel;
    reasons_ = new report::ReasonsModel;
    shares_ = new report::ReasonSharesModel;
    auditors_ = new report::AuditorsModel;
    agreement_ = new report::AgreementModel;
    agreement_->setCheckLabeler([](const QString& id) { return checkLabel(id); });
    auto* t = throughput_;
    auto* r = risk_;
    auto* p = promise_;
    auto* re = reasons_;
    auto* s = shares_;
    panels_[int(Figure::Throughput)] = new ChartPanel(
        tr("Throughput"), t, [t](QChart& c, const HoverFn& h) { buildThroughputChart(c, *t, h); });
    panels_[int(Figure::DeadlineRisk)] = new ChartPanel(
        tr("Deadline risk now"), r, [r](QChart& c, const HoverFn& h) { buildDeadlineChart(c, *r, h); });
    panels_[int(Figure::Promise)] = new ChartPanel(
        tr("The promise kept"), p, [p](QChart& c, const HoverFn& h) { buildPromiseChart(c, *p, h); });
    panels_[int(Figure::Reasons)] = new ChartPanel(
        tr("Rejection reasons"), re, [re](QChart& c, const HoverFn& h) { buildReasonsChart(c, *re, h); });
    panels_[int(Figure::ReasonShares)] = new ChartPanel(
        tr("Reasons day by day"), s, [s](QChart& c, const HoverFn& h) { buildReasonSharesChart(c, *s, h); });
    panels_[int(Figure::Auditors)] = new ChartPanel(tr("Auditors"), auditors_, {});
    panels_[int(Figure::Agreement)] =
        new ChartPanel(tr("Core against auditors (click a row for its submissions)"), agreement_, {});

    QGridLayout* grid = ui_->figuresGrid;
    grid->addWidget(panel(Figure::Throughput), 0, 0);
    grid->addWidget(panel(Figure::DeadlineRisk), 0, 1);
    grid->addWidget(panel(Figure::Promise), 1, 0);
    grid->addWidget(panel(Figure::Reasons), 1, 1);
    grid->addWidget(panel(Figure::ReasonShares), 2, 0);
    grid->addWidget(panel(Figure::Auditors), 2, 1);
    grid->addWidget(panel(Figure::Agreement), 3, 0, 1, 2);
    for (int row = 0; row < 3; ++row)
        grid->setRowMinimumHeight(row, 380);
    grid->setRowMinimumHeight(3, 240);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    for (int i = 0; i < kFigures; ++i) {
        const Figure f = Figure(i);
        connect(panels_[i], &ChartPanel::exportRequested, this,
                [this, f](report::ExportKind kind) { onExportRequested(f, kind); });
    }
    QTableView* agreementView = panel(Figure::Agreement)->tableView();
    // A click or Enter; a double click (click, then activated) opens one list, not two.
    auto open = [this, last = std::make_shared<QElapsedTimer>()](const QModelIndex& i) {
        if (last->isValid() && last->elapsed() < 600)
            return;
        last->start();
        showDisagreements(i.row(), i.column());
    };
    connect(agreementView, &QAbstractItemView::activated, this, open);
    connect(agreementView, &QAbstractItemView::clicked, this, open);
}

store::StatsRange StatisticsWindow::range() const {
    const QDate from = ui_->fromEdit->date();
    return {from, ui_->oneDayRadio->isChecked() ? from : ui_->toEdit->date()};
}

void StatisticsWindow::setRange(const store::StatsRange& r) {
    const QSignalBlocker a(ui_->fromEdit), b(ui_->toEdit), c(ui_->oneDayRadio), d(ui_->rangeRadio);
    const bool oneDay = r.from == r.to;
    ui_->oneDayRadio->setChecked(oneDay);
    ui_->rangeRadio->setChecked(!oneDay);
    ui_->toEdit->setEnabled(!oneDay);
    ui_->toLabel->setEnabled(!oneDay);
    ui_->fromLabel->setText(oneDay ? tr("&Day:") : tr("&From:"));
    ui_->fromEdit->setDate(r.from);
    ui_->toEdit->setDate(r.to);
    rangeSettled_.stop();
    refresh();
}

void StatisticsWindow::rangeEdited() {
    if (ui_->oneDayRadio->isChecked() && ui_->toEdit->date() != ui_->fromEdit->date()) {
        const QSignalBlocker block(ui_->toEdit);
        ui_->toEdit->setDate(ui_->fromEdit->date());
    }
    rangeSettled_.start();
}

QString StatisticsWindow::statusText() const {
    return statusBar()->currentMessage();
}

void StatisticsWindow::setBusy(bool busy) {
    ui_->updatedLabel->setText(busy ? tr("Loading…") : ui_->updatedLabel->text());
}

void StatisticsWindow::refresh() {
    const store::StatsRange r = range();
    if (!report::isValidRange(r)) {
        statusBar()->showMessage(tr("The first day is after the last day: nothing to show."));
        return;
    }
    const quint64 generation = ++generation_;
    ++loading_;
    loadClock_.start();
    setBusy(true);
    const bool perAuditor = ui_->perAuditorCheck->isChecked();
    db_->run<report::Figures>(
        this, {QStringLiteral("statistics"), 0, Retry::OnDrop},
        [r, perAuditor](store::Connection& c) { return report::loadFigures(c, r, perAuditor); },
        [this, generation](Result<report::Figures> result) {
            --loading_;
            if (generation != generation_)
                return; // a newer range was asked for meanwhile
            if (!result) {
                showError(result.error());
                return;
            }
            applyFigures(std::move(result.value()));
        });
}

void StatisticsWindow::applyFigures(report::Figures f) {
    QElapsedTimer applying;
    applying.start();
    figures_ = std::move(f);
    const bool perAuditor = figures_.throughputByAuditor.has_value();
    throughput_->setBuckets(figures_.range, figures_.hourly, perAuditor,
                            perAuditor ? *figures_.throughputByAuditor : figures_.throughput);
    risk_->setRisk(figures_.risk);
    promise_->setDays(figures_.range, figures_.promise);
    reasons_->setReasons(figures_.reasons);
    shares_->setDays(figures_.range, figures_.reasonsPerDay, figures_.reasons);
    auditors_->setAuditors(figures_.auditors);
    agreement_->setChecks(figures_.agreement);
    // Painted now, so the time measured is the time until the person sees the figures.
    if (isVisible())
        ui_->figuresHost->repaint();
    lastLoadMs_ = loadClock_.elapsed();
    lastApplyMs_ = applying.elapsed();
    const QString when = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    ui_->updatedLabel->setText(tr("Updated %1").arg(when));
    const QString days = figures_.range.from == figures_.range.to
                             ? figures_.range.from.toString(Qt::ISODate)
                             : tr("%1 – %2").arg(figures_.range.from.toString(Qt::ISODate),
                                                 figures_.range.to.toString(Qt::ISODate));
    statusBar()->showMessage(tr("%1 (days in %2): decisions: %3.")
                                 .arg(days, figures_.timeZone)
                                 .arg(throughput_->totalApproved() + throughput_->totalRejected()));
    emit loaded();
}

void StatisticsWindow::refreshRisk() {
    if (loading_ > 0)
        return;
    const quint64 generation = generation_;
    db_->run<store::DeadlineRisk>(
        this, {QStringLiteral("deadline risk"), 0, Retry::OnDrop},
        [](store::Connection& c) { return report::loadDeadlineRisk(c); },
        [this, generation](Result<store::DeadlineRisk> r) {
            if (generation != generation_ || !r)
                return; // a failure here shows at the next full refresh
            figures_.risk = std::move(r.value());
            risk_->setRisk(figures_.risk);
        });
}

void StatisticsWindow::showError(const Error& e) {
    ui_->updatedLabel->setText(QString());
    statusBar()->showMessage(tr("The figures could not be loaded. %1").arg(storeErrorText(e)));
}

void StatisticsWindow::onExportRequested(Figure f, report::ExportKind kind) {
    ChartPanel* p = panel(f);
    const QString range =
        figures_.range.from == figures_.range.to
            ? figures_.range.from.toString(Qt::ISODate)
            : figures_.range.from.toString(Qt::ISODate) + u'_' + figures_.range.to.toString(Qt::ISODate);
    QString suffix, filter;
    switch (kind) {
    case report::ExportKind::Png:
        suffix = QStringLiteral(".png");
        filter = tr("PNG images (*.png)");
        break;
    case report::ExportKind::PngPrint:
        suffix = QStringLiteral("@2x.png");
        filter = tr("PNG images (*.png)");
        break;
    case report::ExportKind::Svg:
        suffix = QStringLiteral(".svg");
        filter = tr("SVG drawings (*.svg)");
        break;
    case report::ExportKind::Csv:
        suffix = QStringLiteral(".csv");
        filter = tr("CSV files (*.csv)");
        break;
    }
    const QString suggested = QDir(documentsDir()).filePath(p->baseName() + u'_' + range + suffix);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export %1").arg(p->title()), suggested, filter);
    if (!path.isEmpty())
        exportChart(f, kind, path);
}

void StatisticsWindow::exportChart(Figure f, report::ExportKind kind, const QString& path) {
    ChartPanel* p = panel(f);
    Result<void> r;
    switch (kind) {
    case report::ExportKind::Png:
        r = p->exportPng(path, ChartPanel::defaultExportSize(), 1.0);
        break;
    case report::ExportKind::PngPrint:
        r = p->exportPng(path, ChartPanel::defaultExportSize(), 2.0);
        break;
    case report::ExportKind::Svg:
        r = p->exportSvg(path, ChartPanel::defaultExportSize());
        break;
    case report::ExportKind::Csv:
        r = report::writeCsv(*p->model(), path);
        break;
    }
    statusBar()->showMessage(r ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                               : QString::fromStdString(r.error().message));
    emit exported(r.ok(), path);
}

void StatisticsWindow::askCsvFolder() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files"), documentsDir());
    if (!dir.isEmpty())
        exportAllCsvTo(dir);
}

void StatisticsWindow::exportAllCsvTo(const QString& dir) {
    auto models = report::makeModels(figures_, [](const QString& id) { return checkLabel(id); });
    std::vector<report::FigureTableModel*> raw;
    for (auto& m : models)
        raw.push_back(m.get());
    QProgressDialog progress(tr("Writing the CSV files…"), tr("Cancel"), 0, int(raw.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto written = report::writeAllCsv(raw, dir, progressIn(progress));
    if (!written) {
        statusBar()->showMessage(written.error().code == "report.cancelled"
                                     ? tr("Export cancelled; no file was left behind.")
                                     : QString::fromStdString(written.error().message));
        emit exported(false, dir);
        return;
    }
    statusBar()->showMessage(
        tr("CSV files saved in %1: %2.").arg(QDir::toNativeSeparators(dir)).arg(written->size()));
    emit exported(true, dir);
}

void StatisticsWindow::askDailyReport() {
    const QDate day = range().to;
    const QString suggested =
        QDir(documentsDir()).filePath(QStringLiteral("daily-report-%1.pdf").arg(day.toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Daily report for %1").arg(day.toString(Qt::ISODate)),
                                     suggested, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportDailyReportTo(day, path);
}

void StatisticsWindow::exportDailyReportTo(const QDate& day, const QString& path) {
    if (exporting_)
        return;
    exporting_ = true;
    // Step 1 on the worker: the figures; the person can cancel while they load.
    auto* progress = new QProgressDialog(tr("Loading the figures for %1…").arg(day.toString(Qt::ISODate)),
                                         tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancelled = std::make_shared<bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> guard(progress);
    db_->run<report::DailyReportData>(
        this, {QStringLiteral("daily report"), 0, Retry::OnDrop},
        [day](store::Connection& c) { return report::loadDailyReport(c, day); },
        [this, guard, cancelled, path](Result<report::DailyReportData> daily) {
            exporting_ = false;
            auto finish = [&](bool ok, const QString& message) {
                if (guard)
                    guard->close();
                statusBar()->showMessage(message);
                emit exported(ok, path);
            };
            if (*cancelled) {
                finish(false, tr("Export cancelled; no file was left behind."));
                return;
            }
            if (!daily) {
                finish(false, tr("The figures could not be loaded. %1").arg(storeErrorText(daily.error())));
                return;
            }
            // Step 2 here: painting the charts needs the GUI thread; the dialog can cancel between steps.
            if (guard)
                guard->setLabelText(tr("Writing the daily report…"));
            auto written = report::writeDailyReport(*daily, path, [guard, cancelled](int done, int total) {
                if (guard) {
                    guard->setMaximum(total);
                    guard->setValue(done);
                }
                QCoreApplication::processEvents();
                return !*cancelled;
            });
            if (!written) {
                finish(false, written.error().code == "report.cancelled"
                                  ? tr("Export cancelled; no file was left behind.")
                                  : QString::fromStdString(written.error().message));
                return;
            }
            logging::info(QStringLiteral("daily report written (%1 pages)").arg(*written));
            finish(true, tr("Saved the daily report as %1 (pages: %2).")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(*written));
        });
}

void StatisticsWindow::showDisagreements(int row, int column) {
    if (row < 0 || row >= int(agreement_->checks().size()))
        return;
    const QString check = agreement_->checks()[size_t(row)].check;
    std::vector<store::DisagreementKind> kinds;
    if (column != report::AgreementModel::PassedRejectedColumn)
        kinds.push_back(store::DisagreementKind::FailedButApproved);
    if (column != report::AgreementModel::OverruledColumn)
        kinds.push_back(store::DisagreementKind::PassedButRejected);
    const store::StatsRange r = figures_.range;
    using Rows = std::vector<report::DisagreementModel::Row>;
    db_->run<Rows>(
        this, {QStringLiteral("disagreements"), 0, Retry::OnDrop},
        [r, check, kinds](store::Connection& c) -> Result<Rows> {
            Rows rows;
            for (auto kind : kinds) {
                auto part = store::disagreements(c, r, check, kind);
                if (!part)
                    return part.error();
                for (auto& d : *part)
                    rows.push_back({kind, std::move(d)});
            }
            std::stable_sort(rows.begin(), rows.end(),
                             [](const auto& a, const auto& b) { return a.row.decidedAt > b.row.decidedAt; });
            return rows;
        },
        [this, check](Result<Rows> rows) {
            if (!rows) {
                showError(rows.error());
                return;
            }
            auto* dialog = new DisagreementsDialog(checkLabel(check), std::move(rows.value()), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setObjectName(QStringLiteral("disagreements"));
            dialog->show();
        });
}

} // namespace certphoto::app

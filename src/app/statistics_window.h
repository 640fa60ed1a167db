#pragma once
// The supervisors' statistics screen: throughput, deadline risk (refreshing by itself), the promise kept,
// the auditors, the rejection reasons and the core against the auditors, for one day or a date range; each
// figure with its table and exports; the numbers as CSV and the daily report as PDF. Frame from
// forms/statisticswindow.ui. Every figure is loaded on the Database worker; this window only paints.

#include "session.h"

#include <certphoto/report/chart_panel.h>
#include <certphoto/report/exports.h>
#include <certphoto/report/figures.h>

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>
#include <memory>

namespace Ui {
class StatisticsWindow;
}

namespace certphoto::report {
class ChartPanel;
class ThroughputModel;
class DeadlineRiskModel;
class PromiseModel;
class AuditorsModel;
class ReasonsModel;
class ReasonSharesModel;
class AgreementModel;
} // namespace certphoto::report

namespace certphoto::app {

class Database;

class StatisticsWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Figure { Throughput, DeadlineRisk, Promise, Reasons, ReasonShares, Auditors, Agreement };
    static constexpr int kFigures = 7;
    static constexpr int kRiskRefreshMs = 60'000;

    StatisticsWindow(Database* db, Session session, QWidget* parent = nullptr);
    ~StatisticsWindow() override;

    store::StatsRange range() const;
    void setRange(const store::StatsRange& range); // loads it
    report::ChartPanel* panel(Figure f) const { return panels_[int(f)]; }
    bool isLoading() const { return loading_ > 0; }
    const report::Figures& figures() const { return figures_; }
    // Milliseconds from asking to every figure on screen, for the last load (the benchmark reads it).
    qint64 lastLoadMs() const { return lastLoadMs_; }
    // Of that, the GUI thread's part: models set, charts rebuilt and painted.
    qint64 lastApplyMs() const { return lastApplyMs_; }
    QString statusText() const;

    // The exports without their file dialogs (the dialogs call these; so do the tests).
    void exportAllCsvTo(const QString& dir);
    void exportDailyReportTo(const QDate& day, const QString& path);
    void exportChart(Figure f, report::ExportKind kind, const QString& path);
    // Opens the list of submissions behind a row of the core-against-auditors table.
    void showDisagreements(int row, int column);

public slots:
    void refresh();
    void refreshRisk();

signals:
    void loaded();                               // every figure arrived and is on screen
    void exported(bool ok, const QString& what); // an export ended (ok false: failed or cancelled)

private:
    void setUpPanels();
    void applyFigures(report::Figures f);
    void showError(const Error& e);
    void onExportRequested(Figure f, report::ExportKind kind);
    void askCsvFolder();
    void askDailyReport();
    void rangeEdited();
    void setBusy(bool busy);

    std::unique_ptr<Ui::StatisticsWindow> ui_;
    Database* db_;
    Session session_;
    report::ChartPanel* panels_[kFigures] = {};
    report::ThroughputModel* throughput_ = nullptr;
    report::DeadlineRiskModel* risk_ = nullptr;
    report::PromiseModel* promise_ = nullptr;
    report::AuditorsModel* auditors_ = nullptr;
    report::ReasonsModel* reasons_ = nullptr;
    report::ReasonSharesModel* shares_ = nullptr;
    report::AgreementModel* agreement_ = nullptr;
    report::Figures figures_;
    QTimer riskTimer_;
    QTimer rangeSettled_; // a burst of date edits loads once
    int loading_ = 0;
    quint64 generation_ = 0; // a newer request makes older answers stale
    QElapsedTimer loadClock_;
    qint64 lastLoadMs_ = 0;
    qint64 lastApplyMs_ = 0;
    bool exporting_ = false;
};

} // namespace certphoto::app

#pragma once
// One table model per figure: the numbers behind its chart, for the screen's tables, the CSV files and the
// daily report. Fed with the store's plain figures; empty buckets (an hour or a day without decisions) are
// filled with zeros so a table, a chart and a CSV file always cover the whole range.

#include <certphoto/report/figure_table_model.h>
#include <certphoto/store/statistics.h>

#include <functional>

namespace certphoto::report {

QString bandText(store::TimeLeftBand band);
QString bandCsvName(store::TimeLeftBand band);
// The reason's label in the interface language (Chinese when the default locale is Chinese).
QString reasonLabel(const store::ReasonCount& r);

class ThroughputModel : public FigureTableModel {
    Q_OBJECT
public:
    struct Point {
        QDate day;
        int hour = -1;
        QString auditor;
        int approved = 0;
        int rejected = 0;
    };
    using FigureTableModel::FigureTableModel;
    // `perAuditor`: the buckets carry auditors (one row per auditor and bucket).
    void setBuckets(const store::StatsRange& range, bool hourly, bool perAuditor,
                    const std::vector<store::ThroughputBucket>& buckets);
    bool hasData() const override;
    QString csvFileName() const override;
    bool hourly() const { return hourly_; }
    bool perAuditor() const { return perAuditor_; }
    // Every bucket of the range in order; per auditor: grouped by auditor, then bucket.
    const std::vector<Point>& points() const { return points_; }
    QStringList auditors() const;
    int totalApproved() const;
    int totalRejected() const;

private:
    bool hourly_ = false;
    bool perAuditor_ = false;
    std::vector<Point> points_;
};

class DeadlineRiskModel : public FigureTableModel {
    Q_OBJECT
public:
    using FigureTableModel::FigureTableModel;
    void setRisk(const store::DeadlineRisk& risk);
    bool hasData() const override;
    QString csvFileName() const override { return QStringLiteral("deadline_risk.csv"); }
    const store::DeadlineRisk& risk() const { return risk_; }
    int pendingTotal() const;

protected:
    QColor foreground(int row, int column) const override;
    bool bold(int row, int column) const override;

private:
    store::DeadlineRisk risk_;
};

class PromiseModel : public FigureTableModel {
    Q_OBJECT
public:
    using FigureTableModel::FigureTableModel;
    void setDays(const store::StatsRange& range, const std::vector<store::PromiseDay>& days);
    bool hasData() const override;
    QString csvFileName() const override { return QStringLiteral("promise_kept.csv"); }
    // Every day of the range (zeros where nothing was decided).
    const std::vector<store::PromiseDay>& days() const { return days_; }

private:
    std::vector<store::PromiseDay> days_;
};

class AuditorsModel : public FigureTableModel {
    Q_OBJECT
public:
    using FigureTableModel::FigureTableModel;
    void setAuditors(const std::vector<store::AuditorFigures>& auditors);
    QString csvFileName() const override { return QStringLiteral("auditors.csv"); }
    const std::vector<store::AuditorFigures>& auditors() const { return auditors_; }

private:
    std::vector<store::AuditorFigures> auditors_;
};

class ReasonsModel : public FigureTableModel {
    Q_OBJECT
public:
    using FigureTableModel::FigureTableModel;
    // Sorted most frequent first here too (the store already does; a tie keeps its order).
    void setReasons(const std::vector<store::ReasonCount>& reasons);
    QString csvFileName() const override { return QStringLiteral("reasons.csv"); }
    const std::vector<store::ReasonCount>& reasons() const { return reasons_; }
    int total() const;

private:
    std::vector<store::ReasonCount> reasons_;
};

class ReasonSharesModel : public FigureTableModel {
    Q_OBJECT
public:
    using FigureTableModel::FigureTableModel;
    // `reasons` gives the labels and the order (most frequent first).
    void setDays(const store::StatsRange& range, const std::vector<store::ReasonDay>& perDay,
                 const std::vector<store::ReasonCount>& reasons);
    QString csvFileName() const override { return QStringLiteral("reasons_per_day.csv"); }
    QList<QDate> days() const { return days_; }
    const std::vector<store::ReasonCount>& reasons() const { return reasons_; }
    // Count of `code` on `day` (0 when none).
    int count(const QDate& day, const QString& code) const;
    int dayTotal(const QDate& day) const;

private:
    QList<QDate> days_;
    std::vector<store::ReasonCount> reasons_;
    std::vector<store::ReasonDay> perDay_;
};

class AgreementModel : public FigureTableModel {
    Q_OBJECT
public:
    using FigureTableModel::FigureTableModel;
    // The check's name for people (the workstation passes its translated check names); default: the id.
    void setCheckLabeler(std::function<QString(const QString&)> labeler) { labeler_ = std::move(labeler); }
    void setChecks(const std::vector<store::CheckAgreement>& checks);
    QString csvFileName() const override { return QStringLiteral("core_agreement.csv"); }
    const std::vector<store::CheckAgreement>& checks() const { return checks_; }
    // The column a click on which lists only one kind of disagreement (-1: neither).
    static constexpr int OverruledColumn = 2;
    static constexpr int PassedRejectedColumn = 5;

private:
    std::function<QString(const QString&)> labeler_;
    std::vector<store::CheckAgreement> checks_;
};

class DisagreementModel : public FigureTableModel {
    Q_OBJECT
public:
    using FigureTableModel::FigureTableModel;
    struct Row {
        store::DisagreementKind kind;
        store::DisagreementRow row;
    };
    void setRows(std::vector<Row> rows);
    QString csvFileName() const override { return QStringLiteral("disagreements.csv"); }
    qint64 submissionAt(int row) const;

private:
    std::vector<Row> rows_;
};

} // namespace certphoto::report

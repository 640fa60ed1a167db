#include <certphoto/report/figure_models.h>

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <map>
#include <set>

namespace certphoto::report {

namespace {

using Kind = FigureTableModel::Kind;

QList<QDate> daysOf(const store::StatsRange& range) {
    QList<QDate> days;
    if (!range.from.isValid() || !range.to.isValid())
        return days;
    for (QDate d = range.from; d <= range.to; d = d.addDays(1))
        days << d;
    return days;
}

double share(int part, int whole) {
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

} // namespace

QString bandText(store::TimeLeftBand band) {
    switch (band) {
    case store::TimeLeftBand::Overdue:
        return QCoreApplication::translate("certphoto::report::Figures", "Overdue");
    case store::TimeLeftBand::Under4h:
        return QCoreApplication::translate("certphoto::report::Figures", "< 4 h");
    case store::TimeLeftBand::From4To12h:
        return QCoreApplication::translate("certphoto::report::Figures", "4–12 h");
    case store::TimeLeftBand::From12To24h:
        return QCoreApplication::translate("certphoto::report::Figures", "12–24 h");
    case store::TimeLeftBand::From24To48h:
        return QCoreApplication::translate("certphoto::report::Figures", "24–48 h");
    case store::TimeLeftBand::Over48h:
        return QCoreApplication::translate("certphoto::report::Figures", "> 48 h");
    }
    return {};
}

QString bandCsvName(store::TimeLeftBand band) {
    static const char* const names[] = {"overdue",   "under_4h",  "4_to_12h",
                                        "12_to_24h", "24_to_48h", "over_48h"};
    return QString::fromLatin1(names[int(band)]);
}

QString reasonLabel(const store::ReasonCount& r) {
    const QString label = QLocale().language() == QLocale::Chinese ? r.labelZh : r.labelEn;
    return label.isEmpty() ? r.code : label;
}

// ---- throughput ----

void ThroughputModel::setBuckets(const store::StatsRange& range, bool hourly, bool perAuditor,
                                 const std::vector<store::ThroughputBucket>& buckets) {
    hourly_ = hourly;
    perAuditor_ = perAuditor;
    // The range's buckets in order, each filled from the store's (which leaves out empty ones).
    struct Slot {
        QDate day;
        int hour;
    };
    std::vector<Slot> cells;
    for (const QDate& d : daysOf(range)) {
        if (hourly)
            for (int h = 0; h < 24; ++h)
                cells.push_back({d, h});
        else
            cells.push_back({d, -1});
    }
    std::map<std::tuple<QString, QDate, int>, std::pair<int, int>> counts;
    std::set<QString> auditorSet;
    for (const store::ThroughputBucket& b : buckets) {
        const QString who = perAuditor ? b.auditor : QString();
        auto& c = counts[{who, b.day, hourly ? b.hour : -1}];
        c.first += b.approved;
        c.second += b.rejected;
        if (perAuditor)
            auditorSet.insert(b.auditor);
    }
    const std::vector<QString> who = perAuditor ? std::vector<QString>(auditorSet.begin(), auditorSet.end())
                                                : std::vector<QString>{QString()};
    points_.clear();
    for (const QString& a : who)
        for (const Slot& s : cells) {
            const auto it = counts.find({a, s.day, s.hour});
            Point p{s.day, s.hour, a, 0, 0};
            if (it != counts.end()) {
                p.approved = it->second.first;
                p.rejected = it->second.second;
            }
            points_.push_back(p);
        }

    std::vector<Column> cols{{QCoreApplication::translate("certphoto::report::Figures", "Day"),
                              QStringLiteral("day"), Kind::Date}};
    if (hourly)
        cols.push_back({QCoreApplication::translate("certphoto::report::Figures", "Hour"),
                        QStringLiteral("hour"), Kind::Hour});
    if (perAuditor)
        cols.push_back({QCoreApplication::translate("certphoto::report::Figures", "Auditor"),
                        QStringLiteral("auditor"), Kind::Text});
    cols.push_back({QCoreApplication::translate("certphoto::report::Figures", "Approved"),
                    QStringLiteral("approved"), Kind::Integer});
    cols.push_back({QCoreApplication::translate("certphoto::report::Figures", "Rejected"),
                    QStringLiteral("rejected"), Kind::Integer});
    cols.push_back({QCoreApplication::translate("certphoto::report::Figures", "Total"),
                    QStringLiteral("total"), Kind::Integer});
    std::vector<std::vector<QVariant>> rows;
    rows.reserve(points_.size());
    for (const Point& p : points_) {
        std::vector<QVariant> r{p.day};
        if (hourly)
            r.emplace_back(p.hour);
        if (perAuditor)
            r.emplace_back(p.auditor);
        r.emplace_back(p.approved);
        r.emplace_back(p.rejected);
        r.emplace_back(p.approved + p.rejected);
        rows.push_back(std::move(r));
    }
    reset(std::move(cols), std::move(rows));
}

bool ThroughputModel::hasData() const {
    return std::any_of(points_.begin(), points_.end(),
                       [](const Point& p) { return p.approved + p.rejected > 0; });
}

QString ThroughputModel::csvFileName() const {
    return QStringLiteral("throughput_%1%2.csv")
        .arg(perAuditor_ ? QStringLiteral("by_auditor_") : QString(),
             hourly_ ? QStringLiteral("hourly") : QStringLiteral("daily"));
}

QStringList ThroughputModel::auditors() const {
    QStringList out;
    for (const Point& p : points_)
        if (!p.auditor.isEmpty() && (out.isEmpty() || out.last() != p.auditor))
            out << p.auditor;
    return out;
}

int ThroughputModel::totalApproved() const {
    int n = 0;
    for (const Point& p : points_)
        n += p.approved;
    return n;
}

int ThroughputModel::totalRejected() const {
    int n = 0;
    for (const Point& p : points_)
        n += p.rejected;
    return n;
}

// ---- deadline risk ----

void DeadlineRiskModel::setRisk(const store::DeadlineRisk& risk) {
    risk_ = risk;
    std::vector<Column> cols{{QCoreApplication::translate("certphoto::report::Figures", "School"),
                              QStringLiteral("school"), Kind::Text}};
    for (int b = 0; b < store::kTimeLeftBands; ++b)
        cols.push_back(
            {bandText(store::TimeLeftBand(b)), bandCsvName(store::TimeLeftBand(b)), Kind::Integer});
    cols.push_back({QCoreApplication::translate("certphoto::report::Figures", "Pending"),
                    QStringLiteral("pending"), Kind::Integer});
    std::vector<std::vector<QVariant>> rows;
    auto row = [](const QString& name, const int(&counts)[store::kTimeLeftBands]) {
        std::vector<QVariant> r{name};
        int total = 0;
        for (int b = 0; b < store::kTimeLeftBands; ++b) {
            r.emplace_back(counts[b]);
            total += counts[b];
        }
        r.emplace_back(total);
        return r;
    };
    for (const auto& s : risk_.schools)
        rows.push_back(row(s.school, s.counts));
    rows.push_back(
        row(QCoreApplication::translate("certphoto::report::Figures", "All schools"), risk_.totals));
    reset(std::move(cols), std::move(rows));
}

bool DeadlineRiskModel::hasData() const {
    return pendingTotal() > 0;
}

int DeadlineRiskModel::pendingTotal() const {
    int n = 0;
    for (int c : risk_.totals)
        n += c;
    return n;
}

QColor DeadlineRiskModel::foreground(int row, int column) const {
    if (column == 1 + int(store::TimeLeftBand::Overdue) && rows()[size_t(row)][size_t(column)].toInt() > 0)
        return QColor(0xc6, 0x28, 0x28);
    return {};
}

bool DeadlineRiskModel::bold(int row, int) const {
    return row == rowCount() - 1; // the totals
}

// ---- promise kept ----

void PromiseModel::setDays(const store::StatsRange& range, const std::vector<store::PromiseDay>& days) {
    std::map<QDate, store::PromiseDay> byDay;
    for (const auto& d : days)
        byDay[d.day] = d;
    days_.clear();
    for (const QDate& d : daysOf(range)) {
        const auto it = byDay.find(d);
        store::PromiseDay p;
        p.day = d;
        if (it != byDay.end())
            p = it->second;
        days_.push_back(p);
    }
    std::vector<Column> cols{
        {QCoreApplication::translate("certphoto::report::Figures", "Day"), QStringLiteral("day"), Kind::Date},
        {QCoreApplication::translate("certphoto::report::Figures", "Decided"), QStringLiteral("decided"),
         Kind::Integer},
        {QCoreApplication::translate("certphoto::report::Figures", "Within promise"),
         QStringLiteral("within_promise"), Kind::Integer},
        {QCoreApplication::translate("certphoto::report::Figures", "Share kept"),
         QStringLiteral("within_promise_pct"), Kind::Percent},
        {QCoreApplication::translate("certphoto::report::Figures", "Median (arrival to decision)"),
         QStringLiteral("median_hours"), Kind::Hours},
        {QCoreApplication::translate("certphoto::report::Figures", "p95 (arrival to decision)"),
         QStringLiteral("p95_hours"), Kind::Hours}};
    std::vector<std::vector<QVariant>> rows;
    for (const auto& p : days_) {
        if (p.decided == 0)
            rows.push_back({p.day, 0, 0, QVariant(), QVariant(), QVariant()});
        else
            rows.push_back({p.day, p.decided, p.withinPromise, share(p.withinPromise, p.decided),
                            p.medianHours, p.p95Hours});
    }
    reset(std::move(cols), std::move(rows));
}

bool PromiseModel::hasData() const {
    return std::any_of(days_.begin(), days_.end(), [](const store::PromiseDay& d) { return d.decided > 0; });
}

// ---- auditors ----

void AuditorsModel::setAuditors(const std::vector<store::AuditorFigures>& auditors) {
    auditors_ = auditors;
    std::vector<Column> cols{
        {QCoreApplication::translate("certphoto::report::Figures", "Auditor"), QStringLiteral("auditor"),
         Kind::Text},
        {QCoreApplication::translate("certphoto::report::Figures", "Decisions"), QStringLiteral("decisions"),
         Kind::Integer},
        {QCoreApplication::translate("certphoto::report::Figures", "Approved"), QStringLiteral("approved"),
         Kind::Integer},
        {QCoreApplication::translate("certphoto::report::Figures", "Approval share"),
         QStringLiteral("approved_pct"), Kind::Percent},
        {QCoreApplication::translate("certphoto::report::Figures", "Median handling"),
         QStringLiteral("median_seconds"), Kind::Seconds},
        {QCoreApplication::translate("certphoto::report::Figures", "p90 handling"),
         QStringLiteral("p90_seconds"), Kind::Seconds},
        {QCoreApplication::translate("certphoto::report::Figures", "Approved, core failed"),
         QStringLiteral("approved_core_failed"), Kind::Integer},
        {QCoreApplication::translate("certphoto::report::Figures", "Rejected, core passed"),
         QStringLiteral("rejected_core_passed"), Kind::Integer}};
    std::vector<std::vector<QVariant>> rows;
    for (const auto& a : auditors_)
        rows.push_back({a.auditor, a.decisions, a.approved, share(a.approved, a.decisions), a.medianSeconds,
                        a.p90Seconds, a.approvedCoreFail, a.rejectedCorePass});
    reset(std::move(cols), std::move(rows));
}

// ---- reasons ----

void ReasonsModel::setReasons(const std::vector<store::ReasonCount>& reasons) {
    reasons_ = reasons;
    std::stable_sort(
        reasons_.begin(), reasons_.end(),
        [](const store::ReasonCount& a, const store::ReasonCount& b) { return a.count > b.count; });
    const int all = total();
    std::vector<Column> cols{{QCoreApplication::translate("certphoto::report::Figures", "Reason code"),
                              QStringLiteral("code"), Kind::Text},
                             {QCoreApplication::translate("certphoto::report::Figures", "Reason"),
                              QStringLiteral("reason"), Kind::Text},
                             {QCoreApplication::translate("certphoto::report::Figures", "Rejections"),
                              QStringLiteral("count"), Kind::Integer},
                             {QCoreApplication::translate("certphoto::report::Figures", "Share"),
                              QStringLiteral("share_pct"), Kind::Percent},
                             {QCoreApplication::translate("certphoto::report::Figures", "Cumulative"),
                              QStringLiteral("cumulative_pct"), Kind::Percent}};
    std::vector<std::vector<QVariant>> rows;
    int running = 0;
    for (const auto& r : reasons_) {
        running += r.count;
        rows.push_back({r.code, reasonLabel(r), r.count, share(r.count, all), share(running, all)});
    }
    reset(std::move(cols), std::move(rows));
}

int ReasonsModel::total() const {
    int n = 0;
    for (const auto& r : reasons_)
        n += r.count;
    return n;
}

// ---- reason shares per day ----

void ReasonSharesModel::setDays(const store::StatsRange& range, const std::vector<store::ReasonDay>& perDay,
                                const std::vector<store::ReasonCount>& reasons) {
    days_ = daysOf(range);
    reasons_ = reasons;
    std::stable_sort(
        reasons_.begin(), reasons_.end(),
        [](const store::ReasonCount& a, const store::ReasonCount& b) { return a.count > b.count; });
    perDay_ = perDay;
    std::map<QString, int> order;
    for (size_t i = 0; i < reasons_.size(); ++i)
        order[reasons_[i].code] = int(i);
    std::stable_sort(perDay_.begin(), perDay_.end(),
                     [&](const store::ReasonDay& a, const store::ReasonDay& b) {
                         if (a.day != b.day)
                             return a.day < b.day;
                         const int oa = order.count(a.code) ? order[a.code] : INT_MAX;
                         const int ob = order.count(b.code) ? order[b.code] : INT_MAX;
                         return oa < ob;
                     });
    std::map<QString, QString> labels;
    for (const auto& r : reasons_)
        labels[r.code] = reasonLabel(r);
    std::vector<Column> cols{
        {QCoreApplication::translate("certphoto::report::Figures", "Day"), QStringLiteral("day"), Kind::Date},
        {QCoreApplication::translate("certphoto::report::Figures", "Reason code"), QStringLiteral("code"),
         Kind::Text},
        {QCoreApplication::translate("certphoto::report::Figures", "Reason"), QStringLiteral("reason"),
         Kind::Text},
        {QCoreApplication::translate("certphoto::report::Figures", "Rejections"), QStringLiteral("count"),
         Kind::Integer},
        {QCoreApplication::translate("certphoto::report::Figures", "Share of the day"),
         QStringLiteral("share_of_day_pct"), Kind::Percent}};
    std::vector<std::vector<QVariant>> rows;
    for (const auto& d : perDay_) {
        if (d.count == 0)
            continue;
        const auto label = labels.find(d.code);
        rows.push_back({d.day, d.code, label == labels.end() ? d.code : label->second, d.count,
                        share(d.count, dayTotal(d.day))});
    }
    reset(std::move(cols), std::move(rows));
}

int ReasonSharesModel::count(const QDate& day, const QString& code) const {
    int n = 0;
    for (const auto& d : perDay_)
        if (d.day == day && d.code == code)
            n += d.count;
    return n;
}

int ReasonSharesModel::dayTotal(const QDate& day) const {
    int n = 0;
    for (const auto& d : perDay_)
        if (d.day == day)
            n += d.count;
    return n;
}

// ---- core against auditors ----

void AgreementModel::setChecks(const std::vector<store::CheckAgreement>& checks) {
    checks_ = checks;
    std::vector<Column> cols{
        {QCoreApplication::translate("certphoto::report::Figures", "Check"), QStringLiteral("check"),
         Kind::Text},
        {QCoreApplication::translate("certphoto::report::Figures", "Core failed"),
         QStringLiteral("core_failed"), Kind::Integer},
        {QCoreApplication::translate("certphoto::report::Figures", "Overruled (approved)"),
         QStringLiteral("failed_but_approved"), Kind::Integer},
        {QCoreApplication::translate("certphoto::report::Figures", "Overruled share"),
         QStringLiteral("failed_but_approved_pct"), Kind::Percent},
        {QCoreApplication::translate("certphoto::report::Figures", "Core passed"),
         QStringLiteral("core_passed"), Kind::Integer},
        {QCoreApplication::translate("certphoto::report::Figures", "Passed, auditor rejected"),
         QStringLiteral("passed_but_rejected"), Kind::Integer},
        {QCoreApplication::translate("certphoto::report::Figures", "Rejected share"),
         QStringLiteral("passed_but_rejected_pct"), Kind::Percent},
        {QCoreApplication::translate("certphoto::report::Figures", "Reasons the auditors picked"),
         QStringLiteral("rejected_with"), Kind::Text}};
    std::vector<std::vector<QVariant>> rows;
    for (const auto& c : checks_) {
        QStringList picked;
        for (const auto& r : c.rejectedWith)
            picked << QStringLiteral("%1 ×%2").arg(reasonLabel(r)).arg(r.count);
        rows.push_back({labeler_ ? labeler_(c.check) : c.check, c.coreFailed, c.coreFailedApproved,
                        c.coreFailed > 0 ? QVariant(share(c.coreFailedApproved, c.coreFailed)) : QVariant(),
                        c.corePassed, c.corePassedRejected,
                        c.corePassed > 0 ? QVariant(share(c.corePassedRejected, c.corePassed)) : QVariant(),
                        picked.join(QStringLiteral(", "))});
    }
    reset(std::move(cols), std::move(rows));
}

// ---- the submissions behind a row ----

void DisagreementModel::setRows(std::vector<Row> rowsIn) {
    rows_ = std::move(rowsIn);
    std::vector<Column> cols{{QCoreApplication::translate("certphoto::report::Figures", "Submission"),
                              QStringLiteral("submission"), Kind::Integer},
                             {QCoreApplication::translate("certphoto::report::Figures", "Disagreement"),
                              QStringLiteral("kind"), Kind::Text},
                             {QCoreApplication::translate("certphoto::report::Figures", "School"),
                              QStringLiteral("school"), Kind::Text},
                             {QCoreApplication::translate("certphoto::report::Figures", "Decided at"),
                              QStringLiteral("decided_at"), Kind::Text},
                             {QCoreApplication::translate("certphoto::report::Figures", "Auditor"),
                              QStringLiteral("auditor"), Kind::Text},
                             {QCoreApplication::translate("certphoto::report::Figures", "Reasons"),
                              QStringLiteral("reason_codes"), Kind::Text}};
    std::vector<std::vector<QVariant>> rows;
    for (const auto& r : rows_)
        rows.push_back(
            {r.row.submissionId,
             r.kind == store::DisagreementKind::FailedButApproved
                 ? QCoreApplication::translate("certphoto::report::Figures", "core failed, auditor approved")
                 : QCoreApplication::translate("certphoto::report::Figures", "core passed, auditor rejected"),
             r.row.school, r.row.decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             r.row.auditor, r.row.reasonCodes.join(QStringLiteral(", "))});
    reset(std::move(cols), std::move(rows));
}

qint64 DisagreementModel::submissionAt(int row) const {
    return row >= 0 && row < int(rows_.size()) ? rows_[size_t(row)].row.submissionId : 0;
}

} // namespace certphoto::report

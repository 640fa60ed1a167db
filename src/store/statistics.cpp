// The statistics figures: thin readers over the stats_* definer functions of migration 7 (the server does the
// counting over its summary tables and refuses auditors).
#include <certphoto/store/statistics.h>

#include "detail/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace certphoto::store {

namespace {

QString isoDay(const QDate& d) {
    return d.toString(Qt::ISODate);
}

Result<void> checkRange(const StatsRange& range) {
    if (!range.from.isValid() || !range.to.isValid() || range.from > range.to)
        return makeError("stats.bad_range", "the range needs a first day on or before its last day");
    return {};
}

// Arrays come back from QPSQL as PostgreSQL literals ({a,b,"c d"}); our codes never hold quotes or commas.
QStringList textArray(const QVariant& v) {
    QString s = v.toString().trimmed();
    if (s.size() < 2 || s.front() != QLatin1Char('{') || s.back() != QLatin1Char('}'))
        return {};
    s = s.mid(1, s.size() - 2);
    if (s.isEmpty())
        return {};
    QStringList out;
    for (QString item : s.split(QLatin1Char(','))) {
        if (item.size() >= 2 && item.front() == QLatin1Char('"') && item.back() == QLatin1Char('"'))
            item = item.mid(1, item.size() - 2);
        out << item;
    }
    return out;
}

std::vector<ReasonCount> reasonList(const QVariant& json) {
    std::vector<ReasonCount> out;
    const QJsonArray items = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(u"code").toString(), o.value(u"label_zh").toString(),
                       o.value(u"label_en").toString(), o.value(u"n").toInt()});
    }
    return out;
}

} // namespace

Result<QString> statisticsTimeZone(Connection& c) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.stats_time_zone()"), {},
                         QStringLiteral("reading the statistics time zone"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError("db.error", "no time zone setting");
    return q->value(0).toString();
}

Result<void> setStatisticsTimeZone(Connection& c, const QString& zone) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.set_stats_time_zone(?)"), {zone},
                         QStringLiteral("setting the statistics time zone"));
    if (!q)
        return q.error();
    return {};
}

Result<qint64> rebuildStatistics(Connection& c) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.stats_rebuild()"), {},
                         QStringLiteral("rebuilding the statistics"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<std::vector<ThroughputBucket>> throughput(Connection& c, const StatsRange& range, bool hourly,
                                                 bool perAuditor) {
    if (auto ok = checkRange(range); !ok)
        return ok.error();
    auto q = detail::run(c,
                         QStringLiteral("SELECT day, hour, auditor, approved, rejected FROM "
                                        "certphoto.stats_throughput(?::date, ?::date, ?, ?)"),
                         {isoDay(range.from), isoDay(range.to), hourly, perAuditor},
                         QStringLiteral("reading the throughput"));
    if (!q)
        return q.error();
    std::vector<ThroughputBucket> out;
    while (q->next())
        out.push_back({q->value(0).toDate(), q->value(1).toInt(), q->value(2).toString(), q->value(3).toInt(),
                       q->value(4).toInt()});
    return out;
}

Result<DeadlineRisk> deadlineRisk(Connection& c) {
    auto q = detail::run(c,
                         QStringLiteral("SELECT school, overdue, under_4h, from_4_to_12h, from_12_to_24h, "
                                        "from_24_to_48h, over_48h, measured_at, oldest_arrival, "
                                        "oldest_submission FROM certphoto.stats_deadline_risk()"),
                         {}, QStringLiteral("reading the deadline risk"));
    if (!q)
        return q.error();
    DeadlineRisk out;
    while (q->next()) {
        int counts[kTimeLeftBands];
        for (int b = 0; b < kTimeLeftBands; ++b)
            counts[b] = q->value(1 + b).toInt();
        if (q->value(0).isNull()) { // the totals row comes first
            std::copy(std::begin(counts), std::end(counts), out.totals);
            out.measuredAt = detail::utcFrom(q->value(7));
            if (!q->value(8).isNull()) {
                out.oldestPendingArrival = detail::utcFrom(q->value(8));
                out.oldestPendingSubmission = q->value(9).toLongLong();
            }
        } else {
            DeadlineRisk::School s;
            s.school = q->value(0).toString();
            std::copy(std::begin(counts), std::end(counts), s.counts);
            out.schools.push_back(std::move(s));
        }
    }
    return out;
}

Result<std::vector<PromiseDay>> promiseKept(Connection& c, const StatsRange& range) {
    if (auto ok = checkRange(range); !ok)
        return ok.error();
    auto q = detail::run(c,
                         QStringLiteral("SELECT day, decided, within_promise, median_hours, p95_hours FROM "
                                        "certphoto.stats_promise_kept(?::date, ?::date)"),
                         {isoDay(range.from), isoDay(range.to)}, QStringLiteral("reading the promise kept"));
    if (!q)
        return q.error();
    std::vector<PromiseDay> out;
    while (q->next())
        out.push_back({q->value(0).toDate(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toDouble(),
                       q->value(4).toDouble()});
    return out;
}

Result<std::vector<AuditorFigures>> auditorFigures(Connection& c, const StatsRange& range) {
    if (auto ok = checkRange(range); !ok)
        return ok.error();
    auto q =
        detail::run(c,
                    QStringLiteral("SELECT auditor, decisions, approved, median_seconds, p90_seconds, "
                                   "approved_core_fail, rejected_core_pass FROM "
                                   "certphoto.stats_auditors(?::date, ?::date)"),
                    {isoDay(range.from), isoDay(range.to)}, QStringLiteral("reading the auditors' figures"));
    if (!q)
        return q.error();
    std::vector<AuditorFigures> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt(),
                       q->value(3).toDouble(), q->value(4).toDouble(), q->value(5).toInt(),
                       q->value(6).toInt()});
    return out;
}

Result<std::vector<ReasonCount>> rejectionReasons(Connection& c, const StatsRange& range) {
    if (auto ok = checkRange(range); !ok)
        return ok.error();
    auto q = detail::run(
        c,
        QStringLiteral("SELECT code, label_zh, label_en, n FROM certphoto.stats_reasons(?::date, ?::date)"),
        {isoDay(range.from), isoDay(range.to)}, QStringLiteral("reading the rejection reasons"));
    if (!q)
        return q.error();
    std::vector<ReasonCount> out;
    while (q->next())
        out.push_back(
            {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt()});
    return out;
}

Result<std::vector<ReasonDay>> rejectionReasonsPerDay(Connection& c, const StatsRange& range) {
    if (auto ok = checkRange(range); !ok)
        return ok.error();
    auto q = detail::run(
        c, QStringLiteral("SELECT day, code, n FROM certphoto.stats_reasons_per_day(?::date, ?::date)"),
        {isoDay(range.from), isoDay(range.to)}, QStringLiteral("reading the rejection reasons per day"));
    if (!q)
        return q.error();
    std::vector<ReasonDay> out;
    while (q->next())
        out.push_back({q->value(0).toDate(), q->value(1).toString(), q->value(2).toInt()});
    return out;
}

Result<std::vector<CheckAgreement>> coreAgreement(Connection& c, const StatsRange& range) {
    if (auto ok = checkRange(range); !ok)
        return ok.error();
    auto q = detail::run(c,
                         QStringLiteral("SELECT check_id, core_failed, failed_approved, core_passed, "
                                        "passed_rejected, rejected_with::text FROM "
                                        "certphoto.stats_core_agreement(?::date, ?::date)"),
                         {isoDay(range.from), isoDay(range.to)},
                         QStringLiteral("reading the core against the auditors"));
    if (!q)
        return q.error();
    std::vector<CheckAgreement> out;
    while (q->next()) {
        CheckAgreement a;
        a.check = q->value(0).toString();
        a.coreFailed = q->value(1).toInt();
        a.coreFailedApproved = q->value(2).toInt();
        a.corePassed = q->value(3).toInt();
        a.corePassedRejected = q->value(4).toInt();
        a.rejectedWith = reasonList(q->value(5));
        out.push_back(std::move(a));
    }
    return out;
}

Result<std::vector<DisagreementRow>> disagreements(Connection& c, const StatsRange& range,
                                                   const QString& check, DisagreementKind kind, int limit) {
    if (auto ok = checkRange(range); !ok)
        return ok.error();
    auto q = detail::run(
        c,
        QStringLiteral("SELECT submission_id, school, decided_at, auditor, reason_codes::text FROM "
                       "certphoto.stats_disagreements(?::date, ?::date, ?, ?, ?)"),
        {isoDay(range.from), isoDay(range.to), check,
         kind == DisagreementKind::FailedButApproved ? QStringLiteral("failed_approved")
                                                     : QStringLiteral("passed_rejected"),
         limit},
        QStringLiteral("listing the disagreements"));
    if (!q)
        return q.error();
    std::vector<DisagreementRow> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), q->value(1).toString(), detail::utcFrom(q->value(2)),
                       q->value(3).toString(), textArray(q->value(4))});
    return out;
}

Result<DayTotals> dayTotals(Connection& c, const QDate& day) {
    if (!day.isValid())
        return makeError("stats.bad_range", "no day given");
    auto q =
        detail::run(c,
                    QStringLiteral("SELECT decided, approved, rejected, arrived, pending_now, overdue_now "
                                   "FROM certphoto.stats_day_totals(?::date)"),
                    {isoDay(day)}, QStringLiteral("reading the day's totals"));
    if (!q)
        return q.error();
    DayTotals t;
    if (q->next()) {
        t.decided = q->value(0).toInt();
        t.approved = q->value(1).toInt();
        t.rejected = q->value(2).toInt();
        t.arrived = q->value(3).toInt();
        t.pendingNow = q->value(4).toInt();
        t.overdueNow = q->value(5).toInt();
    }
    return t;
}

Result<MyDay> myDay(Connection& c) {
    auto q = detail::run(
        c, QStringLiteral("SELECT decided, approved, rejected, median_seconds FROM certphoto.stats_my_day()"),
        {}, QStringLiteral("reading your day"));
    if (!q)
        return q.error();
    MyDay d;
    if (q->next()) {
        d.decided = q->value(0).toInt();
        d.approved = q->value(1).toInt();
        d.rejected = q->value(2).toInt();
        d.medianSeconds = q->value(3).toDouble();
    }
    return d;
}

} // namespace certphoto::store

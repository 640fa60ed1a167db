#include <certphoto/store/reanalysis.h>

#include "detail/sql.h"

#include <QVariant>

namespace certphoto::store {

namespace {

QVariant nullableText(const std::optional<QString>& s) {
    return s ? QVariant(*s) : QVariant(QMetaType(QMetaType::QString));
}

QVariant nullableBytes(const QByteArray& b) {
    return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b);
}

QVariant nullableJson(const QByteArray& utf8) {
    return utf8.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromUtf8(utf8));
}

} // namespace

Result<qint64> countStaleReports(Connection& c, const QString& coreVersion) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.count_stale_reports(?)"), {coreVersion},
                         QStringLiteral("counting reports to recompute"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64{0};
}

Result<std::vector<StaleReport>> listStaleReports(Connection& c, const QString& coreVersion, qint64 afterId,
                                                  int limit) {
    auto q = detail::run(c,
                         QStringLiteral("SELECT submission_id, profile, old_core_version, photo "
                                        "FROM certphoto.list_stale_reports(?, ?, ?)"),
                         {coreVersion, afterId, limit}, QStringLiteral("listing reports to recompute"));
    if (!q)
        return q.error();
    std::vector<StaleReport> out;
    while (q->next()) {
        StaleReport r;
        r.submissionId = q->value(0).toLongLong();
        r.profile = q->value(1).toString();
        if (!q->value(2).isNull())
            r.oldCoreVersion = q->value(2).toString();
        r.photo = q->value(3).toByteArray();
        out.push_back(std::move(r));
    }
    return out;
}

Result<bool> replaceReport(Connection& c, const RecomputedReport& report) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.replace_report(?, ?, ?::jsonb, ?, ?, ?, ?)"),
                         {report.submissionId, nullableText(report.oldCoreVersion),
                          nullableJson(report.reportJson), nullableBytes(report.maskPng), report.verdict,
                          report.coreVersion, report.profile},
                         QStringLiteral("replacing the report of submission %1").arg(report.submissionId));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError("reanalysis.not_saved", "the report was not replaced");
    return q->value(0).toBool();
}

} // namespace certphoto::store

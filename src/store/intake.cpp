#include <certphoto/store/intake.h>

#include "detail/sql.h"

#include <QSqlError>
#include <QVariant>

namespace certphoto::store {

namespace {

IntakeOutcome outcomeFrom(const QString& s) {
    if (s == QLatin1String("replaced"))
        return IntakeOutcome::Replaced;
    if (s == QLatin1String("next_attempt"))
        return IntakeOutcome::NextAttempt;
    if (s == QLatin1String("duplicate"))
        return IntakeOutcome::Duplicate;
    return IntakeOutcome::Created;
}

QVariant nullableBytes(const QByteArray& b) {
    return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b);
}

QVariant nullableText(const QByteArray& utf8) {
    return utf8.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromUtf8(utf8));
}

} // namespace

Result<std::vector<IntakeResult>> storeSubmissions(Connection& c,
                                                   const std::vector<IncomingSubmission>& batch) {
    QSqlDatabase db = c.db();
    if (!db.transaction())
        return detail::errorFrom(db.lastError(), db, QStringLiteral("starting an import batch"));
    std::vector<IntakeResult> out;
    out.reserve(batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const IncomingSubmission& s = batch[i];
        auto q = detail::run(c,
                             QStringLiteral("SELECT outcome, submission_id FROM certphoto.intake_submission("
                                            "?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?::jsonb, ?, ?, ?, ?)"),
                             {s.school, s.examNumber, s.applicantName, s.idNumber, s.level, s.phone,
                              detail::isoUtc(s.arrivedAt), s.photo, nullableText(s.reportJson),
                              nullableBytes(s.maskPng), s.coreVerdict, s.coreVersion, s.profile},
                             {});
        if (!q || !q->next()) {
            db.rollback();
            Error e = q ? makeError("intake.failed", "not stored") : q.error();
            e.entry = i;
            return e;
        }
        out.push_back({outcomeFrom(q->value(0).toString()), q->value(1).toLongLong()});
    }
    if (!db.commit()) {
        const Error e = detail::errorFrom(db.lastError(), db, QStringLiteral("committing an import batch"));
        db.rollback();
        return e;
    }
    return out;
}

} // namespace certphoto::store

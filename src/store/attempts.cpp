#include <certphoto/store/attempts.h>

#include "detail/sql.h"

#include <QVariant>

namespace certphoto::store {

Result<std::vector<EarlierAttempt>> earlierAttempts(Connection& c, qint64 submissionId, bool withPhotos) {
    auto q = detail::run(
        c,
        QStringLiteral("SELECT submission_id, attempt, arrived_at, status, core_verdict, verdict, "
                       "array_to_string(reason_codes, ','), note, decided_by, decided_at, "
                       "sms_text, photo FROM certphoto.earlier_attempts(?, ?)"),
        {submissionId, withPhotos}, QStringLiteral("reading earlier attempts"));
    if (!q)
        return q.error();
    std::vector<EarlierAttempt> out;
    while (q->next()) {
        EarlierAttempt a;
        a.submissionId = q->value(0).toLongLong();
        a.attempt = q->value(1).toInt();
        a.arrivedAt = detail::utcFrom(q->value(2));
        a.status = q->value(3).toString();
        a.coreVerdict = q->value(4).toString();
        const QString verdict = q->value(5).toString();
        if (verdict == QLatin1String("approve"))
            a.decision = Decision::Approve;
        else if (verdict == QLatin1String("reject"))
            a.decision = Decision::Reject;
        a.reasonCodes = q->value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        a.note = q->value(7).toString();
        a.decidedBy = q->value(8).toString();
        if (!q->value(9).isNull())
            a.decidedAt = detail::utcFrom(q->value(9));
        a.smsText = q->value(10).toString();
        a.photo = q->value(11).toByteArray();
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace certphoto::store

#include <certphoto/store/decisions.h>

#include "internal/sql.h"

#include <QVariant>

namespace certphoto::store {

Result<std::vector<ReasonCode>> listReasonCodes(Connection& c) {
    auto q = detail::run(c,
                         QStringLiteral("SELECT code, label_zh, label_en, sms_text, detectable, needs_note "
                                        "FROM certphoto.reason_codes ORDER BY sort_order, code"),
                         {}, QStringLiteral("reading the reason codes"));
    if (!q)
        return q.error();
    std::vector<ReasonCode> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toBool(), q->value(5).toBool()});
    return out;
}

Result<DecisionOutcome> decide(Connection& c, const DecisionRequest& request) {
    if (request.decisionId.isNull())
        return makeError("decision.id_required", "a decision needs an id made by the client");
    auto q = detail::run(
        c,
        QStringLiteral("SELECT decision_id::text, already_recorded, outbox_id, sms_text, sms_parts "
                       "FROM certphoto.decide(?::uuid, ?, ?, ?::text[], ?, ?)"),
        {request.decisionId.toString(QUuid::WithoutBraces), request.submissionId,
         request.verdict == Verdict::Approve ? QStringLiteral("approve") : QStringLiteral("reject"),
         detail::textArrayLiteral(request.reasonCodes), request.note, request.secondsSpent},
        QStringLiteral("deciding"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError("decision.not_saved", "the decision was not saved");
    DecisionOutcome out;
    out.decisionId = QUuid::fromString(q->value(0).toString());
    out.alreadyRecorded = q->value(1).toBool();
    out.outboxId = q->value(2).toLongLong();
    out.smsText = q->value(3).toString();
    out.smsParts = q->value(4).toInt();
    return out;
}

} // namespace certphoto::store

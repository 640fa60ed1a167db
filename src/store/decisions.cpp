#include <certphoto/store/decisions.h>

#include "detail/sql.h"

#include <QSqlError>
#include <QSqlRecord>
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
    // An explicit transaction, so the outcome is confirmed by COMMIT's own answer. In autocommit the row
    // comes back before the commit work (the audit chain's deferred trigger) is done, and a server that
    // goes away in between left the client holding a "saved" decision that was rolled back. A failed
    // COMMIT is db.connection: the caller retries with the same decision id and finds what happened.
    QSqlDatabase db = c.db();
    if (!db.transaction())
        return detail::errorFrom(db.lastError(), db, QStringLiteral("starting the decision"));
    auto q = detail::run(
        c,
        QStringLiteral("SELECT decision_id::text, already_recorded, outbox_id, sms_text, sms_parts, * "
                       "FROM certphoto.decide(?::uuid, ?, ?, ?::text[], ?, ?)"),
        {request.decisionId.toString(QUuid::WithoutBraces), request.submissionId,
         request.decision == Decision::Approve ? QStringLiteral("approve") : QStringLiteral("reject"),
         detail::textArrayLiteral(request.reasonCodes), request.note, request.secondsSpent},
        QStringLiteral("deciding"));
    if (!q) {
        db.rollback();
        return q.error();
    }
    if (!q->next()) {
        db.rollback();
        return makeError("decision.not_saved", "the decision was not saved");
    }
    DecisionOutcome out;
    out.decisionId = QUuid::fromString(q->value(0).toString());
    out.alreadyRecorded = q->value(1).toBool();
    out.outboxId = q->value(2).toLongLong();
    out.smsText = q->value(3).toString();
    out.smsParts = q->value(4).toInt();
    // undo_until from schema 12 on; read by name ("*"), so the upgrade test can still decide at schema 3.
    if (const int at = q->record().indexOf(QStringLiteral("undo_until")); at >= 0)
        out.undoUntil = detail::utcFrom(q->value(at));
    q->finish();
    if (!db.commit())
        return detail::errorFrom(db.lastError(), db, QStringLiteral("committing the decision"));
    return out;
}

} // namespace certphoto::store

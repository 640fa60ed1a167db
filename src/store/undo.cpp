#include <certphoto/store/undo.h>

#include "detail/sql.h"

#include <QSqlError>
#include <QVariant>

namespace certphoto::store {

Result<UndoOutcome> undoDecision(Connection& c, const QUuid& decisionId) {
    if (decisionId.isNull())
        return makeError("undo.not_found", "no decision named");
    // As decide(): an explicit transaction, so the outcome is confirmed by COMMIT's own answer.
    QSqlDatabase db = c.db();
    if (!db.transaction())
        return detail::errorFrom(db.lastError(), db, QStringLiteral("starting the undo"));
    auto q =
        detail::run(c,
                    QStringLiteral("SELECT submission_id, expires_at, outbox_id, already_undone "
                                   "FROM certphoto.undo_decision(?::uuid)"),
                    {decisionId.toString(QUuid::WithoutBraces)}, QStringLiteral("taking a decision back"));
    if (!q) {
        db.rollback();
        return q.error();
    }
    if (!q->next()) {
        db.rollback();
        return makeError("undo.not_found", "the decision could not be taken back");
    }
    UndoOutcome out;
    out.submissionId = q->value(0).toLongLong();
    out.lease = Lease{out.submissionId, detail::utcFrom(q->value(1))};
    out.outboxId = q->value(2).toLongLong();
    out.alreadyUndone = q->value(3).toBool();
    q->finish();
    if (!db.commit())
        return detail::errorFrom(db.lastError(), db, QStringLiteral("committing the undo"));
    return out;
}

Result<int> undoGraceSeconds(Connection& c) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.undo_grace_seconds()"), {},
                         QStringLiteral("reading the undo grace period"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 30;
}

Result<void> setUndoGraceSeconds(Connection& c, int seconds) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.set_undo_grace_seconds(?)"), {seconds},
                         QStringLiteral("setting the undo grace period"));
    if (!q)
        return q.error();
    return {};
}

} // namespace certphoto::store

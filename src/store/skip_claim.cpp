#include <certphoto/store/skip_claim.h>

#include "detail/sql.h"

#include <QStringList>
#include <QVariant>

namespace certphoto::store {

Result<std::optional<Lease>> claimNextSkipping(Connection& c, const QList<qint64>& skip) {
    // A bigint[] literal ("{1,2,3}") bound as text: QPSQL has no array binding.
    QStringList ids;
    for (qint64 id : skip)
        ids << QString::number(id);
    auto q = detail::run(
        c,
        QStringLiteral(
            "SELECT submission_id, expires_at FROM certphoto.claim_next_skipping(CAST(? AS bigint[]))"),
        {QStringLiteral("{%1}").arg(ids.join(u','))}, QStringLiteral("claiming the next submission"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Lease>{};
    return std::optional<Lease>{Lease{q->value(0).toLongLong(), detail::utcFrom(q->value(1))}};
}

} // namespace certphoto::store

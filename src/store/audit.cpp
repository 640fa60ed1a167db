#include <certphoto/store/audit.h>

#include "detail/sql.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QVariant>

namespace certphoto::store {

namespace {

constexpr int kPage = 5000;

// The same bytes as certphoto.audit_row_content (migration 0011): fields joined by U+001F.
QByteArray content(qint64 seq, qint64 id, const QString& at, const QString& actor, const QString& action,
                   const QVariant& submission, const QString& detail) {
    const QChar sep(0x1F);
    const QString s =
        QString::number(seq) + sep + QString::number(id) + sep + at + sep + actor + sep + action + sep +
        (submission.isNull() ? QString() : QString::number(submission.toLongLong())) + sep + detail;
    return s.toUtf8();
}

} // namespace

std::optional<AuditHead> AuditHead::parse(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^(\\d+):([0-9a-fA-F]{64})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return AuditHead{m.captured(1).toLongLong(), m.captured(2).toLower()};
}

Result<AuditCheck> verifyAuditTrail(Connection& c, const std::optional<AuditHead>& expected) {
    AuditCheck out;
    const QString what = QStringLiteral("checking the audit trail");
    // Rows outside the chain (written with the chain trigger switched off).
    auto loose =
        detail::run(c,
                    QStringLiteral("SELECT a.id FROM certphoto.audit_trail a WHERE NOT EXISTS (SELECT 1 "
                                   "FROM certphoto.audit_chain c WHERE c.audit_id = a.id) ORDER BY a.id "
                                   "LIMIT 1"),
                    {}, what);
    if (!loose)
        return loose.error();
    std::optional<AuditBreak> looseBreak;
    if (loose->next())
        looseBreak =
            AuditBreak{loose->value(0).toLongLong(), 0,
                       QStringLiteral("the row is not in the chain (written with the chain trigger off)")};
    loose->finish();
    std::optional<AuditBreak> chainBreak;

    QByteArray prev(32, '\0');
    qint64 lastSeq = 0;
    for (;;) {
        auto q = detail::run(
            c,
            QStringLiteral(
                "SELECT c.seq, c.audit_id, to_char(a.at AT TIME ZONE 'UTC', "
                "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), a.actor, a.action, a.submission_id, "
                "a.detail::text, c.prev_hash, c.row_hash, a.id IS NOT NULL FROM certphoto.audit_chain c "
                "LEFT JOIN certphoto.audit_trail a ON a.id = c.audit_id WHERE c.seq > ? ORDER BY c.seq "
                "LIMIT ?"),
            {lastSeq, kPage}, what);
        if (!q)
            return q.error();
        int n = 0;
        while (q->next()) {
            ++n;
            const qint64 seq = q->value(0).toLongLong();
            const qint64 id = q->value(1).toLongLong();
            const QByteArray prevHash = q->value(7).toByteArray();
            const QByteArray rowHash = q->value(8).toByteArray();
            ++out.rows;
            if (!chainBreak) {
                if (seq != lastSeq + 1)
                    chainBreak = AuditBreak{id, seq,
                                            QStringLiteral("rows %1 to %2 of the chain are missing")
                                                .arg(lastSeq + 1)
                                                .arg(seq - 1)};
                else if (!q->value(9).toBool())
                    chainBreak = AuditBreak{
                        id, seq, QStringLiteral("the row was deleted (its link is still in the chain)")};
                else if (prevHash != prev)
                    chainBreak = AuditBreak{
                        id, seq,
                        QStringLiteral("it does not follow the row before it (its previous hash differs)")};
                else if (QCryptographicHash::hash(
                             prev + content(seq, id, q->value(2).toString(), q->value(3).toString(),
                                            q->value(4).toString(), q->value(5), q->value(6).toString()),
                             QCryptographicHash::Sha256) != rowHash)
                    chainBreak = AuditBreak{
                        id, seq,
                        QStringLiteral("its content does not match its hash (changed after it was written)")};
                else if (expected && seq == expected->seq &&
                         QString::fromLatin1(rowHash.toHex()) != expected->hash)
                    chainBreak = AuditBreak{id, seq, QStringLiteral("its hash is not the head kept earlier")};
            }
            prev = rowHash;
            lastSeq = seq;
        }
        if (n < kPage)
            break;
    }
    out.headSeq = lastSeq;
    out.headHash = QString::fromLatin1(prev.toHex());
    out.broken = chainBreak ? chainBreak : looseBreak;

    auto head = detail::run(c, QStringLiteral("SELECT seq, hash FROM certphoto.audit_chain_head"), {}, what);
    if (!head)
        return head.error();
    if (head->next() && !out.broken) {
        const qint64 seq = head->value(0).toLongLong();
        if (seq != lastSeq || head->value(1).toByteArray() != prev)
            out.broken =
                AuditBreak{0, seq,
                           QStringLiteral("the chain ends at row %1 but its head says %2: rows at the end "
                                          "were removed or replaced")
                               .arg(lastSeq)
                               .arg(seq)};
    }
    if (expected && expected->seq > lastSeq && !out.broken)
        out.broken =
            AuditBreak{0, expected->seq,
                       QStringLiteral("the head kept earlier (row %1) is beyond the end of the chain (%2): "
                                      "the trail was cut short or rewritten")
                           .arg(expected->seq)
                           .arg(lastSeq)};
    return out;
}

} // namespace certphoto::store

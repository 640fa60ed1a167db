#pragma once
// The audit trail's hash chain (schema 11): each row's hash covers the previous row's hash and the row's
// own fields. verifyAuditTrail recomputes it on the client and names the first row that does not fit.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

#include <QByteArray>
#include <QString>
#include <optional>

namespace certphoto::store {

struct AuditBreak {
    qint64 rowId = 0;    // audit_trail.id of the first row that does not fit (0: none, see why)
    qint64 chainSeq = 0; // its position in the chain (0: not in the chain at all)
    QString why;
};

struct AuditCheck {
    qint64 rows = 0;
    qint64 headSeq = 0; // the last link: position and hash (hex), to keep elsewhere
    QString headHash;
    std::optional<AuditBreak> broken;
};

// A head kept from an earlier check, "SEQ:HEX": the row at SEQ must still carry that hash.
struct AuditHead {
    qint64 seq = 0;
    QString hash;
    static std::optional<AuditHead> parse(const QString& text);
};

// Needs a role that reads the audit trail (supervisor, admin). Reads in pages; O(rows).
Result<AuditCheck> verifyAuditTrail(Connection& c, const std::optional<AuditHead>& expected = {});

} // namespace certphoto::store

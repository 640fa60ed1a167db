#pragma once
// The applicant's earlier attempts (schema 12), for the review window: every other submission of the same
// applicant, newest first, with its decision, reasons and photo. Auditors see them only for a submission
// they hold a live lease on (the applicant they are reviewing; "lease.lost" otherwise); supervisors and
// admins for any submission. No ID number or phone is returned.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace certphoto::store {

struct EarlierAttempt {
    qint64 submissionId = 0;
    int attempt = 1;
    QDateTime arrivedAt; // UTC
    QString status;      // approved, rejected, replaced (never decided), pending (another open one)
    QString coreVerdict; // pass, review, fail, or empty
    std::optional<Decision> decision; // nullopt: no decision in force (replaced, pending)
    QStringList reasonCodes;          // of the decision
    QString note;                     // the decision's note (what the SMS said for "other")
    QString decidedBy;                // login
    QDateTime decidedAt;              // UTC; null without a decision
    QString smsText;                  // the SMS the applicant got for it (empty without a decision)
    QByteArray photo;                 // JPEG bytes (empty when withPhotos is false); the app makes thumbnails
};

// submissionId: the one under review (not included in the list). "submission.not_found" when it is gone.
Result<std::vector<EarlierAttempt>> earlierAttempts(Connection& c, qint64 submissionId,
                                                    bool withPhotos = true);

} // namespace certphoto::store

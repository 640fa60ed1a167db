#pragma once
// Plain data that crosses the store boundary. Names follow the product: submission, applicant, claim,
// lease, decision, reason code, outbox.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>
#include <vector>

namespace certphoto::store {

enum class Role { Auditor, Supervisor, Admin };
QString roleGroupName(Role role); // "certphoto_auditor", ...

struct ReasonCode {
    QString code; // e.g. "background.color"
    QString labelZh;
    QString labelEn;
    QString smsText;         // the plain-Chinese wording used in the applicant's SMS
    bool detectable = false; // the compliance core can detect it
    bool needsNote = false;  // "other": free text required
};

// One row of the review queue as the queue view shows it (personal data already masked for the role).
struct QueueEntry {
    qint64 submissionId = 0;
    QString applicantName;
    QString examNumber;
    QString school;
    QDateTime arrivedAt; // UTC
    QDateTime deadline;  // UTC
    int attempt = 1;
    QString status;      // pending, approved, rejected, replaced
    QString coreVerdict; // pass, review, fail, or empty when no report
    QString claimedBy;   // login of the lease holder, empty if none live
};

struct Lease {
    qint64 submissionId = 0;
    QDateTime expiresAt; // UTC
};

// Everything the review screen needs for one submission.
struct SubmissionDetail {
    qint64 submissionId = 0;
    QString applicantName;
    QString idNumber; // masked unless the role may see it
    QString phone;    // masked unless the role may see it
    QString examNumber;
    QString school;
    QString level;
    QDateTime arrivedAt;
    QDateTime deadline;
    int attempt = 1;
    QString status;
    QByteArray photo;      // JPEG bytes
    QByteArray reportJson; // the compliance report (core JSON), may be empty
    QByteArray maskPng;    // background mask, may be empty
};

enum class Decision { Approve, Reject }; // the auditor's decision (SQL column decisions.verdict)

struct DecisionRequest {
    QUuid decisionId; // made by the client once; a retry with the same id finds the first attempt
    qint64 submissionId = 0;
    Decision decision = Decision::Approve;
    QStringList reasonCodes; // at least one when rejecting
    QString note;            // required when "other" is among the reasons
    int secondsSpent = 0;
};

struct DecisionOutcome {
    QUuid decisionId;
    bool alreadyRecorded = false; // the retry found the first attempt
    qint64 outboxId = 0;
    QString smsText;
    int smsParts = 1;
    QDateTime undoUntil; // UTC: the SMS is not sent before it; undoDecision() works until then (schema 12)
};

// One applicant's submission as the import tool hands it over (one CSV row + its photo + core report).
struct IncomingSubmission {
    QString applicantName;
    QString idNumber; // optional; checked (GB 11643) before it gets here
    QString examNumber;
    QString school;
    QString level;
    QString phone;
    QDateTime arrivedAt; // UTC
    QByteArray photo;
    QByteArray reportJson;
    QByteArray maskPng;
    QString coreVerdict;
    QString coreVersion;
    QString profile;
};

enum class IntakeOutcome { Created, Replaced, NextAttempt, Duplicate };

struct IntakeResult {
    IntakeOutcome outcome = IntakeOutcome::Created;
    qint64 submissionId = 0;
};

} // namespace certphoto::store

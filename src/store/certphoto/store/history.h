#pragma once
// Decided history for past days (certphoto-demo --history-days): new submissions that arrived in the past
// with the photo and report of an existing submission, decided at a given time by a given login, through
// certphoto.import_decided_history (admins only), which keeps decide()'s rules: known reasons, one SMS
// outbox row (marked sent: history is not texted again) and one audit row per decision, the statistics.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

#include <QDateTime>
#include <QStringList>
#include <vector>

namespace certphoto::store {

struct HistoryDecision {
    QString school; // an existing school: its promise gives the deadline
    QString examNumber;
    QString applicantName;
    QString idNumber; // optional
    QString level;
    QString phone;
    QDateTime arrivedAt;       // UTC
    QDateTime decidedAt;       // UTC, between arrivedAt and now
    qint64 likeSubmission = 0; // its photo and compliance report are copied
    QString auditor;           // a certphoto login
    Decision decision = Decision::Approve;
    QStringList reasonCodes;
    QString note;
    int secondsSpent = 0;
};

// One transaction; entries whose applicant exists already (a second run) are skipped. Returns how many
// decisions were recorded.
Result<int> importDecidedHistory(Connection& c, const std::vector<HistoryDecision>& entries);

} // namespace certphoto::store

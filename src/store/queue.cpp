#include <certphoto/store/queue.h>

#include "detail/sql.h"

#include <QVariant>

namespace certphoto::store {

namespace {

Result<Lease> leaseFrom(Result<QSqlQuery> q) {
    if (!q)
        return q.error();
    if (!q->next())
        return makeError("lease.lost", "the submission could not be claimed");
    return Lease{q->value(0).toLongLong(), detail::utcFrom(q->value(1))};
}

} // namespace

Result<std::vector<QueueEntry>> listQueue(Connection& c, int limit) {
    auto q = detail::run(
        c,
        QStringLiteral("SELECT submission_id, applicant_name, exam_number, school, arrived_at, deadline, "
                       "attempt, status, core_verdict, claimed_by FROM certphoto.submission_overview "
                       "WHERE status = 'pending' ORDER BY deadline, submission_id LIMIT ?"),
        {limit}, QStringLiteral("reading the queue"));
    if (!q)
        return q.error();
    std::vector<QueueEntry> out;
    while (q->next()) {
        QueueEntry e;
        e.submissionId = q->value(0).toLongLong();
        e.applicantName = q->value(1).toString();
        e.examNumber = q->value(2).toString();
        e.school = q->value(3).toString();
        e.arrivedAt = detail::utcFrom(q->value(4));
        e.deadline = detail::utcFrom(q->value(5));
        e.attempt = q->value(6).toInt();
        e.status = q->value(7).toString();
        e.coreVerdict = q->value(8).toString();
        e.claimedBy = q->value(9).toString();
        out.push_back(std::move(e));
    }
    return out;
}

Result<std::optional<Lease>> claimNext(Connection& c) {
    auto q = detail::run(c, QStringLiteral("SELECT submission_id, expires_at FROM certphoto.claim_next()"),
                         {}, QStringLiteral("claiming the next submission"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Lease>{};
    return std::optional<Lease>{Lease{q->value(0).toLongLong(), detail::utcFrom(q->value(1))}};
}

Result<Lease> claimSubmission(Connection& c, qint64 submissionId) {
    return leaseFrom(
        detail::run(c, QStringLiteral("SELECT submission_id, expires_at FROM certphoto.claim_submission(?)"),
                    {submissionId}, QStringLiteral("claiming a submission")));
}

Result<Lease> renewLease(Connection& c, qint64 submissionId) {
    return leaseFrom(
        detail::run(c, QStringLiteral("SELECT submission_id, expires_at FROM certphoto.renew_lease(?)"),
                    {submissionId}, QStringLiteral("renewing a lease")));
}

Result<void> releaseLease(Connection& c, qint64 submissionId) {
    auto q = detail::run(c, QStringLiteral("SELECT certphoto.release_lease(?)"), {submissionId},
                         QStringLiteral("releasing a lease"));
    if (!q)
        return q.error();
    return {};
}

Result<SubmissionDetail> loadSubmission(Connection& c, qint64 submissionId) {
    auto q = detail::run(
        c,
        QStringLiteral("SELECT submission_id, applicant_name, id_number, phone, exam_number, school, "
                       "level, arrived_at, deadline, attempt, status, photo, report_json, mask_png "
                       "FROM certphoto.submission_details WHERE submission_id = ?"),
        {submissionId}, QStringLiteral("loading a submission"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError("submission.not_found", "no such submission");
    SubmissionDetail d;
    d.submissionId = q->value(0).toLongLong();
    d.applicantName = q->value(1).toString();
    d.idNumber = q->value(2).toString();
    d.phone = q->value(3).toString();
    d.examNumber = q->value(4).toString();
    d.school = q->value(5).toString();
    d.level = q->value(6).toString();
    d.arrivedAt = detail::utcFrom(q->value(7));
    d.deadline = detail::utcFrom(q->value(8));
    d.attempt = q->value(9).toInt();
    d.status = q->value(10).toString();
    d.photo = q->value(11).toByteArray();
    d.reportJson = q->value(12).toString().toUtf8();
    d.maskPng = q->value(13).toByteArray();
    return d;
}

} // namespace certphoto::store

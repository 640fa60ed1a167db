#include <certphoto/store/export_batches.h>

#include "detail/binary_query.h"
#include "detail/sql.h"

#include <QVariant>

namespace certphoto::store {

namespace {

QVariant nullText() {
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString& s) {
    return s.isEmpty() ? nullText() : QVariant(s);
}

QVariant timeOrNull(const QDateTime& t) {
    return t.isValid() ? QVariant(detail::isoUtc(t)) : nullText();
}

QDateTime timeFrom(const QVariant& v) {
    return v.isNull() ? QDateTime() : detail::utcFrom(v);
}

const QString kRowColumns = QStringLiteral(
    "submission_id, file_name, applicant_name, id_number, exam_number, school, level, approved_at");

ExportRow rowFrom(const QSqlQuery& q) {
    ExportRow r;
    r.submissionId = q.value(0).toLongLong();
    r.fileName = q.value(1).toString();
    r.applicantName = q.value(2).toString();
    r.idNumber = q.value(3).toString();
    r.examNumber = q.value(4).toString();
    r.school = q.value(5).toString();
    r.level = q.value(6).toString();
    r.approvedAt = timeFrom(q.value(7));
    return r;
}

const QString kBatchColumns = QStringLiteral(
    "id, receiver, export_format, naming, coalesce(level, ''), state, created_by, destination, file_name, "
    "coalesce(sha256, ''), coalesce(void_reason, ''), created_at, sealed_at, transmitted_at, voided_at, "
    "coalesce(size_bytes, 0), coalesce(photos, 0), coalesce(refused, 0), resend, source_organization");

ExportBatch batchFrom(const QSqlQuery& q) {
    ExportBatch b;
    b.id = q.value(0).toLongLong();
    b.receiver = q.value(1).toString();
    b.format = q.value(2).toString();
    b.naming = q.value(3).toString();
    b.level = q.value(4).toString();
    b.state = q.value(5).toString();
    b.createdBy = q.value(6).toString();
    b.destination = q.value(7).toString();
    b.fileName = q.value(8).toString();
    b.sha256 = q.value(9).toString();
    b.voidReason = q.value(10).toString();
    b.createdAt = timeFrom(q.value(11));
    b.sealedAt = timeFrom(q.value(12));
    b.transmittedAt = timeFrom(q.value(13));
    b.voidedAt = timeFrom(q.value(14));
    b.sizeBytes = q.value(15).toLongLong();
    b.photos = q.value(16).toInt();
    b.refused = q.value(17).toInt();
    b.resend = q.value(18).toBool();
    b.sourceOrganization = q.value(19).toString();
    return b;
}

QVariantList selectionValues(const ExportSelection& s) {
    return {s.receiver, textOrNull(s.level), timeOrNull(s.from), timeOrNull(s.to), s.naming};
}

Result<void> call(Connection& c, const QString& sql, const QVariantList& values, const QString& what) {
    auto q = detail::run(c, sql, values, what);
    if (!q)
        return q.error();
    return {};
}

} // namespace

Result<ExportReceiver> exportReceiver(Connection& c, const QString& name) {
    auto q = detail::run(c,
                         QStringLiteral("SELECT receiver, export_format, schools, source_organization "
                                        "FROM certphoto.export_receiver(?)"),
                         {name}, QStringLiteral("reading the receiver"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError("export.unknown_receiver", "no receiver or school has this name");
    return ExportReceiver{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                          q->value(3).toString()};
}

Result<QStringList> listReceiverNames(Connection& c) {
    auto q =
        detail::run(c,
                    QStringLiteral("SELECT name FROM (SELECT name, 0 AS k FROM certphoto.receivers UNION "
                                   "SELECT name, 1 FROM certphoto.schools) n ORDER BY k, name"),
                    {}, QStringLiteral("listing receivers"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        if (!out.contains(q->value(0).toString()))
            out << q->value(0).toString();
    return out;
}

Result<std::vector<ExportRow>> previewExport(Connection& c, const ExportSelection& s) {
    QVariantList values = selectionValues(s);
    values << s.resend;
    auto q = detail::run(
        c,
        QStringLiteral("SELECT %1, photo_bytes, coalesce(problem, '') FROM certphoto.export_preview("
                       "?, ?, ?::timestamptz, ?::timestamptz, ?, ?)")
            .arg(kRowColumns),
        values, QStringLiteral("previewing the export"));
    if (!q)
        return q.error();
    std::vector<ExportRow> out;
    while (q->next()) {
        ExportRow r = rowFrom(*q);
        r.photoBytes = q->value(8).toLongLong();
        r.problem = q->value(9).toString();
        out.push_back(std::move(r));
    }
    return out;
}

Result<std::optional<BatchStart>> beginExport(Connection& c, const ExportSelection& s, const QString& format,
                                              const QString& destination) {
    QVariantList values = selectionValues(s);
    values.insert(4, format);
    values << destination << s.resend << textOrNull(s.why);
    auto q = detail::run(
        c,
        QStringLiteral("SELECT batch_id, created_at, file_name, photos FROM certphoto.export_begin("
                       "?, ?, ?::timestamptz, ?::timestamptz, ?, ?, ?, ?, ?)"),
        values, QStringLiteral("starting the export batch"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<BatchStart>();
    return std::optional<BatchStart>(BatchStart{q->value(0).toLongLong(), timeFrom(q->value(1)),
                                                q->value(2).toString(), q->value(3).toInt()});
}

Result<std::vector<ExportRow>> exportBatchItems(Connection& c, qint64 batchId, const QString& after,
                                                int limit) {
    const QString columns = kRowColumns + QStringLiteral(", coalesce(refused, ''), photo, geometry");
    const QString what = QStringLiteral("reading batch %1").arg(batchId);
    // The photos in binary: the export of photos already in the format is bound by this read.
    if (auto binary = detail::runBinary(
            c, QStringLiteral("SELECT %1 FROM certphoto.export_batch_page($1, $2, $3)").arg(columns),
            {QString::number(batchId), after, QString::number(limit)}, what)) {
        if (!*binary)
            return binary->error();
        const detail::BinaryRows& rows = **binary;
        std::vector<ExportRow> out;
        out.reserve(rows.count());
        for (int i = 0; i < rows.count(); ++i) {
            ExportRow r;
            r.submissionId = rows.int8(i, 0);
            r.fileName = rows.text(i, 1);
            r.applicantName = rows.text(i, 2);
            r.idNumber = rows.text(i, 3);
            r.examNumber = rows.text(i, 4);
            r.school = rows.text(i, 5);
            r.level = rows.text(i, 6);
            r.approvedAt = rows.timestamptz(i, 7);
            r.refused = rows.text(i, 8);
            r.photo = rows.bytes(i, 9);
            r.photoBytes = r.photo.size();
            r.geometry = rows.text(i, 10);
            out.push_back(std::move(r));
        }
        return out;
    }
    auto q =
        detail::run(c, QStringLiteral("SELECT %1 FROM certphoto.export_batch_page(?, ?, ?)").arg(columns),
                    {batchId, after, limit}, what);
    if (!q)
        return q.error();
    std::vector<ExportRow> out;
    while (q->next()) {
        ExportRow r = rowFrom(*q);
        r.refused = q->value(8).toString();
        r.photo = q->value(9).toByteArray();
        r.photoBytes = r.photo.size();
        r.geometry = q->value(10).toString();
        out.push_back(std::move(r));
    }
    return out;
}

Result<void> sealExport(Connection& c, qint64 batchId, const QString& sha256, qint64 sizeBytes,
                        const std::vector<Refusal>& refused) {
    QStringList ids, whys;
    for (const Refusal& r : refused) {
        ids << QString::number(r.submissionId);
        whys << r.why;
    }
    return call(c, QStringLiteral("SELECT certphoto.export_seal(?, ?, ?, ?::bigint[], ?::text[])"),
                {batchId, sha256, sizeBytes, detail::textArrayLiteral(ids), detail::textArrayLiteral(whys)},
                QStringLiteral("sealing batch %1").arg(batchId));
}

Result<std::vector<AbandonedBatch>> abandonedExports(Connection& c) {
    auto q = detail::run(
        c, QStringLiteral("SELECT batch_id, destination, file_name FROM certphoto.export_abandoned()"), {},
        QStringLiteral("looking for half-built batches"));
    if (!q)
        return q.error();
    std::vector<AbandonedBatch> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

Result<void> rollbackExport(Connection& c, qint64 batchId, const QString& why) {
    return call(c, QStringLiteral("SELECT certphoto.export_rollback(?, ?)"), {batchId, why},
                QStringLiteral("rolling back batch %1").arg(batchId));
}

Result<void> voidExport(Connection& c, qint64 batchId, const QString& why) {
    return call(c, QStringLiteral("SELECT certphoto.export_void(?, ?)"), {batchId, why},
                QStringLiteral("voiding batch %1").arg(batchId));
}

Result<void> markTransmitted(Connection& c, qint64 batchId) {
    return call(c, QStringLiteral("SELECT certphoto.export_mark_transmitted(?)"), {batchId},
                QStringLiteral("marking batch %1 transmitted").arg(batchId));
}

Result<void> recordRebuild(Connection& c, qint64 batchId, const QString& sha256) {
    return call(c, QStringLiteral("SELECT certphoto.export_record_rebuild(?, ?)"), {batchId, sha256},
                QStringLiteral("recording the rebuild of batch %1").arg(batchId));
}

Result<std::optional<ExportBatch>> loadExportBatch(Connection& c, qint64 batchId) {
    auto q = detail::run(
        c, QStringLiteral("SELECT %1 FROM certphoto.export_batches WHERE id = ?").arg(kBatchColumns),
        {batchId}, QStringLiteral("reading batch %1").arg(batchId));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ExportBatch>();
    return std::optional<ExportBatch>(batchFrom(*q));
}

Result<std::vector<ExportBatch>> listExportBatches(Connection& c, int limit) {
    auto q = detail::run(
        c,
        QStringLiteral("SELECT %1 FROM certphoto.export_batches ORDER BY id DESC LIMIT ?").arg(kBatchColumns),
        {limit}, QStringLiteral("listing export batches"));
    if (!q)
        return q.error();
    std::vector<ExportBatch> out;
    while (q->next())
        out.push_back(batchFrom(*q));
    return out;
}

Result<void> setReceiver(Connection& c, const QString& name, const QString& format) {
    return call(c, QStringLiteral("SELECT certphoto.set_receiver(?, ?)"), {name, format},
                QStringLiteral("saving the receiver"));
}

Result<void> setSchoolExport(Connection& c, const QString& school, const std::optional<QString>& receiver,
                             const std::optional<QString>& format) {
    return call(
        c, QStringLiteral("SELECT certphoto.set_school_export(?, ?, ?)"),
        {school, receiver ? QVariant(*receiver) : nullText(), format ? QVariant(*format) : nullText()},
        QStringLiteral("saving the school's receiver"));
}

} // namespace certphoto::store

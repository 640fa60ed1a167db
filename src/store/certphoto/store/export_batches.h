#pragma once
// Export batches (migration 0008): which approved submissions went to which receiver, exactly once.
// A batch is begun (its submissions reserved, held by this connection's session), then sealed once its file
// is in place, or rolled back; later marked transmitted or voided. Admin group only: the server refuses the
// others. A submission is in at most one live batch: the server's unique index, not a client check.

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace certphoto::store {

// A receiver (a receivers row, or a school) and what its bags say.
struct ExportReceiver {
    QString name;
    QString format;             // export format name (share/certphoto/export-formats/<format>.json)
    int schools = 0;            // how many schools it stands for
    QString sourceOrganization; // bag-info.txt's Source-Organization
};

// What goes out: approved submissions of the receiver's schools, by level and approval time.
struct ExportSelection {
    QString receiver;
    QString level;       // empty: every level
    QDateTime from;      // approval time from (inclusive); invalid: open
    QDateTime to;        // up to (exclusive); invalid: open
    QString naming;      // id_number or exam_number (from the export format)
    bool resend = false; // photos whose batch was transmitted, sent again on purpose
    QString why;         // needed for a re-send
};

// One row of a preview or a batch. Personal data in clear: admins only.
struct ExportRow {
    qint64 submissionId = 0;
    QString fileName; // empty when the applicant lacks the number the naming rule needs
    QString applicantName;
    QString idNumber;
    QString examNumber;
    QString school;
    QString level;
    QDateTime approvedAt;
    qint64 photoBytes = 0; // preview: the approved photo's size
    QString problem;       // preview: name.missing, name.unsafe, name.clash; empty when fine
    QString refused;       // batch item: why it could not be made to fit (then not in the bag)
    QByteArray photo;      // batch item: the approved bytes
    QString geometry;      // batch item: the approved report's size, head box and landmarks (JSON), or empty
};

struct BatchStart {
    qint64 batchId = 0;
    QDateTime createdAt; // whole seconds: every timestamp in the archive
    QString fileName;
    int photos = 0;
};

struct ExportBatch {
    qint64 id = 0;
    QString receiver, format, naming, level, state, createdBy, destination, fileName, sha256, voidReason;
    QString sourceOrganization;
    QDateTime createdAt, sealedAt, transmittedAt, voidedAt;
    qint64 sizeBytes = 0;
    int photos = 0, refused = 0;
    bool resend = false;
};

struct AbandonedBatch {
    qint64 batchId = 0;
    QString destination, fileName;
};

Result<ExportReceiver> exportReceiver(Connection& c, const QString& name);
// Every name a batch can be made for: the receivers, then the schools, by name.
Result<QStringList> listReceiverNames(Connection& c);
Result<std::vector<ExportRow>> previewExport(Connection& c, const ExportSelection& selection);

// Reserves every candidate in a new building batch, or refuses (export.name_clash, export.name_missing)
// before anything is written; nullopt when nothing is left to export. This connection's session holds the
// batch until sealExport or rollbackExport; if the session dies the batch is found by abandonedExports.
Result<std::optional<BatchStart>> beginExport(Connection& c, const ExportSelection& selection,
                                              const QString& format, const QString& destination);
// The batch's items with file name greater than `after`, in file-name order, up to `limit` (1..10000).
Result<std::vector<ExportRow>> exportBatchItems(Connection& c, qint64 batchId, const QString& after,
                                                int limit);

struct Refusal {
    qint64 submissionId = 0;
    QString why; // an error code such as export.too_large
};
Result<void> sealExport(Connection& c, qint64 batchId, const QString& sha256, qint64 sizeBytes,
                        const std::vector<Refusal>& refused);
// Building batches whose builder is gone; this session takes them over (remove their file, then roll back).
Result<std::vector<AbandonedBatch>> abandonedExports(Connection& c);
Result<void> rollbackExport(Connection& c, qint64 batchId, const QString& why);
Result<void> voidExport(Connection& c, qint64 batchId, const QString& why);
Result<void> markTransmitted(Connection& c, qint64 batchId);
Result<void> recordRebuild(Connection& c, qint64 batchId, const QString& sha256);

Result<std::optional<ExportBatch>> loadExportBatch(Connection& c, qint64 batchId);
Result<std::vector<ExportBatch>> listExportBatches(Connection& c, int limit = 200);

// Receivers and formats: a receivers row (created or its format changed), a school's receiver and format.
Result<void> setReceiver(Connection& c, const QString& name, const QString& format);
Result<void> setSchoolExport(Connection& c, const QString& school, const std::optional<QString>& receiver,
                             const std::optional<QString>& format);

} // namespace certphoto::store

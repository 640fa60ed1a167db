#pragma once
// The texts inside a batch's bag (BagIt 1.0, RFC 8493): bagit.txt, bag-info.txt, the SHA-256 manifests,
// and the receiver's manifest (one row per photo) as CSV in UTF-8 with BOM or in GBK.

#include <certphoto/result/result.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <utility>
#include <vector>

namespace certphoto::exporting {

struct ManifestRow {
    QString fileName, name, idNumber, examNumber, school, level;
    QDateTime approvedAt;
    QString sha256;
    qint64 submissionId = 0; // not written: for error messages
};

QString sha256Hex(const char* data, std::size_t size);
inline QString sha256Hex(const QByteArray& b) {
    return sha256Hex(b.constData(), std::size_t(b.size()));
}

QByteArray bagitTxt();
QByteArray bagInfoTxt(const QString& sourceOrganization, qint64 batchId, const QDateTime& createdAt,
                      std::uint64_t payloadBytes, std::uint64_t payloadFiles);
// "<sha256>  <path>\n" per file, sorted by path.
QByteArray manifestTxt(std::vector<std::pair<QString, QString>> pathAndSha);

// The receiver's manifest: a header row, then one row per photo; CRLF line ends (RFC 4180).
// encoding "utf-8-bom" or "gbk" (manifest.encoding when a name has no GBK form).
Result<QByteArray> receiverManifestCsv(const std::vector<ManifestRow>& rows, const std::string& encoding);
// Reads one back (UTF-8 with BOM, else GBK): the data rows, header skipped.
Result<std::vector<ManifestRow>> parseReceiverManifestCsv(const QByteArray& bytes);
// Approval times are written in Beijing time, as the receivers read them.
QString beijingTime(const QDateTime& t);

Result<QByteArray> encodeGbk(const QString& text);
Result<QString> decodeGbk(const QByteArray& bytes);

} // namespace certphoto::exporting

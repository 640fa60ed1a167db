#pragma once
// The receiver's manifest as an XLSX workbook (libxlsxwriter), for receivers whose format asks for one.
// The same columns as the CSV; the workbook's creation time is the batch's, so it is the same bytes every
// time (libxlsxwriter writes fixed ZIP timestamps).

#include <certphoto/export/bag.h>
#include <certphoto/result/result.h>

#include <QByteArray>
#include <QDateTime>

#include <vector>

namespace certphoto::exporting {

Result<QByteArray> receiverManifestXlsx(const std::vector<ManifestRow>& rows, const QDateTime& createdAt);

} // namespace certphoto::exporting

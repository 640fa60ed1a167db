#pragma once
// RFC 4180 CSV, read from bytes that must be UTF-8 (with or without BOM). Other encodings are refused with a
// message naming the problem, because a silently mis-decoded name would end up on a certificate.

#include <certphoto/result/result.h>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace certphoto::intake {

// One record and the physical line (1-based) where it starts, so errors can point at the file.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// Strips a UTF-8 BOM; refuses UTF-16/UTF-32 (BOM or NUL bytes) and invalid UTF-8 (GBK, Latin-1, ...),
// naming the line and byte where it went wrong. Error code "csv.encoding".
Result<QString> decodeUtf8(const QByteArray& bytes);

// Quoted fields, "" escapes, line breaks inside quotes, CRLF or LF (or a lone CR) between records. Blank
// lines are skipped. Errors ("csv.syntax") name the line: an unterminated quote, or text after a closing
// quote.
Result<std::vector<CsvRecord>> parseCsv(const QString& text);

} // namespace certphoto::intake

#include <certphoto/intake/csv.h>

namespace certphoto::intake {

namespace {

Error encodingError(const std::string& what) {
    return makeError("csv.encoding", what + "; save the manifest as UTF-8 (with or without BOM)");
}

// Length of the UTF-8 sequence starting at p (0 when invalid), strict per RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF.
int utf8SequenceLength(const unsigned char* p, qsizetype left) {
    const unsigned char b = p[0];
    if (b < 0x80)
        return 1;
    int n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        n = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        if (b == 0xE0)
            lo = 0xA0;
        if (b == 0xED)
            hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        if (b == 0xF0)
            lo = 0x90;
        if (b == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (left < n)
        return 0;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (int i = 2; i < n; ++i)
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    return n;
}

} // namespace

Result<QString> decodeUtf8(const QByteArray& raw) {
    QByteArray bytes = raw;
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) ||
        bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return encodingError("the manifest is UTF-32 (it starts with a UTF-32 byte-order mark)");
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return encodingError("the manifest is UTF-16 (it starts with a UTF-16 byte-order mark)");
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.contains('\0'))
        return encodingError("the manifest contains NUL bytes (UTF-16 or UTF-32 without a byte-order mark?)");

    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    int line = 1;
    for (qsizetype i = 0; i < size;) {
        const int n = utf8SequenceLength(p + i, size - i);
        if (n == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", p[i]);
            return encodingError("the manifest is not valid UTF-8: line " + std::to_string(line) +
                                 " has byte " + hex +
                                 " that UTF-8 does not allow (GBK/GB18030 or another legacy encoding?)");
        }
        if (p[i] == '\n')
            ++line;
        i += n;
    }
    return QString::fromUtf8(bytes);
}

Result<std::vector<CsvRecord>> parseCsv(const QString& text) {
    std::vector<CsvRecord> records;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false; // a record with at least a separator or a character
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;

    const auto endRecord = [&] {
        if (recordHasContent || !field.isEmpty() || fieldWasQuoted) {
            fields.append(field);
            records.push_back({recordLine, fields});
        }
        fields.clear();
        field.clear();
        fieldWasQuoted = false;
        recordHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
            continue;
        }
        if (fieldWasQuoted) {
            // After the closing quote only a separator or the end of the record may follow.
            if (c != u',')
                return makeError("csv.syntax",
                                 "line " + std::to_string(line) +
                                     ": text after a closing quote (a quote inside a quoted field "
                                     "must be doubled: \"\")");
        }
        if (c == u',') {
            fields.append(field);
            field.clear();
            fieldWasQuoted = false;
            recordHasContent = true;
        } else if (c == u'"') {
            if (!field.isEmpty())
                return makeError("csv.syntax", "line " + std::to_string(line) +
                                                   ": a quote in the middle of an unquoted field (quote the "
                                                   "whole field and double the quote: \"\")");
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else {
            field.append(c);
            recordHasContent = true;
        }
    }
    if (inQuotes)
        return makeError("csv.syntax",
                         "line " + std::to_string(quoteLine) + ": a quoted field is never closed");
    endRecord();
    return records;
}

} // namespace certphoto::intake

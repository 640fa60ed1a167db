#include <certphoto/export/bag.h>
#include <certphoto/export/sha256.h>

#include <QTimeZone>

#include <algorithm>
#include <cerrno>
#include <iconv.h>

namespace certphoto::exporting {

namespace {

Result<QByteArray> convert(const char* to, const char* from, const QByteArray& in) {
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return makeError("manifest.encoding", std::string("no converter from ") + from + " to " + to);
    QByteArray out;
    QByteArray src = in;
    char* inPtr = src.data();
    std::size_t inLeft = std::size_t(src.size());
    char buf[4096];
    while (inLeft > 0) {
        char* outPtr = buf;
        std::size_t outLeft = sizeof buf;
        const std::size_t r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
        out.append(buf, qsizetype(sizeof buf - outLeft));
        if (r == std::size_t(-1) && errno != E2BIG) {
            iconv_close(cd);
            return makeError("manifest.encoding", std::string("text has no ") + to + " form");
        }
    }
    iconv_close(cd);
    return out;
}

QString csvField(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QStringList header() {
    return {QStringLiteral("文件名"),       QStringLiteral("姓名"),   QStringLiteral("身份证号"),
            QStringLiteral("考生号"),       QStringLiteral("学校"),   QStringLiteral("层次"),
            QStringLiteral("审核通过时间"), QStringLiteral("SHA-256")};
}

// RFC 4180 records.
std::vector<QStringList> parseCsv(const QString& text) {
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                row << field;
                rows.push_back(row);
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << field;
        rows.push_back(row);
    }
    return rows;
}

} // namespace

QString sha256Hex(const char* data, std::size_t size) {
    Sha256 h;
    h.add(data, size);
    return h.hex();
}

QByteArray bagitTxt() {
    return QByteArrayLiteral("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
}

QString beijingTime(const QDateTime& t) {
    return t.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QByteArray bagInfoTxt(const QString& org, qint64 batchId, const QDateTime& createdAt,
                      std::uint64_t payloadBytes, std::uint64_t payloadFiles) {
    QString s;
    s += QStringLiteral("Source-Organization: %1\n")
             .arg(QString(org).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    s += QStringLiteral("External-Identifier: %1\n").arg(batchId);
    s += QStringLiteral("Bagging-Date: %1\n")
             .arg(createdAt.toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate));
    s += QStringLiteral("Payload-Oxum: %1.%2\n").arg(payloadBytes).arg(payloadFiles);
    return s.toUtf8();
}

QByteArray manifestTxt(std::vector<std::pair<QString, QString>> files) {
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.first.toUtf8() < b.first.toUtf8(); });
    QByteArray out;
    for (const auto& [path, sha] : files)
        out += sha.toLatin1() + "  " + path.toUtf8() + "\n";
    return out;
}

Result<QByteArray> encodeGbk(const QString& text) {
    return convert("GBK", "UTF-8", text.toUtf8());
}

Result<QString> decodeGbk(const QByteArray& bytes) {
    auto r = convert("UTF-8", "GBK", bytes);
    if (!r)
        return r.error();
    return QString::fromUtf8(*r);
}

Result<QByteArray> receiverManifestCsv(const std::vector<ManifestRow>& rows, const std::string& encoding) {
    const bool gbk = encoding == "gbk";
    QByteArray out = gbk ? QByteArray() : QByteArray("\xEF\xBB\xBF");
    auto line = [&](const QStringList& fields, qint64 submission) -> Result<void> {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csvField(f);
        const QString text = quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        if (!gbk) {
            out += text.toUtf8();
            return {};
        }
        auto bytes = encodeGbk(text);
        if (!bytes)
            return makeError("manifest.encoding",
                             submission ? "submission " + std::to_string(submission) +
                                              ": the applicant's details have characters GBK cannot hold"
                                        : bytes.error().message);
        out += *bytes;
        return {};
    };
    if (auto r = line(header(), 0); !r)
        return r.error();
    for (const ManifestRow& m : rows)
        if (auto r = line({m.fileName, m.name, m.idNumber, m.examNumber, m.school, m.level,
                           beijingTime(m.approvedAt), m.sha256},
                          m.submissionId);
            !r)
            return r.error();
    return out;
}

Result<std::vector<ManifestRow>> parseReceiverManifestCsv(const QByteArray& bytes) {
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        text = QString::fromUtf8(bytes.mid(3));
    } else {
        auto decoded = decodeGbk(bytes);
        if (!decoded)
            return decoded.error();
        text = *decoded;
    }
    auto records = parseCsv(text);
    if (records.empty() || records.front() != header())
        return makeError("manifest.header", "the receiver's manifest does not start with its header row");
    std::vector<ManifestRow> out;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const QStringList& f = records[i];
        if (f.size() != 8)
            return makeError("manifest.row", "row " + std::to_string(i + 1) +
                                                 " of the receiver's manifest has " +
                                                 std::to_string(f.size()) + " fields, not 8");
        ManifestRow m;
        m.fileName = f[0];
        m.name = f[1];
        m.idNumber = f[2];
        m.examNumber = f[3];
        m.school = f[4];
        m.level = f[5];
        m.approvedAt = QDateTime::fromString(f[6], QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        m.approvedAt.setTimeZone(QTimeZone(8 * 3600));
        m.sha256 = f[7];
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace certphoto::exporting

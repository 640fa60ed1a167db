#include <certphoto/intake/manifest.h>

#include <certphoto/common/privacy.h>

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>
#include <array>

namespace certphoto::intake {

namespace {

enum Column { Name, IdNumber, ExamNumber, School, Level, Phone, File, ArrivedAt, ColumnCount };

// Accepted header names per column, compared after trimming, lower-casing and turning spaces/dashes into '_'.
const QHash<QString, Column>& headerNames() {
    static const QHash<QString, Column> names = {
        {QStringLiteral("name"), Name},
        {QStringLiteral("姓名"), Name},
        {QStringLiteral("id_number"), IdNumber},
        {QStringLiteral("id"), IdNumber},
        {QStringLiteral("身份证号"), IdNumber},
        {QStringLiteral("身份证号码"), IdNumber},
        {QStringLiteral("exam_number"), ExamNumber},
        {QStringLiteral("student_number"), ExamNumber},
        {QStringLiteral("考号"), ExamNumber},
        {QStringLiteral("学号"), ExamNumber},
        {QStringLiteral("考号/学号"), ExamNumber},
        {QStringLiteral("准考证号"), ExamNumber},
        {QStringLiteral("school"), School},
        {QStringLiteral("学校"), School},
        {QStringLiteral("level"), Level},
        {QStringLiteral("层次"), Level},
        {QStringLiteral("phone"), Phone},
        {QStringLiteral("手机"), Phone},
        {QStringLiteral("手机号"), Phone},
        {QStringLiteral("file"), File},
        {QStringLiteral("文件"), File},
        {QStringLiteral("文件名"), File},
        {QStringLiteral("arrived_at"), ArrivedAt},
        {QStringLiteral("到达时间"), ArrivedAt},
    };
    return names;
}

const char* columnName(Column c) {
    static const std::array<const char*, ColumnCount> names = {
        "name", "id_number", "exam_number", "school", "level", "phone", "file", "arrived_at"};
    return names[static_cast<std::size_t>(c)];
}

QString headerKey(QString h) {
    h = h.trimmed().toLower();
    h.replace(u' ', u'_');
    h.replace(u'-', u'_');
    return h;
}

bool isBlank(const QStringList& fields) {
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

QString normaliseIdNumber(const QString& idNumber) {
    QString s = idNumber.trimmed();
    if (s.endsWith(u'x'))
        s[s.size() - 1] = u'X';
    return s;
}

bool isValidPhone(const QString& phone) {
    static const QRegularExpression re(QStringLiteral("^1[0-9]{10}$"));
    return re.match(phone).hasMatch();
}

QDateTime parseArrivalTime(const QString& input) {
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(input.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (!m.captured(7).isEmpty())
        ms = (m.captured(7) + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};

    const QString offset = m.captured(8);
    QDateTime result;
    if (offset.isEmpty()) {
        // Asia/Shanghai has been UTC+8 without daylight saving since 1991; the fixed offset is the fallback
        // when the system has no zone data.
        const QTimeZone shanghai("Asia/Shanghai");
        result = QDateTime(date, time, shanghai.isValid() ? shanghai : QTimeZone(8 * 3600));
    } else if (offset.compare(QStringLiteral("Z"), Qt::CaseInsensitive) == 0) {
        result = QDateTime(date, time, QTimeZone::utc());
    } else {
        QString digits = offset.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return {};
        const int seconds = (offset.startsWith(u'-') ? -1 : 1) * (hours * 3600 + minutes * 60);
        result = QDateTime(date, time, QTimeZone(seconds));
    }
    return result.isValid() ? result.toUTC() : QDateTime();
}

Result<Manifest> readManifest(const QByteArray& bytes) {
    auto text = decodeUtf8(bytes);
    if (!text)
        return text.error();
    auto records = parseCsv(*text);
    if (!records)
        return records.error();

    std::size_t first = 0;
    while (first < records->size() && isBlank((*records)[first].fields))
        ++first;
    if (first == records->size())
        return makeError("manifest.empty", "the manifest is empty (a header row is needed: name, id_number, "
                                           "exam_number, school, level, phone, file, arrived_at)");

    Manifest manifest;
    std::array<int, ColumnCount> index;
    index.fill(-1);
    const CsvRecord& header = (*records)[first];
    for (int i = 0; i < header.fields.size(); ++i) {
        const auto it = headerNames().constFind(headerKey(header.fields[i]));
        if (it == headerNames().constEnd()) {
            if (!header.fields[i].trimmed().isEmpty())
                manifest.ignoredColumns.append(header.fields[i].trimmed());
            continue;
        }
        if (index[*it] >= 0)
            return makeError("manifest.header", "line " + std::to_string(header.line) + ": the column " +
                                                    columnName(*it) + " appears twice in the header");
        index[*it] = i;
    }
    std::vector<std::string> missing;
    for (Column c : {Name, ExamNumber, School, Phone, File})
        if (index[c] < 0)
            missing.emplace_back(columnName(c));
    if (!missing.empty()) {
        std::string list;
        for (const auto& m : missing)
            list += (list.empty() ? "" : ", ") + m;
        return makeError("manifest.header",
                         "line " + std::to_string(header.line) + ": the header lacks the column(s) " + list +
                             " (expected: name, id_number, exam_number, school, level, phone, "
                             "file, arrived_at — or 姓名, 身份证号, 考号, 学校, 层次, 手机, 文件, "
                             "到达时间)");
    }

    const auto problem = [&manifest](int line, const QString& message) {
        manifest.problems.push_back({line, message});
    };
    for (std::size_t r = first + 1; r < records->size(); ++r) {
        const CsvRecord& rec = (*records)[r];
        if (isBlank(rec.fields))
            continue;
        const auto field = [&rec, &index](Column c) {
            const int i = index[c];
            return i >= 0 && i < rec.fields.size() ? rec.fields[i].trimmed() : QString();
        };
        if (rec.fields.size() > header.fields.size())
            problem(rec.line, QStringLiteral("%1 fields, but the header has %2 (an unquoted comma?)")
                                  .arg(rec.fields.size())
                                  .arg(header.fields.size()));

        ManifestRow row;
        row.line = rec.line;
        row.name = field(Name);
        row.examNumber = field(ExamNumber);
        row.school = field(School);
        row.level = field(Level);
        row.file = field(File);
        row.idNumber = normaliseIdNumber(field(IdNumber));
        row.phone = field(Phone);
        row.phone.remove(u' ');
        row.phone.remove(u'-');

        if (row.name.isEmpty())
            problem(rec.line, QStringLiteral("name is missing"));
        if (row.examNumber.isEmpty())
            problem(rec.line, QStringLiteral("exam/student number is missing"));
        if (row.school.isEmpty())
            problem(rec.line, QStringLiteral("school is missing"));
        if (row.file.isEmpty())
            problem(rec.line, QStringLiteral("photo file is missing"));
        if (!row.idNumber.isEmpty()) {
            static const QRegularExpression shape(QStringLiteral("^[0-9]{17}[0-9X]$"));
            if (!shape.match(row.idNumber).hasMatch())
                problem(rec.line, QStringLiteral("ID number must be 17 digits and a check digit or X (%1)")
                                      .arg(privacy::maskIdNumber(row.idNumber)));
            else if (!privacy::isValidIdNumber(row.idNumber))
                problem(rec.line, QStringLiteral("ID number check digit is wrong (%1)")
                                      .arg(privacy::maskIdNumber(row.idNumber)));
        }
        if (row.phone.isEmpty())
            problem(rec.line, QStringLiteral("phone number is missing (the SMS goes there)"));
        else if (!isValidPhone(row.phone))
            problem(rec.line, QStringLiteral("phone number must be 11 digits starting with 1 (%1)")
                                  .arg(privacy::maskPhone(row.phone)));
        const QString arrived = field(ArrivedAt);
        if (!arrived.isEmpty()) {
            row.arrivedAt = parseArrivalTime(arrived);
            if (!row.arrivedAt.isValid())
                problem(rec.line,
                        QStringLiteral("arrival time \"%1\" is not ISO 8601 (e.g. 2024-05-06 08:30 or "
                                       "2024-05-06T08:30:00+08:00)")
                            .arg(privacy::scrub(arrived)));
        }
        manifest.rows.push_back(std::move(row));
    }
    return manifest;
}

} // namespace certphoto::intake

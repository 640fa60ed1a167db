// The CSV reader and the manifest's row checks on their own (no database).
#include <certphoto/intake/csv.h>
#include <certphoto/intake/manifest.h>

#include <QTest>
#include <QTimeZone>

using namespace certphoto::intake;

namespace {

// A valid GB 11643 number: 11010519491231002X is the standard's own example.
const QByteArray kId = "11010519491231002X";
const QByteArray kHeader = "name,id_number,exam_number,school,level,phone,file,arrived_at\n";

QStringList fieldsOf(const std::vector<CsvRecord>& r, std::size_t i) {
    return r.at(i).fields;
}

} // namespace

class TestManifest : public QObject {
    Q_OBJECT
private slots:
    void quotedFields() {
        const QString text =
            QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x,\"\"\r\nlast,,end");
        const auto r = parseCsv(text);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), std::size_t(3));
        QCOMPARE(fieldsOf(*r, 0), (QStringList{"a", "b,c", "say \"hi\""}));
        QCOMPARE(fieldsOf(*r, 1), (QStringList{"multi\nline", "x", ""}));
        QCOMPARE(fieldsOf(*r, 2), (QStringList{"last", "", "end"}));
        // Physical lines where each record starts: the second record spans lines 2-3.
        QCOMPARE(r->at(0).line, 1);
        QCOMPARE(r->at(1).line, 2);
        QCOMPARE(r->at(2).line, 4);
    }

    void crlfAndLfAndBlankLines() {
        const auto r = parseCsv(QStringLiteral("h1,h2\r\n\r\nx,y\n\nz,w\n"));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), std::size_t(3));
        QCOMPARE(r->at(1).line, 3);
        QCOMPARE(r->at(2).line, 5);
        QCOMPARE(fieldsOf(*r, 2), (QStringList{"z", "w"}));
    }

    void syntaxErrorsNameTheLine() {
        auto r = parseCsv(QStringLiteral("a,b\nc,\"never closed\nmore"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string("csv.syntax"));
        QVERIFY2(r.error().message.find("line 2") != std::string::npos, r.error().message.c_str());
        r = parseCsv(QStringLiteral("a,b\n\"x\"y,z"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("line 2") != std::string::npos);
        r = parseCsv(QStringLiteral("a,b\nx\"y,z"));
        QVERIFY(!r.ok());
    }

    void utf8WithAndWithoutBom() {
        const QByteArray body = "姓名,学校\n张三,北京大学\n";
        auto plain = decodeUtf8(body);
        auto bom = decodeUtf8("\xEF\xBB\xBF" + body);
        QVERIFY(plain.ok());
        QVERIFY(bom.ok());
        QCOMPARE(*plain, *bom);
        QVERIFY(bom->startsWith(QStringLiteral("姓名")));
    }

    void otherEncodingsRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QString body = QStringLiteral("name,school\n张三,北京大学\n");
        QByteArray utf16le("\xFF\xFE", 2);
        for (QChar c : body) {
            utf16le.append(char(c.unicode() & 0xFF));
            utf16le.append(char(c.unicode() >> 8));
        }
        QTest::newRow("utf16-bom") << utf16le << "UTF-16";
        QTest::newRow("utf32-bom") << QByteArray("\xFF\xFE\x00\x00n\x00\x00\x00", 8) << "UTF-32";
        QTest::newRow("utf16-no-bom") << utf16le.mid(2) << "NUL";
        // 张三 in GBK: D5 C5 C8 FD, on the second line.
        QTest::newRow("gbk") << QByteArray("name,school\n\xD5\xC5\xC8\xFD,x\n") << "line 2";
        QTest::newRow("latin1") << QByteArray("name\nJos\xE9\n") << "not valid UTF-8";
        QTest::newRow("overlong") << QByteArray("a\xC0\xAF") << "0xC0";
    }
    void otherEncodingsRefused() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto r = decodeUtf8(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string("csv.encoding"));
        QVERIFY2(QString::fromStdString(r.error().message).contains(expected), r.error().message.c_str());
        // readManifest refuses it the same way.
        const auto m = readManifest(bytes);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, std::string("csv.encoding"));
    }

    void chineseHeaderAndGoodRow() {
        const QByteArray csv = "\xEF\xBB\xBF姓名,身份证号,考号,学校,层次,手机,文件,到达时间\r\n"
                               "\"王, 小明\"," +
                               kId.toLower() +
                               ",2024001,北京大学,本科,138 0013 8000,a.jpg,"
                               "2024-05-06 08:30\r\n";
        const auto m = readManifest(csv);
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().message.c_str());
        QVERIFY(m->ok());
        QCOMPARE(m->rows.size(), std::size_t(1));
        const ManifestRow& row = m->rows[0];
        QCOMPARE(row.line, 2);
        QCOMPARE(row.name, QStringLiteral("王, 小明"));
        QCOMPARE(row.idNumber, QString::fromLatin1(kId)); // x upper-cased
        QCOMPARE(row.phone, QStringLiteral("13800138000"));
        QCOMPARE(row.level, QStringLiteral("本科"));
        QCOMPARE(row.arrivedAt, QDateTime(QDate(2024, 5, 6), QTime(0, 30), QTimeZone::utc()));
    }

    void badRowsNamedWithLinesAndMasked() {
        QByteArray csv = kHeader;
        csv += "Ok One,,"
               "A1,Uni,本科,13800138000,a.jpg,\n";                                        // line 2
        csv += "Bad Id,110105199001011235,A2,Uni,本科,13800138000,b.jpg,\n";              // line 3
        csv += ",,A3,,本科,13800138000,,\n";                                              // line 4
        csv += "\"Multi\nLine\",,A4,Uni,本科,23800138000,c.jpg,yesterday\n";              // line 5-6
        csv += "Short Id,1101051990,A5,Uni,本科,13800138000,d.jpg,2024-13-01T00:00:00\n"; // line 7
        const auto m = readManifest(csv);
        QVERIFY(m.ok());
        QVERIFY(!m->ok());
        QCOMPARE(m->rows.size(), std::size_t(5)); // every record, so the importer can check every photo too
        QCOMPARE(m->rows[3].line, 5);
        QCOMPARE(m->rows[4].line, 7);
        QStringList texts;
        for (const auto& p : m->problems)
            texts << p.text();
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("line 3: ID number check digit is wrong (110105********1235)")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 4: name is missing")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("line 4: school is missing")));
        QVERIFY(all.contains(QStringLiteral("line 4: photo file is missing")));
        QVERIFY2(all.contains(
                     QStringLiteral("line 5: phone number must be 11 digits starting with 1 (238****8000)")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("line 5: arrival time")));
        QVERIFY2(all.contains(QStringLiteral("line 7: ID number must be")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("line 7: arrival time")));
        // Never the clear values.
        QVERIFY(!all.contains(QStringLiteral("110105199001011235")));
        QVERIFY(!all.contains(QStringLiteral("23800138000")));
    }

    void missingColumnsRefused() {
        const auto m = readManifest("name,school,file\nA,B,c.jpg\n");
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, std::string("manifest.header"));
        QVERIFY(QString::fromStdString(m.error().message).contains(QStringLiteral("exam_number")));
        QVERIFY(QString::fromStdString(m.error().message).contains(QStringLiteral("phone")));
    }

    void arrivalTimes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const QDateTime base(QDate(2024, 5, 6), QTime(0, 30), QTimeZone::utc());
        QTest::newRow("no offset = Shanghai") << "2024-05-06T08:30:00" << base;
        QTest::newRow("space, no seconds") << "2024-05-06 08:30" << base;
        QTest::newRow("+08:00") << "2024-05-06T08:30:00+08:00" << base;
        QTest::newRow("+0800") << "2024-05-06T08:30:00+0800" << base;
        QTest::newRow("Z") << "2024-05-06T00:30:00Z" << base;
        QTest::newRow("-05:00") << "2024-05-05T19:30:00-05:00" << base;
        QTest::newRow("fraction") << "2024-05-06T08:30:00.250" << base.addMSecs(250);
        QTest::newRow("date only") << "2024-05-06" << QDateTime();
        QTest::newRow("month 13") << "2024-13-06 08:30" << QDateTime();
        QTest::newRow("words") << "yesterday" << QDateTime();
    }
    void arrivalTimes() {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const QDateTime got = parseArrivalTime(text);
        QCOMPARE(got.isValid(), utc.isValid());
        if (utc.isValid()) {
            QCOMPARE(got, utc);
            QCOMPARE(got.timeSpec(), Qt::UTC);
        }
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"

// The export's pieces without a database: the ZIP writer (read back by Python's zipfile, ZIP64 too, the
// same bytes twice), the reader's CRC check, photos made to fit the shipped formats, the quality estimate,
// and the receiver manifest in UTF-8 and GBK.
#include <certphoto/core/detail/jpeg_codec.h>
#include <certphoto/core/export_format.h>
#include <certphoto/export/bag.h>
#include <certphoto/export/print_sheet.h>
#include <certphoto/export/zip_reader.h>
#include <certphoto/export/zip_writer.h>
#include <certphoto/synth/synth.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace certphoto;

namespace {

QByteArray writeZip(const std::vector<std::pair<QString, QByteArray>>& entries, bool zip64) {
    QByteArray out;
    exporting::ZipWriter zip(
        [&](const char* d, std::size_t n) -> Result<void> {
            out.append(d, qsizetype(n));
            return {};
        },
        QDateTime(QDate(2026, 12, 3), QTime(10, 0, 7), QTimeZone(8 * 3600)), zip64);
    for (const auto& [name, bytes] : entries)
        if (!zip.add(name, bytes))
            qFatal("add failed");
    if (!zip.finish())
        qFatal("finish failed");
    return out;
}

// What Python's zipfile reads: "name size crc date" per entry, after testzip().
QString pythonReads(const QByteArray& zip) {
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("t.zip")));
    f.open(QIODevice::WriteOnly);
    f.write(zip);
    f.close();
    QProcess py;
    py.start(QStringLiteral("python3"),
             {QStringLiteral("-c"),
              QStringLiteral(
                  "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n"
                  "for i in z.infolist(): print(i.filename, i.file_size, '%08x' % i.CRC, i.date_time, "
                  "oct(i.external_attr >> 16), len(i.extra), z.read(i).decode('utf-8', 'replace')[:5])"),
              f.fileName()});
    py.waitForFinished(60000);
    if (py.exitCode() != 0)
        return QStringLiteral("python failed: ") + QString::fromUtf8(py.readAllStandardError());
    return QString::fromUtf8(py.readAllStandardOutput());
}

std::vector<std::uint8_t> compliant(bool large, std::uint64_t seed = 1) {
    for (;; ++seed) {
        auto p = large ? synth::makeDemoPhoto(seed, "selfstudy-degree-2020") : synth::makeDemoPhoto(seed);
        if (p.label == "compliant" && !p.jpeg.empty())
            return p.jpeg;
    }
}

core::ExportFormat format(const char* name) {
    auto f = core::loadExportFormat(name);
    if (!f)
        qFatal("format %s: %s", name, f.error().message.c_str());
    return *f;
}

core::Profile profile(const std::string& name) {
    auto p = core::loadProfile(name);
    if (!p)
        qFatal("profile %s: %s", name.c_str(), p.error().message.c_str());
    return *p;
}

} // namespace

class TestExportFiles : public QObject {
    Q_OBJECT
private slots:
    void zipIsReadByAnotherReaderAndReproducible() {
        const std::vector<std::pair<QString, QByteArray>> entries{
            {QStringLiteral("b/bag-info.txt"), "Payload-Oxum: 3.1\n"},
            {QStringLiteral("b/data/z.txt"), QByteArray()},
            {QStringLiteral("b/data/照片.jpg"), "abc"}};
        for (bool zip64 : {false, true}) {
            const QByteArray a = writeZip(entries, zip64);
            QCOMPARE(writeZip(entries, zip64), a); // the same bytes every time
            const QString listing = pythonReads(a);
            QVERIFY2(listing.contains(
                         QStringLiteral("b/data/照片.jpg 3 352441c2 (2026, 12, 3, 10, 0, 6) 0o100644 ")),
                     qPrintable(listing));
            QCOMPARE(listing.count(QLatin1Char('\n')), 3);
            QVERIFY2(listing.contains(QStringLiteral("b/bag-info.txt 18 ")) &&
                         listing.contains(QStringLiteral(" Payl")),
                     qPrintable(listing));
        }
        // Out of order or repeated names are refused.
        QByteArray sink;
        exporting::ZipWriter zip(
            [&](const char* d, std::size_t n) -> Result<void> {
                sink.append(d, qsizetype(n));
                return {};
            },
            QDateTime::currentDateTimeUtc());
        QVERIFY(zip.add(QStringLiteral("b"), QByteArray("1")).ok());
        QVERIFY(!zip.add(QStringLiteral("a"), QByteArray("2")).ok());
        QVERIFY(!zip.add(QStringLiteral("b"), QByteArray("2")).ok());
    }

    void readerChecksCrc() {
        QByteArray z = writeZip({{QStringLiteral("b/x.txt"), "hello world"}}, false);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.zip"));
        const qsizetype at = z.indexOf("hello");
        z[at] = 'j';
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(z);
        f.close();
        auto r = exporting::ZipReader::open(path);
        QVERIFY(r.ok());
        QCOMPARE(r->entries().size(), std::size_t(1));
        auto bytes = r->read(r->entries().front());
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().code, std::string("zip.crc"));
    }

    void shippedFormats() {
        const auto names = core::exportFormatNames();
        for (const char* n : {"chsi-registration", "degree-office-small"})
            QVERIFY2(std::find(names.begin(), names.end(), n) != names.end(), n);
        const auto chsi = format("chsi-registration");
        QCOMPARE(chsi.width, 480);
        QCOMPARE(chsi.height, 640);
        QCOMPARE(chsi.minBytes, std::int64_t(20 * 1024));
        QCOMPARE(chsi.maxBytes, std::int64_t(40 * 1024));
        QCOMPARE(chsi.qualityMin, 60);
        QVERIFY(chsi.naming == core::Naming::IdNumber);
        const auto small = format("degree-office-small");
        QCOMPARE(small.width, 150);
        QCOMPARE(small.height, 210);
        QCOMPARE(small.maxBytes, std::int64_t(10 * 1024));
        QVERIFY(small.naming == core::Naming::IdNumber);
        for (const auto& n : names) {
            auto f = core::loadExportFormat(n);
            QVERIFY2(f.ok(), f.ok() ? "" : f.error().message.c_str());
            QVERIFY2(core::loadProfile(f->profile).ok(), f->profile.c_str()); // its recheck profile ships too
        }
        QVERIFY(!core::loadExportFormat("../profiles/chsi-graduation").ok());
        QVERIFY(!core::parseExportFormat(
                     R"({"name":"x","width":480,"height":640,"naming":"phone","profile":"p"})")
                     .ok());
    }

    void qualityEstimate() {
        cv::Mat img(640, 480, CV_8UC3, cv::Scalar(200, 150, 100));
        for (int q : {40, 60, 75, 90, 95}) {
            std::vector<uchar> b;
            cv::imencode(".jpg", img, b, {cv::IMWRITE_JPEG_QUALITY, q});
            const int est = core::estimateJpegQuality(std::vector<std::uint8_t>(b.begin(), b.end()));
            QVERIFY2(std::abs(est - q) <= 1, qPrintable(QStringLiteral("%1 -> %2").arg(q).arg(est)));
        }
        QCOMPARE(core::estimateJpegQuality({1, 2, 3}), 0);
    }

    // The export's own encoder gives OpenCV's bytes (so batches sealed before it rebuild the same), and the
    // predicted quality search lands where an exhaustive one does: the highest quality that fits.
    void encoderAndQualitySearch() {
        const auto large = compliant(true);
        cv::Mat img = cv::imdecode(large, cv::IMREAD_COLOR), sized;
        cv::resize(img, sized, cv::Size(480, 640), 0, 0, cv::INTER_AREA);
        std::string why;
        const cv::Mat own = core::detail::decodeJpeg(large, 40'000'000, why);
        QVERIFY2(!own.empty(), why.c_str());
        QCOMPARE(cv::norm(own, img, cv::NORM_INF), 0.0); // the pixels imdecode gives
        std::vector<std::uint8_t> cut(large.begin(), large.begin() + std::ptrdiff_t(large.size() / 2));
        QVERIFY(core::detail::decodeJpeg(cut, 40'000'000, why).empty()); // a warning is a failure
        for (int q : {60, 75, 87, 100}) {
            std::vector<uchar> cvBytes;
            cv::imencode(".jpg", sized, cvBytes, {cv::IMWRITE_JPEG_QUALITY, q});
            QVERIFY2(core::detail::encodeJpeg(sized, q) ==
                         std::vector<std::uint8_t>(cvBytes.begin(), cvBytes.end()),
                     qPrintable(QStringLiteral("quality %1").arg(q)));
        }
        int compared = 0;
        for (const char* name : {"chsi-registration", "degree-office-small"}) {
            auto f = format(name);
            for (std::int64_t maxKb : {f.maxBytes / 1024, f.maxBytes / 1024 * 3 / 4}) {
                f.maxBytes = maxKb * 1024;
                f.minBytes = 0;
                auto fitted = core::fitPhoto(large, f, profile(f.profile));
                QVERIFY2(fitted.ok(), fitted.ok() ? "" : fitted.error().message.c_str());
                cv::Mat s;
                cv::resize(img, s, cv::Size(f.width, f.height), 0, 0, cv::INTER_AREA);
                if (std::abs(double(img.cols) / img.rows - double(f.width) / f.height) > 1e-3)
                    continue; // cropped first: the exhaustive search below would need the same crop
                int best = 0;
                for (int q = f.qualityMin; q <= 100; ++q)
                    if (std::int64_t(core::detail::encodeJpeg(s, q).size()) <= f.maxBytes)
                        best = q;
                QCOMPARE(fitted->quality, best);
                ++compared;
            }
        }
        QVERIFY(compared >= 2);
    }

    void photosFitTheFormats() {
        const auto chsi = format("chsi-registration");
        const auto chsiProfile = profile(chsi.profile);
        // Already in the format: out byte-identical.
        const auto inFormat = compliant(false);
        if (core::inFormat(inFormat, chsi)) {
            auto same = core::fitPhoto(inFormat, chsi, chsiProfile);
            QVERIFY(same.ok());
            QVERIFY(!same->reencoded);
            QVERIFY(same->bytes == inFormat);
        } else {
            QWARN("the demo photo is not in the CHSI format; the as-is path is covered by the database test");
        }
        // A large one: re-encoded to the size range at the highest quality that fits, checked again.
        const auto large = compliant(true);
        QVERIFY(!core::inFormat(large, chsi));
        auto fitted = core::fitPhoto(large, chsi, chsiProfile);
        QVERIFY2(fitted.ok(), fitted.ok() ? "" : fitted.error().message.c_str());
        QVERIFY(fitted->reencoded);
        QVERIFY(fitted->bytes.size() >= 20 * 1024 && fitted->bytes.size() <= 40 * 1024);
        QVERIFY(fitted->quality >= 60);
        QVERIFY(core::inFormat(fitted->bytes, chsi)); // fitting again changes nothing
        const cv::Mat img = cv::imdecode(fitted->bytes, cv::IMREAD_COLOR);
        QCOMPARE(img.cols, 480);
        QCOMPARE(img.rows, 640);
        // The degree office's small format.
        const auto small = format("degree-office-small");
        auto tiny = core::fitPhoto(large, small, profile(small.profile));
        QVERIFY2(tiny.ok(), tiny.ok() ? "" : tiny.error().message.c_str());
        QVERIFY(tiny->bytes.size() <= 10 * 1024);
        const cv::Mat t = cv::imdecode(tiny->bytes, cv::IMREAD_COLOR);
        QCOMPARE(t.cols, 150);
        QCOMPARE(t.rows, 210);
        // Cannot be made to fit: refused, with a reason.
        core::ExportFormat impossible = chsi;
        impossible.maxBytes = 2048;
        impossible.minBytes = 0;
        impossible.qualityMin = 95;
        auto refused = core::fitPhoto(large, impossible, chsiProfile);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, std::string("export.too_large"));
        core::ExportFormat tooBig = chsi;
        tooBig.minBytes = 900 * 1024;
        tooBig.maxBytes = 1000 * 1024;
        auto small2 = core::fitPhoto(large, tooBig, chsiProfile);
        QVERIFY(!small2.ok());
        QCOMPARE(small2.error().code, std::string("export.too_small"));
        auto broken = core::fitPhoto({0xFF, 0xD8, 0xFF, 0x00}, chsi, chsiProfile);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, std::string("export.decode"));
    }

    void receiverManifestInUtf8AndGbk() {
        std::vector<exporting::ManifestRow> rows{
            {QStringLiteral("110105199001011234.jpg"), QStringLiteral("张三丰"),
             QStringLiteral("110105199001011234"), QStringLiteral("E001"), QStringLiteral("北京市第一中学"),
             QStringLiteral("本科"), QDateTime(QDate(2026, 12, 1), QTime(9, 30, 0), QTimeZone(8 * 3600)),
             QString(64, QLatin1Char('a')), 1},
            {QStringLiteral("E002.jpg"), QStringLiteral("李\"四\", 五"), QString(), QStringLiteral("E002"),
             QStringLiteral("北京市第一中学"), QStringLiteral("专科"),
             QDateTime(QDate(2026, 12, 1), QTime(23, 59, 59), QTimeZone(8 * 3600)),
             QString(64, QLatin1Char('b')), 2}};
        for (const char* encoding : {"utf-8-bom", "gbk"}) {
            auto bytes = exporting::receiverManifestCsv(rows, encoding);
            QVERIFY(bytes.ok());
            QCOMPARE(bytes->startsWith("\xEF\xBB\xBF"), std::string(encoding) == "utf-8-bom");
            if (std::string(encoding) == "gbk")
                QVERIFY(bytes->contains(QByteArray("\xd5\xc5\xc8\xfd\xb7\xe1"))); // 张三丰 in GBK
            auto back = exporting::parseReceiverManifestCsv(*bytes);
            QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
            QCOMPARE(back->size(), std::size_t(2));
            QCOMPARE(back->at(0).name, QStringLiteral("张三丰"));
            QCOMPARE(back->at(0).school, QStringLiteral("北京市第一中学"));
            QCOMPARE(back->at(1).name, QStringLiteral("李\"四\", 五"));
            QCOMPARE(back->at(1).approvedAt.toSecsSinceEpoch(), rows[1].approvedAt.toSecsSinceEpoch());
        }
        // A name GBK cannot hold (an Extension B character) is refused, naming the submission, not the name.
        rows[0].name = QString::fromUcs4(U"\U00020BB7");
        auto gbk = exporting::receiverManifestCsv(rows, "gbk");
        QVERIFY(!gbk.ok());
        QCOMPARE(gbk.error().code, std::string("manifest.encoding"));
        QVERIFY(gbk.error().message.find("submission 1") != std::string::npos);
    }

    void printSheet() {
        // 18 photos on A4 at 33 x 48 mm: 16 to a page, two pages; the same bytes twice.
        const auto chsi = format("chsi-registration");
        std::vector<QByteArray> photos;
        for (std::uint64_t seed = 1; photos.size() < 18; ++seed) {
            auto p = synth::makeDemoPhoto(seed);
            if (p.label == "compliant" && core::inFormat(p.jpeg, chsi))
                photos.emplace_back(reinterpret_cast<const char*>(p.jpeg.data()), qsizetype(p.jpeg.size()));
        }
        auto write = [&] {
            QByteArray pdf;
            exporting::PrintSheetWriter sheet(
                [&](const char* d, std::size_t n) -> Result<void> {
                    pdf.append(d, qsizetype(n));
                    return {};
                },
                "a4", 33, 48);
            if (!sheet.begin())
                qFatal("begin");
            for (std::size_t i = 0; i < photos.size(); ++i)
                if (!sheet.addPhoto(photos[i], 480, 640, QStringLiteral("考生%1").arg(i + 1),
                                    QStringLiteral("E%1").arg(i + 1, 6, 10, QLatin1Char('0'))))
                    qFatal("add");
            if (!sheet.finish())
                qFatal("finish");
            return pdf;
        };
        const QByteArray pdf = write();
        QCOMPARE(write(), pdf);
        QCOMPARE(pdf.count("/Type /Page "), qsizetype(2));
        QVERIFY(pdf.contains("/Count 2"));
        QCOMPARE(pdf.count("/Filter /DCTDecode"), qsizetype(18));
        QVERIFY(pdf.contains(QByteArray("/MediaBox [0 0 595.28 841.89]")));
        // The photo is placed at 33 x 48 mm (93.54 x 136.06 pt).
        QVERIFY(pdf.contains("q 93.54 0 0 136.06 "));
        QVERIFY(pdf.endsWith("%%EOF\n"));
        if (qEnvironmentVariableIsSet("CERTPHOTO_PRINT_SHEET_OUT")) {
            QFile f(qEnvironmentVariable("CERTPHOTO_PRINT_SHEET_OUT"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pdf);
        }
    }

    void bagTexts() {
        QCOMPARE(exporting::bagitTxt(),
                 QByteArray("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
        const QByteArray info =
            exporting::bagInfoTxt(QStringLiteral("某照相馆"), 7,
                                  QDateTime(QDate(2026, 12, 3), QTime(23, 30), QTimeZone::utc()), 123, 4);
        QCOMPARE(QString::fromUtf8(info),
                 QStringLiteral("Source-Organization: 某照相馆\nExternal-Identifier: 7\n"
                                "Bagging-Date: 2026-12-04\nPayload-Oxum: 123.4\n"));
        QCOMPARE(exporting::manifestTxt({{QStringLiteral("data/b"), QStringLiteral("2")},
                                         {QStringLiteral("data/a"), QStringLiteral("1")}}),
                 QByteArray("1  data/a\n2  data/b\n"));
    }
};

QTEST_GUILESS_MAIN(TestExportFiles)
#include "tst_export_files.moc"

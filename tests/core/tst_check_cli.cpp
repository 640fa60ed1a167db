// certphoto-check as other tools script it: one JSON line per file in argument order, every check id present,
// exit 0 when every file got its line, 2 with a message on stderr for bad usage.
#include "core_test_util.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class CheckCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString framed_, truncated_;

    struct Run {
        int exit = -1;
        QList<QByteArray> lines;
        QByteArray err;
    };
    Run run(const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(CERTPHOTO_CHECK_BIN), args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.lines = p.readAllStandardOutput().split('\n');
        if (!r.lines.isEmpty() && r.lines.back().isEmpty())
            r.lines.removeLast();
        r.err = p.readAllStandardError();
        return r;
    }

    static void write(const QString& path, const std::vector<std::uint8_t>& bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size()));
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        framed_ = dir_.filePath("framed.jpg");
        truncated_ = dir_.filePath("truncated.jpg");
        auto jpeg = coretest::encodeJpeg(coretest::framePortrait().image);
        write(framed_, jpeg);
        jpeg.resize(jpeg.size() / 2);
        write(truncated_, jpeg);
    }

    void oneLinePerFileInOrder() {
        QString png = QString::fromStdString(coretest::testData("faces/portrait-child-png-named.jpg"));
        QString missing = dir_.filePath("does-not-exist.jpg");
        QStringList files = {framed_, png, truncated_, missing, framed_};
        Run r = run(QStringList{"--jobs", "2"} + files);
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.lines.size(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            QJsonParseError err;
            QJsonObject o = QJsonDocument::fromJson(r.lines[i], &err).object();
            QVERIFY2(err.error == QJsonParseError::NoError, r.lines[i].constData());
            QCOMPARE(o["file"].toString(), files[i]);
            QCOMPARE(o["profile"].toString(), QString("chsi-graduation"));
            QVERIFY(QStringList({"pass", "review", "fail"}).contains(o["verdict"].toString()));
            QVERIFY(o.contains("head_box") && o.contains("landmarks") && o.contains("glare_spots"));
            QVERIFY(o["elapsed_ms"].isDouble());
        }
        auto statusOf = [&](int line, const QString& id) {
            for (const auto& c : QJsonDocument::fromJson(r.lines[line])["checks"].toArray())
                if (c.toObject()["id"].toString() == id)
                    return c.toObject()["status"].toString();
            return QString();
        };
        QCOMPARE(statusOf(1, "file.format"), QString("fail"));
        QCOMPARE(statusOf(2, "image.decode"), QString("fail"));
        QCOMPARE(statusOf(3, "file.format"), QString("fail"));
        QVERIFY(QJsonDocument::fromJson(r.lines[2])["head_box"].isNull());
        // The framed portrait: every check of the issue is there, with a box.
        QStringList ids;
        for (const auto& c : QJsonDocument::fromJson(r.lines[0])["checks"].toArray()) {
            QJsonObject f = c.toObject();
            ids << f["id"].toString();
            for (const char* key : {"id", "status", "value", "limit", "reason"})
                QVERIFY2(f.contains(key), key);
        }
        for (const char* id : {"file.format", "file.size", "image.decode", "image.dimensions", "face.count",
                               "head.size", "head.position", "head.tilt", "eyes.line", "face.width",
                               "background.color", "background.uniformity", "glare.spots", "image.sharpness",
                               "image.exposure", "lighting.balance", "image.color", "clothing.contrast"})
            QVERIFY2(ids.contains(id), id);
        QCOMPARE(QJsonDocument::fromJson(r.lines[0])["head_box"].toArray().size(), 4);
    }

    void profileOption() {
        Run r = run({"--profile", "selfstudy-degree-2020", framed_});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.lines.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(r.lines[0])["profile"].toString(), QString("selfstudy-degree-2020"));
    }

    void badUsageExitsTwo() {
        Run unknown = run({"--profile", "no-such-profile", framed_});
        QCOMPARE(unknown.exit, 2);
        QVERIFY(unknown.lines.isEmpty());
        QVERIFY(unknown.err.contains("no-such-profile"));
        Run none = run({});
        QCOMPARE(none.exit, 2);
        QVERIFY(!none.err.isEmpty());
        Run badJobs = run({"--jobs", "zero", framed_});
        QCOMPARE(badJobs.exit, 2);
        Run badOption = run({"--frobnicate", framed_});
        QCOMPARE(badOption.exit, 2);
    }

    void overlaysWritten() {
        QString out = dir_.filePath("overlays");
        Run r = run({"--overlay-dir", out, framed_, truncated_});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.lines.size(), 2);
        QStringList pngs = QDir(out).entryList({"*.png"}, QDir::Files);
        QCOMPARE(pngs, QStringList{"1-framed.png"}); // the truncated file has nothing to draw on
    }
};

QTEST_GUILESS_MAIN(CheckCli)
#include "tst_check_cli.moc"

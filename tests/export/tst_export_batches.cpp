// Export batches end to end on PostgreSQL, through the certphoto-export tool as an admin would run it:
// the round trip (unpacked by another ZIP reader, verify, every manifest row against the database and its
// photo's hash), rebuild byte-identical, exactly once (a second create, void then create), SIGKILL at
// random points, name clashes refused before anything is written, the receiver's format chosen per
// receiver, and the server refusing auditors and supervisors.
#include "store_fixture.h"

#include <certphoto/export/bag.h>
#include <certphoto/export/export_job.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/export_batches.h>
#include <certphoto/store/queue.h>
#include <certphoto/synth/synth.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <opencv2/imgcodecs.hpp>

#include <csignal>
#include <map>
#include <set>

using namespace certphoto;
using namespace certphoto::test;

namespace {

const QString kSchool = QStringLiteral("北京市第一中学");

struct Run {
    int exitCode = -1;
    QString out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed().toUtf8()).object(); }
};

QString tool() {
    return qEnvironmentVariable("CERTPHOTO_BINARY_DIR") + QStringLiteral("/bin/certphoto-export");
}

Run runExport(const QStringList& args) {
    QProcess p;
    p.start(tool(), args);
    if (!p.waitForFinished(300000))
        qFatal("certphoto-export did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// A compliant demo photo: CHSI-sized (most already in the format) or a large self-study one (re-encoded).
QByteArray photo(int n, bool large) {
    for (std::uint64_t seed = std::uint64_t(n) * 7919 + (large ? 3 : 0);; ++seed) {
        auto p = large ? synth::makeDemoPhoto(seed, "selfstudy-degree-2020") : synth::makeDemoPhoto(seed);
        if (p.label == "compliant" && !p.jpeg.empty())
            return QByteArray(reinterpret_cast<const char*>(p.jpeg.data()), qsizetype(p.jpeg.size()));
    }
}

QStringList files(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace

class TestExportBatches : public QObject {
    Q_OBJECT

    std::unique_ptr<StoreDb> db_;
    QString auditor_, supervisor_;
    int next_ = 0;

    QString conn(const QString& login) const {
        return db_->scratch.server().connInfo(db_->scratch.name(), login);
    }
    QStringList as(const QString& login, QStringList args) const {
        return QStringList{QStringLiteral("--database"), conn(login)} + args;
    }

    // `count` approved submissions of `school`; `tweak` may change each before it is stored.
    std::vector<qint64> approved(int count, const QString& school,
                                 const std::function<void(store::IncomingSubmission&, int)>& tweak = {}) {
        auto admin = db_->open(db_->adminLogin);
        std::vector<store::IncomingSubmission> batch;
        for (int i = 0; i < count; ++i) {
            const int n = 1000 + next_++;
            store::IncomingSubmission s = incoming(n, school);
            s.photo = photo(n, i % 2 == 1);
            if (tweak)
                tweak(s, i);
            batch.push_back(s);
        }
        auto stored = store::storeSubmissions(admin, batch);
        if (!stored)
            qFatal("intake failed: %s", stored.error().message.c_str());
        auto aud = db_->open(auditor_);
        std::vector<qint64> ids;
        for (const auto& r : *stored) {
            auto lease = store::claimSubmission(aud, r.submissionId);
            if (!lease)
                qFatal("claim failed: %s", lease.error().message.c_str());
            auto d = store::decide(aud, approve(r.submissionId));
            if (!d)
                qFatal("decide failed: %s", d.error().message.c_str());
            ids.push_back(r.submissionId);
        }
        return ids;
    }

    qint64 count(const QString& sql) const { return db_->count(sql); }

    // Every building batch left by a killed run rolled back (its server session may need a moment to end).
    void recover() {
        auto admin = db_->open(db_->adminLogin);
        for (int attempt = 0; attempt < 100; ++attempt) {
            auto r = exporting::recoverAbandoned(admin);
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
            if (count(QStringLiteral(
                    "SELECT count(*) FROM certphoto.export_batches WHERE state = 'building'")) == 0)
                return;
            QThread::msleep(100);
        }
        QFAIL("a building batch was never released");
    }

private slots:
    void initTestCase() {
        db_ = std::make_unique<StoreDb>(QStringLiteral("export"));
        auditor_ = db_->makeUser(store::Role::Auditor, QStringLiteral("aud"));
        supervisor_ = db_->makeUser(store::Role::Supervisor, QStringLiteral("sup"));
    }

    void roundTripRebuildExactlyOnce() {
        const auto ids = approved(12, kSchool);
        QTemporaryDir out, unpacked, again;
        const Run made =
            runExport(as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), kSchool,
                                           QStringLiteral("--out"), out.path()}));
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QJsonObject j = made.json();
        QVERIFY2(j.value(QStringLiteral("batch")).toInteger() > 0, qPrintable(made.out));
        QCOMPARE(j.value(QStringLiteral("photos")).toInt(), 12);
        QCOMPARE(j.value(QStringLiteral("refused")).toInt(), 0);
        const QString file = j.value(QStringLiteral("file")).toString();
        const qint64 batch = j.value(QStringLiteral("batch")).toInteger();
        QCOMPARE(files(out.path()), QStringList{QFileInfo(file).fileName()});
        const QByteArray archive = readAll(file);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex()),
                 j.value(QStringLiteral("sha256")).toString());
        QCOMPARE(count(QStringLiteral(
                           "SELECT count(*) FROM certphoto.export_batches WHERE id = %1 AND state = 'sealed' "
                           "AND sha256 = '%2'")
                           .arg(batch)
                           .arg(j.value(QStringLiteral("sha256")).toString())),
                 qint64(1));

        // Another reader unpacks it.
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                 "assert z.testzip() is None; z.extractall(sys.argv[2]); "
                                 "print('\\n'.join(i.filename for i in z.infolist()))"),
                  file, unpacked.path()});
        QVERIFY(py.waitForFinished(60000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QStringList names =
            QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
        QCOMPARE(names, sorted); // entries in name order
        const QString bag = unpacked.path() + QLatin1Char('/') + QFileInfo(file).completeBaseName();
        for (const char* tag : {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"})
            QVERIFY2(QFileInfo::exists(bag + QLatin1Char('/') + QLatin1String(tag)), tag);
        const QString info = QString::fromUtf8(readAll(bag + QStringLiteral("/bag-info.txt")));
        QVERIFY2(info.contains(QStringLiteral("External-Identifier: %1\n").arg(batch)), qPrintable(info));

        const Run verified = runExport({QStringLiteral("verify"), file});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        {
            // One changed byte in a photo: verify fails, with one line.
            QTemporaryDir bad;
            QByteArray changed = archive;
            const qsizetype jpeg = changed.indexOf(QByteArray("\xFF\xD8\xFF"));
            QVERIFY(jpeg > 0);
            changed[jpeg + 200] = char(changed[jpeg + 200] ^ 0x01);
            QFile f(bad.filePath(QStringLiteral("bad.zip")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(changed);
            f.close();
            const Run refused = runExport({QStringLiteral("verify"), f.fileName()});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("zip.crc")), qPrintable(refused.err));
            QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
        }

        // Every manifest row against the database and its photo's hash.
        auto rows =
            exporting::parseReceiverManifestCsv(readAll(bag + QStringLiteral("/data/photo-list.csv")));
        QVERIFY(rows.ok());
        QCOMPARE(int(rows->size()), 12);
        std::set<QString> fileNames;
        int identical = 0;
        QSqlQuery q(db_->scratch.superuserConnection());
        for (const auto& r : *rows) {
            QVERIFY(fileNames.insert(r.fileName).second);
            const QByteArray bytes = readAll(bag + QStringLiteral("/data/") + r.fileName);
            QCOMPARE(exporting::sha256Hex(bytes), r.sha256);
            QVERIFY(q.exec(
                QStringLiteral(
                    "SELECT a.name, a.id_number, a.exam_number, sc.name, a.level, d.decided_at, p.sha256, "
                    "s.id "
                    "FROM certphoto.export_items i JOIN certphoto.submissions s ON s.id = i.submission_id "
                    "JOIN certphoto.applicants a ON a.id = s.applicant_id JOIN certphoto.schools sc ON sc.id "
                    "= a.school_id "
                    "JOIN certphoto.decisions d ON d.submission_id = s.id JOIN certphoto.photos p ON p.id = "
                    "s.photo_id "
                    "WHERE i.batch_id = %1 AND i.file_name = '%2'")
                    .arg(batch)
                    .arg(r.fileName)));
            QVERIFY2(q.next(), qPrintable(r.fileName));
            QCOMPARE(r.name, q.value(0).toString());
            QCOMPARE(r.idNumber, q.value(1).toString());
            QCOMPARE(r.fileName, q.value(1).toString() + QStringLiteral(".jpg"));
            QCOMPARE(r.examNumber, q.value(2).toString());
            QCOMPARE(r.school, q.value(3).toString());
            QCOMPARE(r.level, q.value(4).toString());
            QCOMPARE(r.approvedAt.toSecsSinceEpoch(), q.value(5).toDateTime().toSecsSinceEpoch());
            QVERIFY(std::find(ids.begin(), ids.end(), q.value(7).toLongLong()) != ids.end());
            if (QString::fromLatin1(q.value(6).toByteArray().toHex()) == r.sha256)
                ++identical; // went out byte-identical to what was approved
            const cv::Mat img =
                cv::imdecode(std::vector<uchar>(bytes.begin(), bytes.end()), cv::IMREAD_COLOR);
            QCOMPARE(img.cols, 480);
            QCOMPARE(img.rows, 640);
            QVERIFY(bytes.size() >= 20 * 1024 && bytes.size() <= 40 * 1024);
        }
        QVERIFY2(identical >= 1 && identical <= 11,
                 qPrintable(QString::number(identical))); // some as-is, some re-encoded

        // Rebuild: the same bytes again, recorded.
        const Run rebuilt = runExport(as(db_->adminLogin, {QStringLiteral("rebuild"), QString::number(batch),
                                                           QStringLiteral("--out"), again.path()}));
        QVERIFY2(rebuilt.exitCode == 0, qPrintable(rebuilt.err));
        QCOMPARE(readAll(again.path() + QLatin1Char('/') + QFileInfo(file).fileName()), archive);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action = 'export_rebuild' "
                                 "AND detail->>'batch' = '%1'")
                      .arg(batch)),
            qint64(1));

        // Exactly once: nothing left.
        QTemporaryDir second;
        const Run none =
            runExport(as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), kSchool,
                                           QStringLiteral("--out"), second.path()}));
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out.trimmed(), QStringLiteral("{\"batch\":null,\"photos\":0}"));
        QVERIFY(files(second.path()).isEmpty());
        // Transmitted, then voided: exportable again; the audit keeps why.
        QCOMPARE(
            runExport(as(db_->adminLogin, {QStringLiteral("transmitted"), QString::number(batch)})).exitCode,
            0);
        const Run voided =
            runExport(as(db_->adminLogin, {QStringLiteral("void"), QString::number(batch),
                                           QStringLiteral("--why"), QStringLiteral("the school lost it")}));
        QVERIFY2(voided.exitCode == 0, qPrintable(voided.err));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action = 'export_void' "
                                 "AND detail->>'why' = 'the school lost it'")),
            qint64(1));
        QTemporaryDir third;
        const Run remade =
            runExport(as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), kSchool,
                                           QStringLiteral("--out"), third.path()}));
        QVERIFY2(remade.exitCode == 0, qPrintable(remade.err));
        QCOMPARE(remade.json().value(QStringLiteral("photos")).toInt(), 12);
        QVERIFY(remade.json().value(QStringLiteral("batch")).toInteger() > batch);
        // The voided batch cannot be rebuilt; the audit has the batch, no personal data.
        QTemporaryDir fourth;
        QCOMPARE(runExport(as(db_->adminLogin, {QStringLiteral("rebuild"), QString::number(batch),
                                                QStringLiteral("--out"), fourth.path()}))
                     .exitCode,
                 1);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM certphoto.audit_trail WHERE action LIKE 'export%' AND "
                                 "detail::text ~ '[0-9]{17}[0-9Xx]'")),
            qint64(0));
    }

    void serverEnforcesOneLiveBatch() {
        // Straight to the table as its owner would: the partial unique index refuses a second live item.
        QSqlQuery q(db_->scratch.superuserConnection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT i.submission_id, b.id FROM certphoto.export_items i JOIN "
            "certphoto.export_batches b ON b.id = i.batch_id WHERE b.state = 'sealed' AND i.live "
            "LIMIT 1")));
        QVERIFY(q.next());
        const qint64 submission = q.value(0).toLongLong();
        const qint64 batch = q.value(1).toLongLong();
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO certphoto.export_batches (receiver, export_format, naming, "
            "source_organization, created_at, destination, file_name) VALUES "
            "('x', 'chsi-registration', 'id_number', 'x', now(), '/tmp', 'x.zip') RETURNING id")));
        QVERIFY(q.next());
        const qint64 other = q.value(0).toLongLong();
        QVERIFY(other != batch);
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO certphoto.export_items (batch_id, submission_id, file_name) VALUES "
                           "(%1, %2, 'y.jpg')")
                .arg(other)
                .arg(submission)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM certphoto.export_batches WHERE id = %1").arg(other)));
    }

    void killedAtRandomLeavesNothing() {
        const QString school = QStringLiteral("北京市第二中学");
        approved(16, school);
        // One whole run first, to know how long one takes.
        QTemporaryDir probe;
        QElapsedTimer t;
        t.start();
        const Run whole =
            runExport(as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), school,
                                           QStringLiteral("--out"), probe.path()}));
        const qint64 fullMs = t.elapsed();
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
        const qint64 firstBatch = whole.json().value(QStringLiteral("batch")).toInteger();
        QVERIFY(runExport(as(db_->adminLogin, {QStringLiteral("void"), QString::number(firstBatch),
                                               QStringLiteral("--why"), QStringLiteral("test: start again")}))
                    .exitCode == 0);
        const auto sealedCount = [&] {
            return count(
                QStringLiteral(
                    "SELECT count(*) FROM certphoto.export_items i JOIN certphoto.export_batches b ON "
                    "b.id = i.batch_id JOIN certphoto.submissions s ON s.id = i.submission_id JOIN "
                    "certphoto.applicants a ON a.id = s.applicant_id JOIN certphoto.schools sc ON "
                    "sc.id = a.school_id WHERE sc.name = '%1' AND i.live AND b.state <> 'building'")
                    .arg(school));
        };
        QCOMPARE(sealedCount(), qint64(0));
        int midway = 0, finished = 0;
        auto* rng = QRandomGenerator::global();
        for (int run = 0; run < 30; ++run) {
            QTemporaryDir out;
            QProcess p;
            p.start(tool(), as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"),
                                                 school, QStringLiteral("--out"), out.path()}));
            QVERIFY(p.waitForStarted());
            const int delay = int(rng->bounded(qint64(fullMs + 1))); // anywhere in a whole run's time
            if (p.waitForFinished(delay)) {
                // It finished first: a whole, sealed batch; start again.
                ++finished;
                const QJsonObject j = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
                QVERIFY(j.value(QStringLiteral("batch")).toInteger() > 0);
                QCOMPARE(runExport({QStringLiteral("verify"), j.value(QStringLiteral("file")).toString()})
                             .exitCode,
                         0);
                QVERIFY(runExport(as(db_->adminLogin,
                                     {QStringLiteral("void"),
                                      QString::number(j.value(QStringLiteral("batch")).toInteger()),
                                      QStringLiteral("--why"), QStringLiteral("test: again")}))
                            .exitCode == 0);
                continue;
            }
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));
            const qint64 sealed = sealedCount();
            if (sealed > 0) {
                // Killed after sealing, before it printed: complete and recorded all the same.
                ++finished;
                QCOMPARE(files(out.path()).size(), 1);
                QSqlQuery q(db_->scratch.superuserConnection());
                QVERIFY(q.exec(
                    QStringLiteral("SELECT max(id) FROM certphoto.export_batches WHERE state = 'sealed'")));
                QVERIFY(q.next());
                QVERIFY(
                    runExport(as(db_->adminLogin, {QStringLiteral("void"), q.value(0).toString(),
                                                   QStringLiteral("--why"), QStringLiteral("test: again")}))
                        .exitCode == 0);
                recover();
                continue;
            }
            ++midway;
            // A new run starts clean: the half-built batch is rolled back (and a file it linked in removed).
            recover();
            QVERIFY2(files(out.path()).isEmpty(), qPrintable(files(out.path()).join(QLatin1Char(' '))));
            QCOMPARE(sealedCount(), qint64(0));
            QCOMPARE(count(QStringLiteral(
                         "SELECT count(*) FROM certphoto.export_batches WHERE state = 'building'")),
                     qint64(0));
        }
        qInfo("killed mid-way %d times, finished first %d times (one run %lld ms)", midway, finished, fullMs);
        QVERIFY2(midway >= 20, "too few runs were killed mid-way");
        // And SIGTERM cancels cleanly on its own.
        QTemporaryDir out;
        QProcess p;
        p.start(tool(), as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), school,
                                             QStringLiteral("--out"), out.path()}));
        QVERIFY(p.waitForStarted());
        QThread::msleep(quint64(fullMs / 2));
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(30000));
        if (p.exitCode() == 1) {
            QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("export.cancelled")));
            QVERIFY(files(out.path()).isEmpty());
            QCOMPARE(count(QStringLiteral(
                         "SELECT count(*) FROM certphoto.export_batches WHERE state = 'building'")),
                     qint64(0));
        }
    }

    void nameClashRefusedBeforeWriting() {
        const QString school = QStringLiteral("北京市第三中学");
        const QString sameId = validIdNumber(4242);
        approved(2, school, [&](store::IncomingSubmission& s, int) { s.idNumber = sameId; });
        const qint64 batches = count(QStringLiteral("SELECT count(*) FROM certphoto.export_batches"));
        QTemporaryDir out;
        const Run clash =
            runExport(as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), school,
                                           QStringLiteral("--out"), out.path()}));
        QCOMPARE(clash.exitCode, 1);
        QVERIFY2(clash.err.contains(QStringLiteral("export.name_clash")), qPrintable(clash.err));
        QVERIFY(!clash.err.contains(sameId)); // submission ids, not ID numbers
        QCOMPARE(clash.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(files(out.path()).isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM certphoto.export_batches")), batches);
        const Run preview =
            runExport(as(db_->adminLogin, {QStringLiteral("preview"), QStringLiteral("--receiver"), school}));
        QCOMPARE(preview.exitCode, 0);
        QCOMPARE(preview.json().value(QStringLiteral("problems")).toInt(), 2);

        const QString school4 = QStringLiteral("北京市第四中学");
        approved(2, school4, [&](store::IncomingSubmission& s, int i) {
            if (i == 0)
                s.idNumber.clear();
        });
        const Run missing =
            runExport(as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), school4,
                                           QStringLiteral("--out"), out.path()}));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("export.name_missing")), qPrintable(missing.err));
        QVERIFY(files(out.path()).isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM certphoto.export_batches")), batches);
    }

    void formatChosenPerReceiver() {
        // A degree office receives two schools' photos small (150 x 210, at most 10 KB).
        const QString office = QStringLiteral("北京市学位办");
        approved(3, QStringLiteral("北京市第五中学"));
        approved(3, QStringLiteral("北京市第六中学"));
        auto admin = db_->open(db_->adminLogin);
        VERIFY_OK(store::setReceiver(admin, office, QStringLiteral("degree-office-small")));
        VERIFY_OK(store::setSchoolExport(admin, QStringLiteral("北京市第五中学"), office, std::nullopt));
        VERIFY_OK(store::setSchoolExport(admin, QStringLiteral("北京市第六中学"), office, std::nullopt));
        QTemporaryDir out, unpacked;
        const Run made =
            runExport(as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), office,
                                           QStringLiteral("--out"), out.path()}));
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(made.json().value(QStringLiteral("photos")).toInt(), 6);
        const QString file = made.json().value(QStringLiteral("file")).toString();
        QCOMPARE(runExport({QStringLiteral("verify"), file}).exitCode, 0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM certphoto.export_batches WHERE receiver = '%1' AND "
                                 "export_format = 'degree-office-small'")
                      .arg(office)),
            qint64(1));
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])"),
                  file, unpacked.path()});
        QVERIFY(py.waitForFinished(60000) && py.exitCode() == 0);
        const QString data =
            unpacked.path() + QLatin1Char('/') + QFileInfo(file).completeBaseName() + QStringLiteral("/data");
        int photos = 0;
        for (const QString& name : QDir(data).entryList({QStringLiteral("*.jpg")}, QDir::Files)) {
            const QByteArray bytes = readAll(data + QLatin1Char('/') + name);
            QVERIFY(bytes.size() <= 10 * 1024);
            const cv::Mat img =
                cv::imdecode(std::vector<uchar>(bytes.begin(), bytes.end()), cv::IMREAD_COLOR);
            QCOMPARE(img.cols, 150);
            QCOMPARE(img.rows, 210);
            ++photos;
        }
        QCOMPARE(photos, 6);
    }

    void olderReceiverGetsGbkXlsxAndPrintSheet() {
        // An older self-study office: named by exam number, manifest in GBK and as XLSX, printed photos.
        const QString school = QStringLiteral("北京市自考办");
        approved(5, school, [](store::IncomingSubmission& s, int i) {
            s.applicantName = i == 0 ? QStringLiteral("欧阳娜娜") : s.applicantName;
        });
        auto admin = db_->open(db_->adminLogin);
        VERIFY_OK(store::setSchoolExport(admin, school, std::nullopt, QStringLiteral("selfstudy-office")));
        QTemporaryDir out, unpacked, again;
        const Run made =
            runExport(as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), school,
                                           QStringLiteral("--out"), out.path()}));
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(made.json().value(QStringLiteral("photos")).toInt(), 5);
        const QString file = made.json().value(QStringLiteral("file")).toString();
        QCOMPARE(runExport({QStringLiteral("verify"), file}).exitCode, 0);
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])"),
                  file, unpacked.path()});
        QVERIFY(py.waitForFinished(60000) && py.exitCode() == 0);
        const QString data = unpacked.path() + QLatin1Char('/') + QFileInfo(file).completeBaseName() +
                             QStringLiteral("/data/");
        // GBK: no BOM, and the names read back right.
        const QByteArray csv = readAll(data + QStringLiteral("photo-list.csv"));
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        auto gbk = exporting::encodeGbk(QStringLiteral("欧阳娜娜"));
        QVERIFY(gbk.ok() && csv.contains(*gbk));
        auto rows = exporting::parseReceiverManifestCsv(csv);
        QVERIFY(rows.ok());
        QCOMPARE(int(rows->size()), 5);
        bool found = false;
        for (const auto& r : *rows) {
            QCOMPARE(r.fileName, r.examNumber + QStringLiteral(".jpg")); // named by exam number
            QCOMPARE(r.school, school);
            found = found || r.name == QStringLiteral("欧阳娜娜");
        }
        QVERIFY(found);
        // XLSX: another reader finds the same Chinese in the workbook's strings.
        QProcess xl;
        xl.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral(
                      "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                      "print(z.read('xl/sharedStrings.xml').decode('utf-8') if 'xl/sharedStrings.xml' in "
                      "z.namelist() else z.read('xl/worksheets/sheet1.xml').decode('utf-8'))"),
                  data + QStringLiteral("photo-list.xlsx")});
        QVERIFY(xl.waitForFinished(60000) && xl.exitCode() == 0);
        const QString sheetXml = QString::fromUtf8(xl.readAllStandardOutput());
        QVERIFY2(sheetXml.contains(QStringLiteral("欧阳娜娜")) && sheetXml.contains(school),
                 qPrintable(sheetXml.left(300)));
        // The print sheet: one page of photos, each JPEG embedded as it is.
        const QByteArray pdf = readAll(data + QStringLiteral("print-sheet.pdf"));
        QVERIFY(pdf.startsWith("%PDF-1.4"));
        QCOMPARE(pdf.count("/Subtype /Image"), qsizetype(5));
        QVERIFY(pdf.contains("/Count 1"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        // Reproducible with the workbook and the sheet in it.
        const qint64 batch = made.json().value(QStringLiteral("batch")).toInteger();
        const Run rebuilt = runExport(as(db_->adminLogin, {QStringLiteral("rebuild"), QString::number(batch),
                                                           QStringLiteral("--out"), again.path()}));
        QVERIFY2(rebuilt.exitCode == 0, qPrintable(rebuilt.err));
        QCOMPARE(readAll(again.path() + QLatin1Char('/') + QFileInfo(file).fileName()), readAll(file));
    }

    void resendIsDeliberateAndRecorded() {
        const QString school = QStringLiteral("北京市第八中学");
        approved(2, school);
        QTemporaryDir out, out2, out3;
        const Run made =
            runExport(as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), school,
                                           QStringLiteral("--out"), out.path()}));
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const qint64 batch = made.json().value(QStringLiteral("batch")).toInteger();
        // Not transmitted yet: nothing to re-send.
        QCOMPARE(
            runExport(as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), school,
                                           QStringLiteral("--out"), out2.path(), QStringLiteral("--resend"),
                                           QStringLiteral("--why"), QStringLiteral("lost")}))
                .out.trimmed(),
            QStringLiteral("{\"batch\":null,\"photos\":0}"));
        QCOMPARE(
            runExport(as(db_->adminLogin, {QStringLiteral("transmitted"), QString::number(batch)})).exitCode,
            0);
        QCOMPARE(
            runExport(as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), school,
                                           QStringLiteral("--out"), out2.path(), QStringLiteral("--resend")}))
                .exitCode,
            2); // a re-send needs its reason
        const Run resent = runExport(
            as(db_->adminLogin, {QStringLiteral("create"), QStringLiteral("--receiver"), school,
                                 QStringLiteral("--out"), out3.path(), QStringLiteral("--resend"),
                                 QStringLiteral("--why"), QStringLiteral("the school's upload failed")}));
        QVERIFY2(resent.exitCode == 0, qPrintable(resent.err));
        QCOMPARE(resent.json().value(QStringLiteral("photos")).toInt(), 2);
        const qint64 second = resent.json().value(QStringLiteral("batch")).toInteger();
        QCOMPARE(count(QStringLiteral(
                           "SELECT count(*) FROM certphoto.audit_trail WHERE action = 'export_resend' AND "
                           "detail->>'batch' = '%1' AND detail->>'why' = 'the school''s upload failed'")
                           .arg(second)),
                 qint64(1));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM certphoto.export_batches WHERE id = %1 AND resend")
                      .arg(second)),
            qint64(1));
    }

    void onlyAdminsExport() {
        approved(1, QStringLiteral("北京市第七中学"));
        for (const QString& login : {auditor_, supervisor_}) {
            QTemporaryDir out;
            const Run r =
                runExport(as(login, {QStringLiteral("create"), QStringLiteral("--receiver"),
                                     QStringLiteral("北京市第七中学"), QStringLiteral("--out"), out.path()}));
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("db.permission")), qPrintable(r.err));
            QVERIFY(files(out.path()).isEmpty());
            // Straight at the server, past any client: refused too.
            auto c = db_->open(login);
            store::ExportSelection s;
            s.receiver = QStringLiteral("北京市第七中学");
            s.naming = QStringLiteral("id_number");
            VERIFY_ERROR(store::beginExport(c, s, QStringLiteral("chsi-registration"), out.path()),
                         "db.permission");
            VERIFY_ERROR(store::voidExport(c, 1, QStringLiteral("x")), "db.permission");
            VERIFY_ERROR(store::listExportBatches(c), "db.permission");
        }
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM certphoto.export_items i JOIN certphoto.submissions s ON "
                     "s.id = i.submission_id JOIN certphoto.applicants a ON a.id = s.applicant_id JOIN "
                     "certphoto.schools sc ON sc.id = a.school_id WHERE sc.name = '北京市第七中学'")),
                 qint64(0));
    }

    // The pages are read through libpq directly (binary results): a connection lost there is an error value
    // like any other, and the batch it held is rolled back by the next run.
    void connectionLostWhileReadingPhotos() {
        const QString school = QStringLiteral("北京市第九中学");
        const auto ids = approved(3, school);
        auto admin = db_->open(db_->adminLogin);
        store::ExportSelection selection;
        selection.receiver = school;
        selection.naming = QStringLiteral("id_number");
        QTemporaryDir out;
        auto begun = store::beginExport(admin, selection, QStringLiteral("chsi-registration"), out.path());
        VERIFY_OK(begun);
        QVERIFY(begun->has_value());
        const qint64 batch = (*begun)->batchId;
        auto page = store::exportBatchItems(admin, batch, QString(), 128);
        VERIFY_OK(page);
        QCOMPARE(int(page->size()), 3);
        QVERIFY(!page->front().photo.isEmpty());
        // The bytes as stored, not their hex text.
        QSqlQuery stored(db_->scratch.superuserConnection());
        QVERIFY(stored.exec(QStringLiteral("SELECT encode(p.sha256, 'hex') FROM certphoto.submissions s JOIN "
                                           "certphoto.photos p ON p.id = s.photo_id WHERE s.id = %1")
                                .arg(page->front().submissionId)));
        QVERIFY(stored.next());
        QCOMPARE(QCryptographicHash::hash(page->front().photo, QCryptographicHash::Sha256).toHex(),
                 stored.value(0).toByteArray());
        QCOMPARE(page->front().photoBytes, qint64(page->front().photo.size()));

        QVERIFY(db_->scratch.server().control(QStringLiteral("restart")));
        auto lost = store::exportBatchItems(admin, batch, QString(), 128);
        QVERIFY(!lost.ok());
        QCOMPARE(QString::fromStdString(lost.error().code), QStringLiteral("db.connection"));
        recover();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM certphoto.export_items WHERE batch_id = %1 AND "
                                      "live")
                           .arg(batch)),
                 qint64(0));
        QCOMPARE(int(ids.size()), 3);
    }

    void badUsageIsTwo() {
        QCOMPARE(runExport({QStringLiteral("create")}).exitCode, 2);
        QCOMPARE(runExport({QStringLiteral("rebuild"), QStringLiteral("x"), QStringLiteral("--out"),
                            QStringLiteral("/tmp")})
                     .exitCode,
                 2);
        QCOMPARE(runExport({QStringLiteral("void"), QStringLiteral("3")}).exitCode, 2);
        QCOMPARE(runExport({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runExport({QStringLiteral("verify"), QStringLiteral("/nonexistent.zip")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestExportBatches)
#include "tst_export_batches.moc"

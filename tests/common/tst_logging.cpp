#include <certphoto/common/logging.h>

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace certphoto;

class TestLogging : public QObject {
    Q_OBJECT
private slots:
    void writesScrubbedRecordsWithAttributes() {
        QTemporaryDir dir;
        qputenv("CERTPHOTO_LOG_DIR", dir.path().toUtf8());
        qputenv("CERTPHOTO_LOG_QUIET", "1");
        logging::init(QStringLiteral("logtest"));
        logging::setUser(QStringLiteral("auditor7"));
        logging::setSubmission(4711);
        logging::info(QStringLiteral("decided for applicant 440524188001010014 phone 13912345678"));
        logging::setSubmission(0);
        qWarning("routed from Qt");
        logging::shutdown();

        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("logtest_*.log")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile f(dir.filePath(files.first()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("user=auditor7 submission=4711")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("440524********0014")));
        QVERIFY(!text.contains(QStringLiteral("440524188001010014")));
        QVERIFY(!text.contains(QStringLiteral("13912345678")));
        QVERIFY(text.contains(QStringLiteral("[qt] routed from Qt")));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"

#include <certphoto/common/privacy.h>

#include <QTest>

using namespace certphoto;

class TestPrivacy : public QObject {
    Q_OBJECT
private slots:
    void masksIdNumber() {
        QCOMPARE(privacy::maskIdNumber(QStringLiteral("110105199001011234")),
                 QStringLiteral("110105********1234"));
        QCOMPARE(privacy::maskIdNumber(QStringLiteral("12")), QStringLiteral("**"));
    }
    void masksPhone() {
        QCOMPARE(privacy::maskPhone(QStringLiteral("13812341234")), QStringLiteral("138****1234"));
    }
    void checkDigit_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid digit") << QStringLiteral("11010519491231002X") << true;
        QTest::newRow("valid lower x") << QStringLiteral("11010519491231002x") << true;
        QTest::newRow("valid 2") << QStringLiteral("110105199001011238") << false;
        QTest::newRow("gb example") << QStringLiteral("440524188001010014") << true;
        QTest::newRow("wrong digit") << QStringLiteral("440524188001010015") << false;
        QTest::newRow("short") << QStringLiteral("44052418800101001") << false;
        QTest::newRow("letters") << QStringLiteral("4405241880010100A4") << false;
    }
    void checkDigit() {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(privacy::isValidIdNumber(id), valid);
    }
    void scrubsFreeText() {
        const QString in =
            QStringLiteral("duplicate key (id_number)=(440524188001010014) phone 13912345678, id 42, "
                           "time 20261122103000");
        const QString out = privacy::scrub(in);
        QVERIFY(!out.contains(QStringLiteral("440524188001010014")));
        QVERIFY(!out.contains(QStringLiteral("13912345678")));
        QVERIFY(out.contains(QStringLiteral("440524********0014")));
        QVERIFY(out.contains(QStringLiteral("139****5678")));
        QVERIFY(out.contains(QStringLiteral("id 42")));
        QVERIFY(out.contains(QStringLiteral("20261122103000"))); // 14 digits: not personal data
    }
};

QTEST_APPLESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"

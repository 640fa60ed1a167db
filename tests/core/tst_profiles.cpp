// Profiles are data: every shipped profile loads, names only known reason codes, and every finding the core
// produces names a known code. Also the profile reader's refusals and the report's JSON.
#include "core_test_util.h"

#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>
#include <certphoto/core/reason_codes.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace certphoto::core;

class Profiles : public QObject {
    Q_OBJECT

private slots:
    void shippedProfilesLoad() {
        auto names = profileNames();
        for (const char* n : {"chsi-graduation", "selfstudy-degree", "selfstudy-degree-2020"})
            QVERIFY2(std::find(names.begin(), names.end(), n) != names.end(), n);
        for (const auto& n : names) {
            auto p = loadProfile(n);
            QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
            QCOMPARE(p->name, n);
            for (const auto& [id, rule] : p->rules)
                QVERIFY2(isKnownReasonCode(rule.reason), (n + "/" + id + ": " + rule.reason).c_str());
        }
    }

    void chsiNumbersAreTheNotice() {
        Profile p = coretest::chsi();
        QCOMPARE(p.width, 480);
        QCOMPARE(p.height, 640);
        QCOMPARE(*p.rule("head.position")->min, 50.0);
        QCOMPARE(*p.rule("head.position")->max, 110.0);
        QCOMPARE(*p.rule("eyes.line")->min, 200.0);
        QCOMPARE(*p.rule("eyes.line")->max, 300.0);
        QCOMPARE(*p.rule("face.width")->min, 180.0);
        QCOMPARE(*p.rule("face.width")->max, 300.0);
        QCOMPARE(p.rule("file.size")->severity, Status::Warn); // "typically 20-40 KB"
        QCOMPARE(p.backgroundColors.size(), std::size_t(3));
        auto p2020 = loadProfile("selfstudy-degree-2020");
        QVERIFY(p2020.ok());
        QCOMPARE(*p2020->rule("file.size")->min, 100.0);
        QCOMPARE(*p2020->rule("file.size")->max, 2048.0);
    }

    void unknownReasonCodeRefused() {
        auto p =
            parseProfile(R"({"name":"x","rules":{"head.size":{"severity":"fail","reason":"head.too.big"}}})");
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, std::string("profile.reason"));
    }

    void badProfilesRefused() {
        QVERIFY(!parseProfile("").ok());
        QVERIFY(!parseProfile("{\"name\":\"x\"").ok());
        QVERIFY(!parseProfile(R"({"name":"x","rules":{"a":{"severity":"maybe","reason":"other"}}})").ok());
        QVERIFY(!loadProfile("../etc/passwd").ok());
        QVERIFY(!loadProfile("no-such-profile").ok());
    }

    void everyFindingNamesAKnownCode() {
        std::vector<std::vector<std::uint8_t>> inputs = {
            {},
            coretest::readBytes(coretest::testData("faces/portrait-child-png-named.jpg")),
            coretest::encodeJpeg(coretest::framePortrait().image)};
        for (const auto& name : profileNames()) {
            auto p = loadProfile(name);
            QVERIFY(p.ok());
            for (const auto& bytes : inputs) {
                Report r = analyze(bytes, *p);
                for (const auto& f : r.findings)
                    QVERIFY2(isKnownReasonCode(f.reason), (f.id + " -> " + f.reason).c_str());
            }
        }
    }

    void knownCodesAreTheReasonTable() {
        // The store seeds the same 28 codes; a change here must be a change there.
        QCOMPARE(knownReasonCodes().size(), std::size_t(28));
        QVERIFY(isKnownReasonCode("glasses.glare"));
        QVERIFY(!isKnownReasonCode("glare.spots"));
    }

    void reportJsonIsComplete() {
        Report r = analyze(coretest::encodeJpeg(coretest::framePortrait().image), coretest::chsi());
        QJsonParseError err;
        auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(toJson(r)), &err);
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
        QJsonObject o = doc.object();
        QCOMPARE(o["profile"].toString(), QString("chsi-graduation"));
        QCOMPARE(o["core_version"].toString(), QString(coreVersion()));
        QVERIFY(o["head_box"].isArray());
        QCOMPARE(o["head_box"].toArray().size(), 4);
        QVERIFY(o["landmarks"].toObject().contains("left_eye"));
        QVERIFY(o["glare_spots"].isArray());
        QVERIFY(o["elapsed_ms"].isDouble());
        QCOMPARE(o["checks"].toArray().size(), qsizetype(r.findings.size()));
        for (const auto& c : o["checks"].toArray()) {
            QJsonObject f = c.toObject();
            for (const char* key : {"id", "status", "value", "limit", "reason"})
                QVERIFY2(f.contains(key), key);
        }
        Report bad = analyze({}, coretest::chsi());
        QVERIFY(QJsonDocument::fromJson(QByteArray::fromStdString(toJson(bad)))["head_box"].isNull());
    }
};

QTEST_APPLESS_MAIN(Profiles)
#include "tst_profiles.moc"

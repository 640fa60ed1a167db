// The report's JSON: what toJson writes, reportFromJson reads back unchanged, with the published keys in
// their order; and both the report and the profile JSON are the same under a decimal-comma locale.
#include "core_test_util.h"

#include <certphoto/core/analysis.h>
#include <certphoto/core/detail/json.h>
#include <certphoto/core/profile.h>

#include <QtTest>

#include <clocale>
#include <cmath>
#include <filesystem>
#include <regex>

using namespace certphoto::core;

namespace {

// Real reports: every fixture photo, and framed portraits with a damaged and a faceless variant.
std::vector<Report> realReports() {
    std::vector<Report> out;
    const Profile profile = coretest::chsi();
    for (const auto& entry : std::filesystem::directory_iterator(coretest::testData("faces")))
        if (entry.path().extension() == ".jpg")
            out.push_back(analyze(coretest::readBytes(entry.path().string()), profile));
    out.push_back(analyze(coretest::encodeJpeg(coretest::framePortrait().image, 90), profile));
    out.push_back(analyze(coretest::encodeJpeg(coretest::framePortrait(65, 240, 1.1, 6).image, 80), profile));
    out.push_back(
        analyze(coretest::encodeJpeg(cv::Mat(640, 480, CV_8UC3, cv::Scalar(230, 200, 160))), profile));
    out.push_back(analyze({0xFF, 0xD8, 0xFF, 0xE0}, profile)); // a broken file: findings, no face
    return out;
}

// The keys of the top level and of each check, in the order the certphoto-check format publishes them.
std::vector<std::string> keys(const std::string& json) {
    std::vector<std::string> out;
    static const std::regex key("\"([a-z_]+)\":");
    for (auto it = std::sregex_iterator(json.begin(), json.end(), key); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

} // namespace

class ReportJson : public QObject {
    Q_OBJECT

private slots:
    void roundTripOfRealReports() {
        int fractions = 0;
        for (const Report& r : realReports()) {
            const std::string x = toJson(r);
            auto back = reportFromJson(x);
            QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
            QCOMPARE(toJson(*back), x);
            QCOMPARE(back->findings.size(), r.findings.size());
            QCOMPARE(int(back->verdict), int(r.verdict));
            for (std::size_t i = 0; i < r.findings.size(); ++i) {
                QCOMPARE(back->findings[i].id, r.findings[i].id);
                QCOMPARE(int(back->findings[i].status), int(r.findings[i].status));
                QCOMPARE(std::isnan(back->findings[i].value), std::isnan(r.findings[i].value));
                if (!std::isnan(r.findings[i].value)) // four significant digits
                    QVERIFY(std::fabs(back->findings[i].value - r.findings[i].value) <=
                            1e-3 * std::fabs(r.findings[i].value) + 1e-9);
                fractions += !std::isnan(r.findings[i].value) &&
                             r.findings[i].value != std::round(r.findings[i].value);
            }
            QCOMPARE(bool(back->headBox), bool(r.headBox));
            QCOMPARE(bool(back->landmarks.leftEye), bool(r.landmarks.leftEye));
            QCOMPARE(back->glareSpots.size(), r.glareSpots.size());
        }
        QVERIFY(fractions > 20); // the reports really carry fractional values
    }

    void publishedKeysInOrder() {
        const Report r = analyze(coretest::encodeJpeg(coretest::framePortrait().image, 90), coretest::chsi());
        const std::string x = toJson(r);
        std::vector<std::string> k = keys(x);
        // Top level without the checks' and landmarks' keys.
        std::vector<std::string> top;
        for (const std::string& s : k)
            if (s == "profile" || s == "core_version" || s == "verdict" || s == "checks" || s == "width" ||
                s == "height" || s == "head_box" || s == "landmarks" || s == "glare_spots" ||
                s == "elapsed_ms")
                top.push_back(s);
        const std::vector<std::string> want = {"profile",     "core_version", "verdict",  "checks",
                                               "width",       "height",       "head_box", "landmarks",
                                               "glare_spots", "elapsed_ms"};
        QVERIFY2(top == want, x.c_str());
        const bool checkFirstKey = x.find("{\"id\":\"") != std::string::npos;
        QVERIFY2(checkFirstKey, x.c_str());
        QVERIFY2(std::regex_search(
                     x, std::regex("\\{\"id\":\"[a-z_.]+\",\"status\":\"(pass|warn|fail)\",\"value\":[^,]+,"
                                   "\"limit\":\"[^\"]*\",\"reason\":\"")),
                 x.c_str());
        const bool landmarks = x.find("\"landmarks\":{\"left_eye\":[") != std::string::npos;
        QVERIFY2(landmarks, x.c_str());
    }

    // Reports stored by earlier versions (the window's fixture): missing keys, null values, a bare number.
    void readsOlderAndHandMadeReports() {
        auto r = reportFromJson(R"({"profile":"chsi-graduation","verdict":"fail",
 "checks":[{"id":"background.color","status":"fail","value":18.4,"limit":"<= 6","reason":"background.color"},
           {"id":"image.sharpness","status":"pass","value":null,"limit":40,"reason":"image.blur"}],
 "head_box":[100,80,200,260],"landmarks":{"left_eye":[150,200],"nose":[200.5,250]},"glare_spots":[[120,210,4.5]],
 "future_field":{"x":1}})");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->findings.size(), std::size_t(2));
        QCOMPARE(r->findings[0].value, 18.4);
        QVERIFY(std::isnan(r->findings[1].value));
        QCOMPARE(r->findings[1].limit, std::string("40"));
        QCOMPARE(r->headBox->h, 260);
        QCOMPARE(r->landmarks.nose->x, 200.5);
        QVERIFY(!r->landmarks.rightEye);
        QCOMPARE(r->glareSpots.at(0).radius, 4.5);
    }

    void badReportsAreErrors() {
        const std::pair<const char*, const char*> cases[] = {
            {"", "report.syntax"},
            {R"({"verdict":)", "report.syntax"},
            {"[1,2]", "report.schema"},
            {R"({"verdict":"maybe","checks":[]})", "report.schema"},
            {R"({"verdict":"pass","checks":[{"id":"x","status":"ok"}]})", "report.schema"},
            {R"({"verdict":"pass","checks":{}})", "report.schema"},
            {R"({"verdict":"pass","checks":[],"head_box":[1,2]})", "report.schema"},
            {R"({"verdict":"pass","checks":[{"id":"x","status":"pass","value":"12"}]})", "report.schema"},
            {R"({"verdict":"pass","width":1e300})", "report.schema"},
        };
        for (const auto& [text, code] : cases) {
            auto r = reportFromJson(text);
            QVERIFY2(!r.ok(), text);
            QCOMPARE(r.error().code, std::string(code));
            QVERIFY(!r.error().message.empty());
        }
    }

    // Qt programs set the C library's locale from the environment; de_DE writes "0,4567" through printf.
    void decimalCommaLocale() {
        const Report r = analyze(coretest::encodeJpeg(coretest::framePortrait().image, 90), coretest::chsi());
        const std::string underC = toJson(r);
        QVERIFY2(std::setlocale(LC_ALL, "de_DE.UTF-8"),
                 "the de_DE.UTF-8 locale is missing (scripts/install-deps generates it)");
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.2f", 0.5);
        const std::string printfSays = buf;
        const std::string number = json::number(0.4567);
        std::string error;
        auto doc = json::parse(R"({"a":0.4567,"b":[-1.5e-3]})", error);
        auto profile = loadProfile("chsi-graduation");
        const std::string underDe = toJson(r);
        auto back = reportFromJson(underC);
        const Report analysedUnderDe =
            analyze(coretest::encodeJpeg(coretest::framePortrait().image, 90), coretest::chsi());
        std::setlocale(LC_ALL, "C");
        QCOMPARE(analysedUnderDe.findings.size(), r.findings.size());
        for (std::size_t i = 0; i < r.findings.size(); ++i) { // texts written with printf: "0.2", not "0,2"
            QCOMPARE(analysedUnderDe.findings[i].detail, r.findings[i].detail);
            QCOMPARE(analysedUnderDe.findings[i].limit, r.findings[i].limit);
        }
        QCOMPARE(printfSays, std::string("0,50")); // the locale is really a decimal-comma one
        QCOMPARE(number, std::string("0.4567"));
        QVERIFY2(doc, error.c_str());
        QCOMPARE(doc->get("a")->number, 0.4567);
        QCOMPARE(doc->get("b")->array.at(0).number, -1.5e-3);
        QVERIFY2(profile.ok(), profile.ok() ? "" : profile.error().message.c_str());
        QCOMPARE(underDe, underC);
        QVERIFY(back.ok());
        QCOMPARE(toJson(*back), underC);
    }
};

QTEST_APPLESS_MAIN(ReportJson)
#include "tst_report_json.moc"

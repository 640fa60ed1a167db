// The compliance core measured on the synth's labelled corpus: false rejects and warnings on compliant
// photos, and how often each defect is caught by the check that should catch it, for the persons the core was
// tuned on and, separately, for the held-out person (tests/accuracy/HOLDOUT) that nobody tuned on.
//
// Run alone to see the table: build/tests/accuracy/tst_accuracy [-- --profile NAME]. docs/accuracy.md holds
// the last measured table.

#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>
#include <certphoto/synth/synth.h>

#include <QTest>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace core = certphoto::core;
namespace synth = certphoto::synth;

namespace {

// Floors this test holds the core to, on the tuning persons. The aims of issue 3 are <= 5 % false rejects,
// <= 10 % warnings on compliant photos and >= 95 % of clear defects failed by the right check; the test fails
// when an aim is missed badly (the floors below), not at the first miss, since one case is 2-8 % of a cell
// here. Measured at the time of writing (docs/accuracy.md): chsi-graduation 0 % / 0 % / 99 %, the self-study
// profiles 0 % / 0 % / 98-100 %. The held-out person is held to the same false-reject and warning floors (12
// photos: one is 8 %; measured 0 % / 0 % since her real glasses glints are retouched out of her compliant
// photos and kept as a glare case of their own), and her clear defects (13-17 cases: one miss is 6-8 %) to 80
// % (measured 92-100 %).
constexpr double kMaxFalseReject = 0.10;          // aim 0.05
constexpr double kMaxWarn = 0.15;                 // aim 0.10
constexpr double kMinClearDetected = 0.90;        // aim 0.95
constexpr double kMinClearDetectedHoldout = 0.80; // aim 0.95

// A defect is caught by its own check; a wrong head size shows in either size check.
std::set<std::string> acceptedChecks(const std::string& defect) {
    if (defect == "head.size")
        return {"head.size", "face.width"};
    return {defect};
}

std::string holdoutPerson() {
    std::ifstream f(CERTPHOTO_HOLDOUT_FILE);
    std::string name;
    std::getline(f, name);
    while (!name.empty() && (name.back() == '\r' || name.back() == ' '))
        name.pop_back();
    return name;
}

struct Tally {
    int n = 0, hit = 0;
    void add(bool h) { ++n, hit += h; }
    double rate() const { return n ? static_cast<double>(hit) / n : 0; }
    std::string text() const {
        if (!n)
            return "-";
        char b[32];
        std::snprintf(b, sizeof b, "%d/%d (%.0f%%)", hit, n, 100.0 * hit / n);
        return b;
    }
};

struct Group {
    Tally falseReject, warn;               // on compliant photos
    std::map<std::string, int> rejectedBy; // compliant photos: check id -> how many it failed
    std::map<std::string, int> warnedBy;
    std::map<std::string, Tally> clear, borderline; // by defect
    Tally clearAll, borderlineAll;
};

const char* statusName(core::Status s) {
    return s == core::Status::Fail ? "fail" : s == core::Status::Warn ? "warn" : "pass";
}

} // namespace

class TestAccuracy : public QObject {
    Q_OBJECT
private slots:
    // Every shipped profile (or only $CERTPHOTO_ACCURACY_PROFILE). The framing defects are CHSI's only.
    void corpusAgainstCore_data() {
        QTest::addColumn<QString>("profile_");
        QStringList names{"chsi-graduation", "selfstudy-degree", "selfstudy-degree-2020"};
        if (qEnvironmentVariableIsSet("CERTPHOTO_ACCURACY_PROFILE"))
            names = QStringList{qEnvironmentVariable("CERTPHOTO_ACCURACY_PROFILE")};
        for (const QString& n : names)
            QTest::newRow(n.toUtf8().constData()) << n;
    }

    void corpusAgainstCore() {
        QFETCH(QString, profile_);
        const std::string profileName = profile_.toStdString();
        auto profile = core::loadProfile(profileName);
        QVERIFY2(profile.ok(), profile.ok() ? "" : profile.error().message.c_str());
        const std::string holdout = holdoutPerson();
        QVERIFY2(!holdout.empty(), "tests/accuracy/HOLDOUT names no person");
        auto cases = synth::corpus(profileName);
        QVERIFY2(cases.ok(), cases.ok() ? "" : cases.error().message.c_str());
        QVERIFY(cases->size() >= 150);

        Group tuning, held;
        bool holdoutSeen = false;
        std::vector<std::string> misses;
        std::string asShotMissed;
        for (const synth::Case& c : *cases) {
            const core::Report report = core::analyze(c.photo.bytes, *profile);
            const bool isHeld = c.photo.person == holdout;
            holdoutSeen |= isHeld;
            Group& g = isHeld ? held : tuning;
            if (c.photo.defect.empty()) {
                g.falseReject.add(report.verdict == core::Verdict::Fail);
                g.warn.add(report.verdict == core::Verdict::Review);
                for (const core::Finding& f : report.findings) {
                    if (f.status == core::Status::Fail)
                        ++g.rejectedBy[f.id + " (" + c.photo.person + ")"];
                    if (f.status == core::Status::Warn)
                        ++g.warnedBy[f.id + " (" + c.photo.person + ")"];
                }
                continue;
            }
            // The status of the right check: the worst of the accepted ones.
            core::Status worst = core::Status::Pass;
            const std::set<std::string> accepted = acceptedChecks(c.photo.defect);
            for (const core::Finding& f : report.findings)
                if (accepted.count(f.id) && static_cast<int>(f.status) > static_cast<int>(worst))
                    worst = f.status;
            // A rule the profile itself makes a warning (CHSI's "typically 20-40 KB") can only warn.
            const core::Rule* rule = profile->rule(c.photo.defect);
            const bool warnOnlyRule = rule && rule->severity == core::Status::Warn;
            bool caught;
            if (c.photo.strength == synth::Strength::Clear) {
                caught = worst == core::Status::Fail || (warnOnlyRule && worst == core::Status::Warn);
                g.clear[c.photo.defect].add(caught);
                g.clearAll.add(caught);
            } else {
                caught = worst != core::Status::Pass;
                g.borderline[c.photo.defect].add(caught);
                g.borderlineAll.add(caught);
            }
            if (!caught)
                misses.push_back(c.file + " (" + c.photo.label() + "): " + statusName(worst));
            // Real glasses glints as photographed (not made by the synth): an auditor must at least look.
            if (c.request.asShot && !caught)
                asShotMissed += c.file + " ";
        }
        QVERIFY2(holdoutSeen, ("the held-out person " + holdout + " is not in the corpus").c_str());

        // The table (Markdown, pasted into docs/accuracy.md).
        std::printf("\nAccuracy of %s on the synth corpus, profile %s, %zu cases; held-out person: %s\n\n",
                    core::coreVersion(), profileName.c_str(), cases->size(), holdout.c_str());
        std::printf("| compliant photos | tuning persons | held-out person |\n|---|---|---|\n");
        std::printf("| false rejects (verdict fail) | %s | %s |\n", tuning.falseReject.text().c_str(),
                    held.falseReject.text().c_str());
        std::printf("| warnings (verdict review) | %s | %s |\n\n", tuning.warn.text().c_str(),
                    held.warn.text().c_str());
        std::printf("| defect (check) | clear, tuning | clear, held-out | borderline, tuning | borderline, "
                    "held-out |\n"
                    "|---|---|---|---|---|\n");
        for (const std::string& d : synth::defects())
            std::printf("| %s | %s | %s | %s | %s |\n", d.c_str(), tuning.clear[d].text().c_str(),
                        held.clear[d].text().c_str(), tuning.borderline[d].text().c_str(),
                        held.borderline[d].text().c_str());
        std::printf("| **all** | %s | %s | %s | %s |\n\n", tuning.clearAll.text().c_str(),
                    held.clearAll.text().c_str(), tuning.borderlineAll.text().c_str(),
                    held.borderlineAll.text().c_str());
        auto list = [](const char* what, const std::map<std::string, int>& m) {
            std::printf("%s:", what);
            for (const auto& [id, n] : m)
                std::printf(" %s %d;", id.c_str(), n);
            std::printf("\n");
        };
        list("Compliant photos (tuning) failed by", tuning.rejectedBy);
        list("Compliant photos (tuning) warned by", tuning.warnedBy);
        list("Compliant photos (held-out) failed by", held.rejectedBy);
        list("Compliant photos (held-out) warned by", held.warnedBy);
        std::printf("Missed defects (%zu):\n", misses.size());
        for (const std::string& m : misses)
            std::printf("  %s\n", m.c_str());
        std::fflush(stdout);

        QVERIFY2(tuning.falseReject.rate() <= kMaxFalseReject, tuning.falseReject.text().c_str());
        QVERIFY2(tuning.warn.rate() <= kMaxWarn, tuning.warn.text().c_str());
        QVERIFY2(tuning.clearAll.rate() >= kMinClearDetected, tuning.clearAll.text().c_str());
        QVERIFY2(held.falseReject.rate() <= kMaxFalseReject, held.falseReject.text().c_str());
        QVERIFY2(held.warn.rate() <= kMaxWarn, held.warn.text().c_str());
        QVERIFY2(held.clearAll.rate() >= kMinClearDetectedHoldout, held.clearAll.text().c_str());
        QVERIFY2(asShotMissed.empty(), ("real reflections passed: " + asShotMissed).c_str());
    }
};

QTEST_GUILESS_MAIN(TestAccuracy)
#include "tst_accuracy.moc"

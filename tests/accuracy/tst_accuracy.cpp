// The compliance core measured on the synth's labelled corpus: false rejects and warnings on compliant
// photos, how often each defect is failed by the check that should catch it, and how often a defect photo is
// flagged at all (verdict review or fail), for the persons the core was tuned on and, separately, for the
// held-out person (tests/accuracy/HOLDOUT) that nobody tuned on.
//
// Run alone to see the tables: build/tests/accuracy/tst_accuracy (CERTPHOTO_ACCURACY_PROFILE=NAME for one
// profile). docs/accuracy.md holds the last measured tables.

#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>
#include <certphoto/synth/synth.h>

#include <QTest>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace core = certphoto::core;
namespace synth = certphoto::synth;

namespace {

// The aims of issue 11, on every column: <= 5 % false rejects and <= 10 % warnings on compliant photos,
// >= 95 % of clear defects failed by the right check, >= 95 % of all defects flagged (warn or fail). For
// the held-out person (16 compliant photos, ~30 clear defects) one case short of an aim counts as met,
// since one case moves her rates by 2-6 %. Each run prints which aims are met and which are not.
struct Bounds {
    double maxFalseReject, maxWarn, minClearFailed, minFlagged;
};
constexpr Bounds kAims{0.05, 0.10, 0.95, 0.95};
// What the test asserts: what certphoto-core 1.2.1 reaches on its worst profile (docs/accuracy.md), so a
// change that makes the core worse fails here. Where that is below an aim, the aim is not met yet and
// docs/accuracy.md says so; raise these as the core gets better, never lower them to let a change in.
// The one lowered (held-out flagged, 0.91 to 0.84, with 1.2.1): 1.2.0 warned on her yaw on most photos,
// a bias of the face detector that mirroring shows, and that false warning was "flagging" defect photos
// whose own checks miss them; her warnings on compliant photos fell from 44 % to 19 % with it.
constexpr Bounds kTuningFloor{0.05, 0.10, 0.92, 0.92};
constexpr Bounds kHeldOutFloor{0.07, 0.13, 0.84, 0.84};

// Checks the core gains with issue 11. Until a profile has a rule for one, its rows are printed (as not
// caught) but left out of the "clear defects failed by the right check" assertion; "all defects flagged"
// counts them always.
const std::set<std::string> kNewChecks = {"eyes.open", "mouth.closed", "head.covering", "glasses.tinted"};

// A defect is caught by its own check; a wrong head size shows in either size check.
std::set<std::string> acceptedChecks(const std::string& defect) {
    if (defect == "head.size")
        return {"head.size", "face.width"};
    return {defect};
}

// The held-out persons, one a line: the same human may appear as more than one portrait (Grace Hopper in her
// cap and with it taken off by code).
std::set<std::string> holdoutPersons() {
    std::ifstream f(CERTPHOTO_HOLDOUT_FILE);
    std::set<std::string> out;
    for (std::string name; std::getline(f, name);) {
        while (!name.empty() && (name.back() == '\r' || name.back() == ' '))
            name.pop_back();
        if (!name.empty() && name[0] != '#')
            out.insert(name);
    }
    return out;
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
    std::map<std::string, Tally> byVariety;                  // compliant photos not passed, by variety
    std::map<std::string, Tally> clear, borderline, flagged; // by defect
    Tally clearAll, borderlineAll, flaggedAll;               // over the asserted checks
};

// Within the aim, or (slack) one case short of it.
bool atMost(const Tally& t, double aim, int slack) {
    return t.n == 0 || t.hit <= aim * t.n + slack + 1e-9;
}
bool atLeast(const Tally& t, double aim, int slack) {
    return t.n == 0 || t.hit + slack >= aim * t.n - 1e-9;
}

} // namespace

class TestAccuracy : public QObject {
    Q_OBJECT
private slots:
    // The profiles that judge the face (or only $CERTPHOTO_ACCURACY_PROFILE). degree-office-small judges
    // only the file of an export (format, size, 150x210), so the face corpus says nothing about it.
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
        const std::set<std::string> holdout = holdoutPersons();
        QVERIFY2(!holdout.empty(), "tests/accuracy/HOLDOUT names no person");
        auto cases = synth::corpus(profileName);
        QVERIFY2(cases.ok(), cases.ok() ? "" : cases.error().message.c_str());
        QVERIFY(cases->size() >= 150);

        std::set<std::string> unasserted; // new checks this profile has no rule for yet
        for (const std::string& c : kNewChecks)
            if (!profile->rule(c))
                unasserted.insert(c);

        Group tuning, held;
        bool holdoutCompliantSeen = false;
        std::vector<std::string> misses;
        std::string asShotMissed;
        for (const synth::Case& c : *cases) {
            const core::Report report = core::analyze(c.photo.bytes, *profile);
            const bool isHeld = holdout.count(c.photo.person) > 0;
            Group& g = isHeld ? held : tuning;
            if (c.photo.defect.empty()) {
                holdoutCompliantSeen |= isHeld;
                const bool fail = report.verdict == core::Verdict::Fail;
                const bool review = report.verdict == core::Verdict::Review;
                g.falseReject.add(fail);
                g.warn.add(review);
                for (const std::string& v : {std::string(c.photo.mirrored ? "mirrored" : "as portrayed"),
                                             "cut-out " + c.photo.cutout, "framing " + c.photo.framing,
                                             std::string(c.request.levelled ? "levelled" : "own roll")})
                    g.byVariety[v].add(fail || review);
                for (const core::Finding& f : report.findings) {
                    if (f.status == core::Status::Fail)
                        ++g.rejectedBy[f.id + " (" + c.photo.person + ")"];
                    if (f.status == core::Status::Warn)
                        ++g.warnedBy[f.id + " (" + c.photo.person + ")"];
                }
                if (fail || review) {
                    std::string why;
                    for (const core::Finding& f : report.findings)
                        if (f.status != core::Status::Pass)
                            why += f.id + "=" + core::statusName(f.status) + " ";
                    misses.push_back(c.file + " (compliant, " + c.photo.cutout +
                                     (c.photo.mirrored ? ", mirrored" : "") + "): " + why);
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
            const bool asserted = unasserted.count(c.photo.defect) == 0;
            const bool flagged = report.verdict != core::Verdict::Pass;
            // Flagged by any check: counted for every defect, the new ones included (a head covering the
            // core has no check for must still reach an auditor).
            g.flagged[c.photo.defect].add(flagged);
            g.flaggedAll.add(flagged);
            bool caught;
            if (c.photo.strength == synth::Strength::Clear) {
                caught = worst == core::Status::Fail || (warnOnlyRule && worst == core::Status::Warn);
                g.clear[c.photo.defect].add(caught);
                if (asserted)
                    g.clearAll.add(caught);
            } else {
                caught = worst != core::Status::Pass;
                g.borderline[c.photo.defect].add(caught);
                if (asserted)
                    g.borderlineAll.add(caught);
            }
            if (!caught)
                misses.push_back(c.file + " (" + c.photo.label() + "): " + core::statusName(worst) +
                                 (flagged ? ", flagged by another check" : ", verdict pass"));
            // Real glasses glints as photographed (not made by the synth): an auditor must at least look.
            if (c.request.asShot && !caught)
                asShotMissed += c.file + " ";
        }
        QVERIFY2(holdoutCompliantSeen, "the held-out person has no compliant photo in the corpus");

        // The tables (Markdown, pasted into docs/accuracy.md).
        std::string heldNames;
        for (const std::string& h : holdout)
            heldNames += (heldNames.empty() ? "" : ", ") + h;
        std::printf("\nAccuracy of %s on the synth corpus, profile %s, %zu cases; held-out: %s\n\n",
                    core::coreVersion(), profileName.c_str(), cases->size(), heldNames.c_str());
        std::printf("| measure | aim | tuning persons | held-out person |\n|---|---|---|---|\n");
        std::printf("| false rejects on compliant photos (verdict fail) | <= 5 %% | %s | %s |\n",
                    tuning.falseReject.text().c_str(), held.falseReject.text().c_str());
        std::printf("| warnings on compliant photos (verdict review) | <= 10 %% | %s | %s |\n",
                    tuning.warn.text().c_str(), held.warn.text().c_str());
        std::printf("| clear defects failed by the right check | >= 95 %% | %s | %s |\n",
                    tuning.clearAll.text().c_str(), held.clearAll.text().c_str());
        std::printf("| all defects flagged (verdict review or fail) | >= 95 %% | %s | %s |\n",
                    tuning.flaggedAll.text().c_str(), held.flaggedAll.text().c_str());
        std::printf("| borderline defects caught by the right check | - | %s | %s |\n\n",
                    tuning.borderlineAll.text().c_str(), held.borderlineAll.text().c_str());
        std::printf("| defect (check) | clear failed, tuning | clear failed, held-out | borderline caught, "
                    "tuning | borderline caught, held-out | flagged, tuning | flagged, held-out |\n"
                    "|---|---|---|---|---|---|---|\n");
        for (const std::string& d : synth::defects())
            std::printf("| %s%s | %s | %s | %s | %s | %s | %s |\n", d.c_str(),
                        unasserted.count(d) ? " (no rule in profile)" : "", tuning.clear[d].text().c_str(),
                        held.clear[d].text().c_str(), tuning.borderline[d].text().c_str(),
                        held.borderline[d].text().c_str(), tuning.flagged[d].text().c_str(),
                        held.flagged[d].text().c_str());
        std::printf("| **all** (clear and borderline: asserted checks; flagged: every defect) | %s | %s | %s "
                    "| %s | %s | %s |\n\n",
                    tuning.clearAll.text().c_str(), held.clearAll.text().c_str(),
                    tuning.borderlineAll.text().c_str(), held.borderlineAll.text().c_str(),
                    tuning.flaggedAll.text().c_str(), held.flaggedAll.text().c_str());
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
        std::printf("Compliant photos not passed, by variety (tuning | held-out):");
        for (const auto& [v, t] : tuning.byVariety)
            std::printf(" %s %s | %s;", v.c_str(), t.text().c_str(), held.byVariety[v].text().c_str());
        std::printf("\n");
        if (!unasserted.empty()) {
            std::printf("Not asserted (the profile has no rule for them yet):");
            for (const std::string& c : unasserted)
                std::printf(" %s", c.c_str());
            std::printf("\n");
        }
        std::printf("Misses (%zu):\n", misses.size());
        for (const std::string& m : misses)
            std::printf("  %s\n", m.c_str());
        std::fflush(stdout);

        // Every missed aim and every floor broken at once, so one run shows them all.
        auto check = [](const Bounds& b, int slack, const char* who, const Group& set) {
            std::string out;
            auto one = [&](bool ok, const char* what, const Tally& t) {
                if (!ok)
                    out += std::string(what) + " (" + who + ") " + t.text() + "; ";
            };
            one(atMost(set.falseReject, b.maxFalseReject, slack), "false rejects", set.falseReject);
            one(atMost(set.warn, b.maxWarn, slack), "warnings", set.warn);
            one(atLeast(set.clearAll, b.minClearFailed, slack), "clear failed", set.clearAll);
            one(atLeast(set.flaggedAll, b.minFlagged, slack), "flagged", set.flaggedAll);
            return out;
        };
        const std::string aimsMissed = check(kAims, 0, "tuning", tuning) + check(kAims, 1, "held-out", held);
        std::printf("Aims of issue 11: %s\n",
                    aimsMissed.empty() ? "all met" : ("missed: " + aimsMissed).c_str());
        const std::string broken =
            check(kTuningFloor, 0, "tuning", tuning) + check(kHeldOutFloor, 1, "held-out", held);
        QVERIFY2(broken.empty(), ("worse than core 1.2.1: " + broken).c_str());
        QVERIFY2(asShotMissed.empty(), ("real reflections passed: " + asShotMissed).c_str());
    }
};

QTEST_GUILESS_MAIN(TestAccuracy)
#include "tst_accuracy.moc"

#include <certphoto/synth/synth.h>

#include <algorithm>
#include <cstdio>

namespace certphoto::synth {
namespace {

// The defects new to the corpus with issue 11's checks: two cases per person and strength (their variants
// differ: cap/hat/scarf, both eyes/a wink, open mouth/smile, ...).
bool twoCasesEach(const std::string& defect) {
    return defect == "head.covering" || defect == "eyes.open" || defect == "mouth.closed" ||
           defect == "glasses.tinted";
}

} // namespace

Result<std::vector<Case>> corpus(const std::string& profile) {
    std::vector<Case> out;
    const std::vector<std::string> all = persons();
    if (all.empty())
        return makeError("synth.assets", "the embedded portraits could not be decoded");
    const std::vector<std::string> covered = personsWithHeadCovering();
    std::vector<std::string> people; // those who can make compliant photos and every defect
    for (const std::string& p : all)
        if (std::find(covered.begin(), covered.end(), p) == covered.end())
            people.push_back(p);
    const int cutoutCount = static_cast<int>(cutouts().size());
    const Rgb backgrounds[] = {kLightBlue, kWhite, kLightGrey};
    std::uint64_t seed = 1000;
    // Variety, spread evenly over the cases by their number: mirrored every other case, each cut-out in
    // turn, one framing in three wide, one in five levelled (the rest keep the person's own roll).
    int k = 0;
    auto add = [&](Request r) -> Result<void> {
        r.profile = profile;
        r.seed = ++seed;
        r.mirrored = k % 2 == 1;
        r.cutout = (k / 2) % cutoutCount;
        r.framing = k % 3 == 2 ? 1 : 0;
        r.levelled = k % 5 == 4;
        ++k;
        Result<Photo> photo = make(r);
        if (!photo)
            return photo.error();
        char name[200];
        std::snprintf(name, sizeof name, "%04zu-%s-%s.jpg", out.size() + 1, r.person.c_str(),
                      r.defect.empty()
                          ? "compliant"
                          : (r.defect + "-" + toString(r.strength) + (r.asShot ? "-as-shot" : "")).c_str());
        out.push_back({name, r, std::move(photo.value())});
        return {};
    };
    // Compliant: sixteen per person, spread over the backgrounds the person is clearly compliant on.
    for (const std::string& person : people) {
        const std::vector<Rgb> bgs = compliantBackgrounds(person, profile);
        for (std::size_t n = 0; !bgs.empty() && n < 16; ++n) {
            Request r;
            r.person = person;
            r.background = bgs[n % bgs.size()];
            if (auto ok = add(r); !ok)
                return ok.error();
        }
    }
    // Every defect at both strengths on every person, on a rotating background. The framing defects are
    // sized against CHSI's pixel bands; the self-study notices give none ("standard ID framing"), so for
    // other profiles they are left out rather than labelled with a verdict nobody can vouch for.
    const bool chsi = profile == "chsi-graduation";
    int i = 0;
    for (const std::string& defect : defects()) {
        if (!chsi && (defect == "head.size" || defect == "head.position" || defect == "eyes.line" ||
                      defect == "image.dimensions"))
            continue;
        for (Strength st : {Strength::Clear, Strength::Borderline})
            for (const std::string& person : people)
                for (int n = 0; n < (twoCasesEach(defect) ? 2 : 1); ++n) {
                    Request r;
                    r.person = person;
                    r.defect = defect;
                    r.strength = st;
                    r.background = backgrounds[i++ % 3];
                    if (auto ok = add(r); !ok)
                        return ok.error();
                }
    }
    // A person in her own head covering (Grace Hopper's naval cap): the notices forbid head coverings
    // (不得使用头部覆盖物), so these are clear head.covering cases, never compliant photos.
    for (const std::string& person : covered)
        for (int n = 0; n < 8; ++n) {
            Request r;
            r.person = person;
            r.defect = "head.covering";
            r.background = backgrounds[n % 3];
            if (auto ok = add(r); !ok)
                return ok.error();
        }
    // Real glints as photographed: the notices (000, 001, 004: 眼镜不能反光) forbid reflections on glasses,
    // so a person should at least look.
    for (const std::string& person : personsWithReflections()) {
        if (std::find(covered.begin(), covered.end(), person) != covered.end())
            continue;
        Request r;
        r.person = person;
        r.defect = "glare.spots";
        r.strength = Strength::Borderline;
        r.asShot = true;
        r.background = backgrounds[i++ % 3];
        if (auto ok = add(r); !ok)
            return ok.error();
    }
    return out;
}

} // namespace certphoto::synth

#include <certphoto/synth/synth.h>

#include <cstdio>

namespace certphoto::synth {

Result<std::vector<Case>> corpus(const std::string& profile) {
    std::vector<Case> out;
    const std::vector<std::string> people = persons();
    if (people.empty())
        return makeError("synth.assets", "the embedded portraits could not be decoded");
    const Rgb backgrounds[] = {kLightBlue, kWhite, kLightGrey};
    std::uint64_t seed = 1000;
    auto add = [&](Request r) -> Result<void> {
        r.profile = profile;
        r.seed = ++seed;
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
    // Compliant: twelve per person, spread over the backgrounds the person is clearly compliant on, with
    // jitter.
    for (const std::string& person : people) {
        const std::vector<Rgb> bgs = compliantBackgrounds(person, profile);
        for (std::size_t k = 0; !bgs.empty() && k < 12; ++k) {
            Request r;
            r.person = person;
            r.background = bgs[k % bgs.size()];
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
            for (const std::string& person : people) {
                Request r;
                r.person = person;
                r.defect = defect;
                r.strength = st;
                r.background = backgrounds[i++ % 3];
                if (auto ok = add(r); !ok)
                    return ok.error();
            }
    }
    // Real glints as photographed: the notices (000, 001, 004: 眼镜不能反光) forbid reflections on glasses,
    // so a person should at least look.
    for (const std::string& person : personsWithReflections()) {
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

#include <certphoto/synth/synth.h>

#include "frame.h"

#include <algorithm>
#include <string>
#include <utility>

namespace certphoto::synth {
namespace {

// The mix of a day's uploads as the demo shows it: most photos fine, the usual mistakes common
// (tilted, blurred, off-centre, wrong background), the odd broken file.
const std::pair<const char*, int> kDefectWeights[] = {{"head.tilt", 6},
                                                      {"image.sharpness", 5},
                                                      {"head.position", 5},
                                                      {"background.color", 4},
                                                      {"background.uniformity", 3},
                                                      {"image.exposure", 3},
                                                      {"head.size", 2},
                                                      {"lighting.balance", 2},
                                                      {"image.color", 2},
                                                      {"glare.spots", 2},
                                                      {"clothing.contrast", 2},
                                                      {"eyes.line", 1},
                                                      {"face.count", 1},
                                                      {"file.size", 1},
                                                      {"image.dimensions", 1},
                                                      {"file.format", 1},
                                                      {"image.decode", 1},
                                                      {"head.covering", 2},
                                                      {"eyes.open", 2},
                                                      {"mouth.closed", 2},
                                                      {"glasses.tinted", 1}};

const char* pickDefect(Rng& rng) {
    int total = 0;
    for (const auto& [name, w] : kDefectWeights)
        total += w;
    int x = rng.pick(total);
    for (const auto& [name, w] : kDefectWeights) {
        if (x < w)
            return name;
        x -= w;
    }
    return kDefectWeights[0].first;
}

} // namespace

DemoPhoto makeDemoPhoto(std::uint64_t seed) {
    return makeDemoPhoto(seed, "chsi-graduation");
}

DemoPhoto makeDemoPhoto(std::uint64_t seed, const std::string& profile) {
    Rng rng(seed ^ 0xD3E0D3E0ull);
    std::vector<std::string> people = persons();
    if (people.empty())
        return {};
    Request r;
    const bool compliant = rng.chance(0.6);
    double b = rng.uniform(0, 1);
    r.background = b < 0.6 ? kLightBlue : b < 0.8 ? kWhite : kLightGrey;
    if (compliant) {
        // Only people and backgrounds that make a clearly compliant photo.
        std::vector<std::pair<std::string, Rgb>> options;
        for (const std::string& person : people)
            for (Rgb bg : compliantBackgrounds(person, profile))
                options.emplace_back(person, bg);
        if (options.empty())
            return {};
        const auto& [person, bg] =
            options[static_cast<std::size_t>(rng.pick(static_cast<int>(options.size())))];
        r.person = person;
        r.background = bg;
    } else {
        r.person = people[static_cast<std::size_t>(rng.pick(static_cast<int>(people.size())))];
        r.defect = pickDefect(rng);
        r.strength = rng.chance(0.7) ? Strength::Clear : Strength::Borderline;
        const std::vector<std::string> covered = personsWithHeadCovering();
        if (std::find(covered.begin(), covered.end(), r.person) != covered.end()) {
            r.defect = "head.covering"; // her own cap: one defect at a time
            r.strength = Strength::Clear;
        }
    }
    // The variety of the accuracy corpus: mirrored, other cut-outs, wider framing, own roll mostly kept.
    r.mirrored = rng.chance(0.5);
    r.cutout = rng.pick(static_cast<int>(cutouts().size()));
    r.framing = rng.chance(0.3) ? 1 : 0;
    r.levelled = rng.chance(0.2);
    r.seed = seed;
    r.profile = profile;
    Result<Photo> photo = make(r);
    if (!photo)
        return {};
    return {std::move(photo->bytes), photo->label()};
}

} // namespace certphoto::synth

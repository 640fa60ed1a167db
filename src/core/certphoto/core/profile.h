#pragma once
// A profile: one receiver's photo rules as data (src/core/profiles/<name>.json). Each rule names the check
// it parameterises, its severity (a hard limit fails, an "about"/"typically" rule of the notices warns), its
// band, and the reason code a failing finding maps to.

#include <certphoto/core/analysis.h>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace certphoto::core {

struct Rule {
    Status severity = Status::Fail;         // what falling outside [min, max] means
    std::optional<double> min, max;         // the band for the check's measured value
    std::optional<double> warnMin, warnMax; // an inner "typical" band: outside it (but inside min/max) warns
    std::string reason;                     // reason code
    std::map<std::string, double> params;   // check-specific numbers (e.g. "tolerance")

    double param(const std::string& key, double fallback) const {
        auto it = params.find(key);
        return it == params.end() ? fallback : it->second;
    }
};

struct Profile {
    std::string name;
    std::string title;
    int width = 0, height = 0;                        // required pixel size, 0 = any
    std::vector<std::array<int, 3>> backgroundColors; // accepted, RGB
    std::map<std::string, Rule> rules;                // by check id

    const Rule* rule(const std::string& checkId) const {
        auto it = rules.find(checkId);
        return it == rules.end() ? nullptr : &it->second;
    }
};

// Parses a profile from its JSON text (exposed for tests and for profiles kept elsewhere).
Result<Profile> parseProfile(const std::string& json);

// Where data files are looked for, in order: $CERTPHOTO_DATA_DIR, the build tree (only for programs that run
// from it), the installed share folder.
std::vector<std::string> dataDirs();
// The first existing "<dir>/<relative>" over dataDirs(), or empty.
std::string findDataFile(const std::string& relative);

} // namespace certphoto::core

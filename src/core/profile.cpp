// Profiles: parsed from the data files, found over the data folders.
#include <certphoto/core/detail/json.h>
#include <certphoto/core/profile.h>
#include <certphoto/core/reason_codes.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#ifndef CERTPHOTO_BUILD_DATA_DIR
#define CERTPHOTO_BUILD_DATA_DIR ""
#endif
#ifndef CERTPHOTO_INSTALL_DATA_DIR
#define CERTPHOTO_INSTALL_DATA_DIR ""
#endif
#ifndef CERTPHOTO_BUILD_TREE
#define CERTPHOTO_BUILD_TREE ""
#endif

namespace certphoto::core {
namespace fs = std::filesystem;

namespace {

Result<Rule> parseRule(const std::string& id, const json::Value& v) {
    if (!v.isObject())
        return makeError("profile.invalid", "rule " + id + " is not an object");
    Rule rule;
    for (const auto& [key, item] : v.object) {
        if (key == "severity") {
            if (item.string == "fail")
                rule.severity = Status::Fail;
            else if (item.string == "warn")
                rule.severity = Status::Warn;
            else
                return makeError("profile.invalid", "rule " + id + ": severity must be fail or warn");
        } else if (key == "reason") {
            rule.reason = item.string;
        } else if (item.isNumber()) {
            if (key == "min")
                rule.min = item.number;
            else if (key == "max")
                rule.max = item.number;
            else if (key == "warn_min")
                rule.warnMin = item.number;
            else if (key == "warn_max")
                rule.warnMax = item.number;
            else
                rule.params[key] = item.number;
        }
        // Other strings (notes, units, sources) are for people reading the file.
    }
    if (!isKnownReasonCode(rule.reason))
        return makeError("profile.reason", "rule " + id + " names unknown reason code '" + rule.reason + "'");
    return rule;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

Result<Profile> parseProfile(const std::string& text) {
    std::string error;
    auto doc = json::parse(text, error);
    if (!doc)
        return makeError("profile.syntax", "profile is not valid JSON: " + error);
    if (!doc->isObject())
        return makeError("profile.invalid", "profile must be a JSON object");
    Profile p;
    if (auto* v = doc->get("name"); v && v->isString())
        p.name = v->string;
    if (p.name.empty())
        return makeError("profile.invalid", "profile has no name");
    if (auto* v = doc->get("title"); v && v->isString())
        p.title = v->string;
    if (auto* v = doc->get("width"); v && v->isNumber())
        p.width = static_cast<int>(v->number);
    if (auto* v = doc->get("height"); v && v->isNumber())
        p.height = static_cast<int>(v->number);
    if (auto* v = doc->get("background_colors"); v && v->isArray()) {
        for (const auto& c : v->array) {
            if (!c.isArray() || c.array.size() != 3)
                return makeError("profile.invalid", "background colour must be [r,g,b]");
            p.backgroundColors.push_back({static_cast<int>(c.array[0].number),
                                          static_cast<int>(c.array[1].number),
                                          static_cast<int>(c.array[2].number)});
        }
    }
    if (auto* v = doc->get("rules"); v && v->isObject()) {
        for (const auto& [id, item] : v->object) {
            auto rule = parseRule(id, item);
            if (!rule)
                return rule.error();
            p.rules.emplace(id, std::move(rule.value()));
        }
    } else {
        return makeError("profile.invalid", "profile " + p.name + " has no rules");
    }
    return p;
}

namespace {
// The build tree's data only serves programs that run from that build tree: an installed program must
// never pick up the files of a build that happens to be on the same machine.
bool runningFromBuildTree() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec || !*CERTPHOTO_BUILD_TREE)
        return false;
    const fs::path tree(CERTPHOTO_BUILD_TREE);
    const auto rel = exe.lexically_relative(tree);
    return !rel.empty() && *rel.begin() != "..";
}
} // namespace

std::vector<std::string> dataDirs() {
    std::vector<std::string> dirs;
    if (const char* env = std::getenv("CERTPHOTO_DATA_DIR"); env && *env)
        dirs.emplace_back(env);
    if (*CERTPHOTO_BUILD_DATA_DIR && runningFromBuildTree())
        dirs.emplace_back(CERTPHOTO_BUILD_DATA_DIR);
    // Installed: beside the program (<prefix>/bin/../share/certphoto), so a package installed under another
    // prefix than the build was configured for (CPack's /usr against CMake's /usr/local) finds its data.
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec && exe.has_parent_path())
        dirs.push_back((exe.parent_path().parent_path() / "share" / "certphoto").string());
    if (*CERTPHOTO_INSTALL_DATA_DIR)
        dirs.emplace_back(CERTPHOTO_INSTALL_DATA_DIR);
    return dirs;
}

std::string findDataFile(const std::string& relative) {
    for (const auto& dir : dataDirs()) {
        std::error_code ec;
        fs::path p = fs::path(dir) / relative;
        if (fs::is_regular_file(p, ec))
            return p.string();
    }
    return {};
}

Result<Profile> loadProfile(const std::string& name) {
    // Names are plain words: never let one walk out of the profiles folder.
    bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
    if (!plain)
        return makeError("profile.unknown", "unknown profile '" + name + "'");
    std::string path = findDataFile("profiles/" + name + ".json");
    if (path.empty())
        return makeError("profile.unknown", "unknown profile '" + name + "'");
    auto profile = parseProfile(readFile(path));
    if (!profile)
        return makeError(profile.error().code, path + ": " + profile.error().message);
    return profile;
}

std::vector<std::string> profileNames() {
    std::vector<std::string> names;
    for (const auto& dir : dataDirs()) {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(fs::path(dir) / "profiles", ec)) {
            if (entry.path().extension() != ".json")
                continue;
            std::string n = entry.path().stem().string();
            if (std::find(names.begin(), names.end(), n) == names.end())
                names.push_back(n);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace certphoto::core

// The report as one JSON line: the certphoto-check format (without "file"), plus the core's version.
#include <certphoto/core/analysis.h>
#include <certphoto/core/detail/json.h>

#include <cmath>

namespace certphoto::core {
namespace {

const char* statusName(Status s) {
    return s == Status::Pass ? "pass" : s == Status::Warn ? "warn" : "fail";
}
const char* verdictName(Verdict v) {
    return v == Verdict::Pass ? "pass" : v == Verdict::Review ? "review" : "fail";
}

// The limit as data, after the published keys: "unit", "min", "max", "warn_min", "warn_max" (each left out
// when absent). Readers that know only the published keys skip them.
std::string bandKeys(const std::string& unit, const std::optional<double>& min,
                     const std::optional<double>& max, const std::optional<double>& warnMin,
                     const std::optional<double>& warnMax) {
    std::string s = ",\"unit\":" + json::quote(unit);
    auto add = [&](const char* key, const std::optional<double>& v) {
        if (v)
            s += std::string(",\"") + key + "\":" + json::number(*v);
    };
    add("min", min);
    add("max", max);
    add("warn_min", warnMin);
    add("warn_max", warnMax);
    return s;
}

std::string point(const Point& p) {
    return "[" + json::number(std::round(p.x)) + "," + json::number(std::round(p.y)) + "]";
}

} // namespace

std::string toJson(const Report& r) {
    using json::number;
    using json::quote;
    std::string s = "{\"profile\":" + quote(r.profile) + ",\"core_version\":" + quote(r.coreVersion) +
                    ",\"verdict\":" + quote(verdictName(r.verdict)) + ",\"checks\":[";
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        const Finding& f = r.findings[i];
        if (i)
            s += ',';
        s += "{\"id\":" + quote(f.id) + ",\"status\":" + quote(statusName(f.status)) +
             ",\"value\":" + number(f.value) + ",\"limit\":" + quote(f.limit) +
             ",\"reason\":" + quote(f.reason);
        if (!f.detail.empty())
            s += ",\"detail\":" + quote(f.detail);
        s += bandKeys(f.unit, f.min, f.max, f.warnMin, f.warnMax);
        if (!f.cause.empty())
            s += ",\"cause\":" + quote(f.cause);
        if (!f.parts.empty()) {
            s += ",\"parts\":[";
            for (std::size_t k = 0; k < f.parts.size(); ++k) {
                const Measure& m = f.parts[k];
                s += std::string(k ? "," : "") + "{\"name\":" + quote(m.name) +
                     ",\"value\":" + number(m.value) + bandKeys(m.unit, m.min, m.max, m.warnMin, m.warnMax) +
                     ",\"status\":" + quote(statusName(m.status)) + "}";
            }
            s += ']';
        }
        s += '}';
    }
    s += "],\"width\":" + number(r.width) + ",\"height\":" + number(r.height) + ",\"head_box\":";
    if (r.headBox)
        s += "[" + number(r.headBox->x) + "," + number(r.headBox->y) + "," + number(r.headBox->w) + "," +
             number(r.headBox->h) + "]";
    else
        s += "null";
    s += ",\"landmarks\":{";
    bool first = true;
    auto add = [&](const char* name, const std::optional<Point>& p) {
        if (!p)
            return;
        if (!first)
            s += ',';
        first = false;
        s += quote(name) + ":" + point(*p);
    };
    const Landmarks& l = r.landmarks;
    add("left_eye", l.leftEye);
    add("right_eye", l.rightEye);
    add("nose", l.nose);
    add("mouth", l.mouth);
    add("left_ear", l.leftEar);
    add("right_ear", l.rightEar);
    s += "},\"glare_spots\":[";
    for (std::size_t i = 0; i < r.glareSpots.size(); ++i) {
        const GlareSpot& g = r.glareSpots[i];
        if (i)
            s += ',';
        s += "[" + number(std::round(g.x)) + "," + number(std::round(g.y)) + "," +
             number(std::round(g.radius * 10) / 10) + "]";
    }
    s += "],\"elapsed_ms\":" + number(std::round(r.elapsedMs * 10) / 10) + "}";
    return s;
}

} // namespace certphoto::core

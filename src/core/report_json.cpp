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

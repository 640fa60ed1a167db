// The report as one JSON line: the certphoto-check format (without "file"), plus the core's version; and
// the reader of that same line, so every program reads reports through the code that writes them.
// A new field is one line in toJson and one in reportFromJson (the reader ignores keys it does not know).
#include <certphoto/core/analysis.h>

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <limits>

namespace certphoto::core {
namespace {

using Json = nlohmann::ordered_json; // keeps the keys in the published order

// Four significant digits (the report's precision since 1.0), written as an integer when it is one, and
// null when not measurable. Rounding goes through std::to_chars/from_chars: no locale anywhere.
Json number(double v) {
    if (!std::isfinite(v))
        return nullptr;
    if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15)
        return static_cast<std::int64_t>(std::round(v));
    char buf[32];
    auto end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 4).ptr;
    double rounded = v;
    std::from_chars(buf, end, rounded);
    if (std::fabs(rounded - std::round(rounded)) < 1e-9 && std::fabs(rounded) < 1e15)
        return static_cast<std::int64_t>(std::round(rounded));
    return rounded;
}

Json point(const Point& p) {
    return Json::array({number(std::round(p.x)), number(std::round(p.y))});
}

// The limit as data, after the published keys: "unit", "min", "max", "warn_min", "warn_max" (each left out
// when absent). Readers that know only the published keys skip them.
void addBand(Json& o, const std::string& unit, const std::optional<double>& min,
             const std::optional<double>& max, const std::optional<double>& warnMin,
             const std::optional<double>& warnMax) {
    o["unit"] = unit;
    const std::pair<const char*, const std::optional<double>*> keys[] = {
        {"min", &min}, {"max", &max}, {"warn_min", &warnMin}, {"warn_max", &warnMax}};
    for (const auto& [key, v] : keys)
        if (*v)
            o[key] = number(**v);
}

// --- reading -------------------------------------------------------------------------------------------

struct SchemaError {
    std::string what;
};

[[noreturn]] void schema(const std::string& what) {
    throw SchemaError{what};
}

double numberOf(const Json& v, const char* what) {
    if (v.is_null())
        return std::numeric_limits<double>::quiet_NaN();
    if (!v.is_number())
        schema(std::string(what) + " is not a number");
    return v.get<double>();
}

std::string textOf(const Json& o, const char* key) {
    auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return {};
    if (it->is_string())
        return it->get<std::string>();
    if (it->is_number()) // a limit written as a bare number by a hand-made report
        return it->dump();
    schema(std::string("\"") + key + "\" is not a string");
}

Status statusFrom(const std::string& s) {
    if (s == "pass")
        return Status::Pass;
    if (s == "warn")
        return Status::Warn;
    if (s == "fail")
        return Status::Fail;
    schema("unknown check status \"" + s + "\"");
}

Verdict verdictFrom(const std::string& s) {
    if (s == "pass")
        return Verdict::Pass;
    if (s == "review")
        return Verdict::Review;
    if (s == "fail")
        return Verdict::Fail;
    schema("unknown verdict \"" + s + "\"");
}

int intOf(const Json& v, const char* what) {
    double d = numberOf(v, what);
    if (!std::isfinite(d) || std::fabs(d) > 1e9)
        schema(std::string(what) + " is out of range");
    return static_cast<int>(std::lround(d));
}

std::optional<double> optionalOf(const Json& o, const char* key) {
    auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return std::nullopt;
    return numberOf(*it, key);
}

// The limit as data (written by addBand); absent in reports of cores before 1.2.
template <typename T> void readBand(const Json& o, T& into) {
    into.unit = textOf(o, "unit");
    into.min = optionalOf(o, "min");
    into.max = optionalOf(o, "max");
    into.warnMin = optionalOf(o, "warn_min");
    into.warnMax = optionalOf(o, "warn_max");
}

std::optional<Point> pointOf(const Json& v, const char* what) {
    if (!v.is_array() || v.size() < 2)
        schema(std::string(what) + " is not a point");
    return Point{numberOf(v[0], what), numberOf(v[1], what)};
}

Report read(const Json& o) {
    if (!o.is_object())
        schema("the report is not a JSON object");
    Report r;
    r.profile = textOf(o, "profile");
    r.coreVersion = textOf(o, "core_version");
    r.verdict = verdictFrom(textOf(o, "verdict"));
    if (auto checks = o.find("checks"); checks != o.end()) {
        if (!checks->is_array())
            schema("\"checks\" is not an array");
        for (const Json& c : *checks) {
            if (!c.is_object())
                schema("a check is not an object");
            Finding f;
            f.id = textOf(c, "id");
            f.status = statusFrom(textOf(c, "status"));
            f.value = c.contains("value") ? numberOf(c["value"], "a check's value")
                                          : std::numeric_limits<double>::quiet_NaN();
            f.limit = textOf(c, "limit");
            f.reason = textOf(c, "reason");
            f.detail = textOf(c, "detail");
            readBand(c, f);
            f.cause = textOf(c, "cause");
            if (auto parts = c.find("parts"); parts != c.end() && !parts->is_null()) {
                if (!parts->is_array())
                    schema("a check's \"parts\" is not an array");
                for (const Json& pj : *parts) {
                    if (!pj.is_object())
                        schema("a check's part is not an object");
                    Measure m;
                    m.name = textOf(pj, "name");
                    m.value = pj.contains("value") ? numberOf(pj["value"], "a part's value")
                                                   : std::numeric_limits<double>::quiet_NaN();
                    readBand(pj, m);
                    m.status = pj.contains("status") ? statusFrom(textOf(pj, "status")) : Status::Pass;
                    f.parts.push_back(std::move(m));
                }
            }
            r.findings.push_back(std::move(f));
        }
    }
    if (o.contains("width"))
        r.width = intOf(o["width"], "\"width\"");
    if (o.contains("height"))
        r.height = intOf(o["height"], "\"height\"");
    if (auto box = o.find("head_box"); box != o.end() && !box->is_null()) {
        if (!box->is_array() || box->size() != 4)
            schema("\"head_box\" is not four numbers");
        r.headBox = Box{intOf((*box)[0], "head_box"), intOf((*box)[1], "head_box"),
                        intOf((*box)[2], "head_box"), intOf((*box)[3], "head_box")};
    }
    if (auto marks = o.find("landmarks"); marks != o.end() && !marks->is_null()) {
        if (!marks->is_object())
            schema("\"landmarks\" is not an object");
        Landmarks& l = r.landmarks;
        const std::pair<const char*, std::optional<Point>*> names[] = {
            {"left_eye", &l.leftEye}, {"right_eye", &l.rightEye}, {"nose", &l.nose},
            {"mouth", &l.mouth},      {"left_ear", &l.leftEar},   {"right_ear", &l.rightEar}};
        for (const auto& [name, slot] : names)
            if (auto p = marks->find(name); p != marks->end())
                *slot = pointOf(*p, name);
    }
    if (auto spots = o.find("glare_spots"); spots != o.end() && !spots->is_null()) {
        if (!spots->is_array())
            schema("\"glare_spots\" is not an array");
        for (const Json& g : *spots) {
            if (!g.is_array() || g.size() < 3)
                schema("a glare spot is not three numbers");
            r.glareSpots.push_back(
                {numberOf(g[0], "glare spot"), numberOf(g[1], "glare spot"), numberOf(g[2], "glare spot")});
        }
    }
    if (auto ms = o.find("elapsed_ms"); ms != o.end())
        r.elapsedMs = numberOf(*ms, "\"elapsed_ms\"");
    return r;
}

} // namespace

std::string toJson(const Report& r) {
    Json checks = Json::array();
    for (const Finding& f : r.findings) {
        Json c = {{"id", f.id},
                  {"status", statusName(f.status)},
                  {"value", number(f.value)},
                  {"limit", f.limit},
                  {"reason", f.reason}};
        if (!f.detail.empty())
            c["detail"] = f.detail;
        addBand(c, f.unit, f.min, f.max, f.warnMin, f.warnMax);
        if (!f.cause.empty())
            c["cause"] = f.cause;
        if (!f.parts.empty()) {
            Json parts = Json::array();
            for (const Measure& m : f.parts) {
                Json p = {{"name", m.name}, {"value", number(m.value)}};
                addBand(p, m.unit, m.min, m.max, m.warnMin, m.warnMax);
                p["status"] = statusName(m.status);
                parts.push_back(std::move(p));
            }
            c["parts"] = std::move(parts);
        }
        checks.push_back(std::move(c));
    }
    Json marks = Json::object();
    const Landmarks& l = r.landmarks;
    const std::pair<const char*, const std::optional<Point>*> names[] = {
        {"left_eye", &l.leftEye}, {"right_eye", &l.rightEye}, {"nose", &l.nose},
        {"mouth", &l.mouth},      {"left_ear", &l.leftEar},   {"right_ear", &l.rightEar}};
    for (const auto& [name, p] : names)
        if (*p)
            marks[name] = point(**p);
    Json spots = Json::array();
    for (const GlareSpot& g : r.glareSpots)
        spots.push_back(
            {number(std::round(g.x)), number(std::round(g.y)), number(std::round(g.radius * 10) / 10)});
    Json o = {{"profile", r.profile},
              {"core_version", r.coreVersion},
              {"verdict", verdictName(r.verdict)},
              {"checks", std::move(checks)},
              {"width", r.width},
              {"height", r.height},
              {"head_box", r.headBox ? Json::array({r.headBox->x, r.headBox->y, r.headBox->w, r.headBox->h})
                                     : Json(nullptr)},
              {"landmarks", std::move(marks)},
              {"glare_spots", std::move(spots)},
              {"elapsed_ms", number(std::round(r.elapsedMs * 10) / 10)}};
    // Invalid UTF-8 in a text (never written by the core itself) becomes U+FFFD instead of an exception.
    return o.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<Report> reportFromJson(std::string_view text) {
    try {
        return read(Json::parse(text.begin(), text.end()));
    } catch (const Json::parse_error& e) {
        std::string what = e.what();
        auto cut = what.find("] ");
        return makeError("report.syntax", "the report is not valid JSON: " +
                                              (cut == std::string::npos ? what : what.substr(cut + 2)));
    } catch (const SchemaError& e) {
        return makeError("report.schema", "the report does not have the core's format: " + e.what);
    } catch (const std::exception& e) { // nlohmann's type errors, bad_alloc: a value, never a throw
        return makeError("report.schema", std::string("the report could not be read: ") + e.what());
    }
}

const char* statusName(Status s) {
    return s == Status::Pass ? "pass" : s == Status::Warn ? "warn" : "fail";
}

const char* verdictName(Verdict v) {
    return v == Verdict::Pass ? "pass" : v == Verdict::Review ? "review" : "fail";
}

} // namespace certphoto::core

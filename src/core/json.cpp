// The core's JSON through nlohmann-json: its lexer and serializer do not follow the C library's locale, so a
// profile parses and a report is written the same under de_DE (decimal comma) as under C.
#include <certphoto/core/detail/json.h>

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>

namespace certphoto::core::json {
namespace {

constexpr int kMaxDepth = 64; // profiles are three levels deep; converting is recursive, so bound it

bool convert(const nlohmann::json& in, Value& out, int depth) {
    if (depth > kMaxDepth)
        return false;
    switch (in.type()) {
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
        out.kind = Value::Kind::Null;
        return true;
    case nlohmann::json::value_t::boolean:
        out.kind = Value::Kind::Bool;
        out.boolean = in.get<bool>();
        return true;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        out.kind = Value::Kind::Number;
        out.number = in.get<double>();
        return true;
    case nlohmann::json::value_t::string:
        out.kind = Value::Kind::String;
        out.string = in.get_ref<const std::string&>();
        return true;
    case nlohmann::json::value_t::array:
        out.kind = Value::Kind::Array;
        out.array.resize(in.size());
        for (std::size_t i = 0; i < in.size(); ++i)
            if (!convert(in[i], out.array[i], depth + 1))
                return false;
        return true;
    case nlohmann::json::value_t::object:
        out.kind = Value::Kind::Object;
        for (const auto& [key, item] : in.items())
            if (!convert(item, out.object[key], depth + 1))
                return false;
        return true;
    case nlohmann::json::value_t::binary:
        break;
    }
    return false;
}

} // namespace

std::optional<Value> parse(const std::string& text, std::string& error) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        // "[json.exception.parse_error.101] parse error at line 3, column 7: ...": people need the rest.
        std::string what = e.what();
        auto cut = what.find("] ");
        error = cut == std::string::npos ? what : what.substr(cut + 2);
        return std::nullopt;
    }
    Value v;
    if (!convert(doc, v, 0)) {
        error = "nesting too deep";
        return std::nullopt;
    }
    return v;
}

std::string quote(const std::string& s) {
    // Invalid UTF-8 (a file name from a foreign system) becomes U+FFFD rather than an exception.
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string number(double v) {
    if (!std::isfinite(v))
        return "null";
    char buf[32];
    // std::to_chars never consults the locale; "general" with precision 4 is printf's %.4g.
    const bool integral = std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15;
    auto r = integral ? std::to_chars(buf, buf + sizeof buf, std::round(v), std::chars_format::fixed, 0)
                      : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 4);
    std::string out(buf, r.ptr);
    return out == "-0" ? "0" : out;
}

} // namespace certphoto::core::json

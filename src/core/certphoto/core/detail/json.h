#pragma once
// A small JSON reader (for profiles) and writer helpers (for reports). std only; no external library.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace certphoto::core::json {

struct Value {
    enum class Kind { Null, Bool, Number, String, Array, Object } kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Value> array;
    std::map<std::string, Value> object;

    const Value* get(const std::string& key) const {
        auto it = object.find(key);
        return kind == Kind::Object && it != object.end() ? &it->second : nullptr;
    }
    bool isNumber() const { return kind == Kind::Number; }
    bool isString() const { return kind == Kind::String; }
    bool isArray() const { return kind == Kind::Array; }
    bool isObject() const { return kind == Kind::Object; }
};

// Parses a whole document; on error returns nullopt and sets `error` to a message with the offset.
std::optional<Value> parse(const std::string& text, std::string& error);

// Writer helpers.
std::string quote(const std::string& s); // "..." with JSON escapes
std::string number(double v);            // shortest-ish decimal; null for NaN/inf

} // namespace certphoto::core::json

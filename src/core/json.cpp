#include <certphoto/core/detail/json.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace certphoto::core::json {
namespace {

class Parser {
public:
    explicit Parser(const std::string& text) : s_(text) {}

    std::optional<Value> document(std::string& error) {
        Value v;
        if (!value(v, 0)) {
            error = error_ + " at offset " + std::to_string(pos_);
            return std::nullopt;
        }
        skipSpace();
        if (pos_ != s_.size()) {
            error = "trailing characters at offset " + std::to_string(pos_);
            return std::nullopt;
        }
        return v;
    }

private:
    bool fail(const char* what) {
        error_ = what;
        return false;
    }

    void skipSpace() {
        while (pos_ < s_.size() &&
               (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t'))
            ++pos_;
    }

    bool literal(const char* word) {
        std::string w(word);
        if (s_.compare(pos_, w.size(), w) != 0)
            return fail("unknown literal");
        pos_ += w.size();
        return true;
    }

    bool value(Value& out, int depth) {
        if (depth > 64)
            return fail("nesting too deep");
        skipSpace();
        if (pos_ >= s_.size())
            return fail("unexpected end");
        char c = s_[pos_];
        if (c == '{')
            return object(out, depth);
        if (c == '[')
            return array(out, depth);
        if (c == '"') {
            out.kind = Value::Kind::String;
            return string(out.string);
        }
        if (c == 't') {
            out.kind = Value::Kind::Bool;
            out.boolean = true;
            return literal("true");
        }
        if (c == 'f') {
            out.kind = Value::Kind::Bool;
            out.boolean = false;
            return literal("false");
        }
        if (c == 'n') {
            out.kind = Value::Kind::Null;
            return literal("null");
        }
        return numberValue(out);
    }

    bool numberValue(Value& out) {
        const char* begin = s_.c_str() + pos_;
        char* end = nullptr;
        double v = std::strtod(begin, &end);
        if (end == begin)
            return fail("expected a value");
        pos_ += static_cast<std::size_t>(end - begin);
        out.kind = Value::Kind::Number;
        out.number = v;
        return true;
    }

    bool string(std::string& out) {
        ++pos_; // opening quote
        while (pos_ < s_.size()) {
            char c = s_[pos_++];
            if (c == '"')
                return true;
            if (c != '\\') {
                out.push_back(c);
                continue;
            }
            if (pos_ >= s_.size())
                break;
            char e = s_[pos_++];
            switch (e) {
            case 'n':
                out.push_back('\n');
                break;
            case 't':
                out.push_back('\t');
                break;
            case 'r':
                out.push_back('\r');
                break;
            case 'b':
                out.push_back('\b');
                break;
            case 'f':
                out.push_back('\f');
                break;
            case 'u': {
                if (pos_ + 4 > s_.size())
                    return fail("bad \\u escape");
                unsigned code = static_cast<unsigned>(std::strtoul(s_.substr(pos_, 4).c_str(), nullptr, 16));
                pos_ += 4;
                // Basic Multilingual Plane only: profiles hold titles, not emoji.
                if (code < 0x80) {
                    out.push_back(static_cast<char>(code));
                } else if (code < 0x800) {
                    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
                    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
                } else {
                    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
                    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
                    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
                }
                break;
            }
            default:
                out.push_back(e);
            }
        }
        return fail("unterminated string");
    }

    bool array(Value& out, int depth) {
        out.kind = Value::Kind::Array;
        ++pos_;
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == ']') {
            ++pos_;
            return true;
        }
        while (true) {
            Value item;
            if (!value(item, depth + 1))
                return false;
            out.array.push_back(std::move(item));
            skipSpace();
            if (pos_ >= s_.size())
                return fail("unterminated array");
            if (s_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (s_[pos_] == ']') {
                ++pos_;
                return true;
            }
            return fail("expected , or ]");
        }
    }

    bool object(Value& out, int depth) {
        out.kind = Value::Kind::Object;
        ++pos_;
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == '}') {
            ++pos_;
            return true;
        }
        while (true) {
            skipSpace();
            if (pos_ >= s_.size() || s_[pos_] != '"')
                return fail("expected a key");
            std::string key;
            if (!string(key))
                return false;
            skipSpace();
            if (pos_ >= s_.size() || s_[pos_] != ':')
                return fail("expected :");
            ++pos_;
            Value item;
            if (!value(item, depth + 1))
                return false;
            out.object[key] = std::move(item);
            skipSpace();
            if (pos_ >= s_.size())
                return fail("unterminated object");
            if (s_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (s_[pos_] == '}') {
                ++pos_;
                return true;
            }
            return fail("expected , or }");
        }
    }

    const std::string& s_;
    std::size_t pos_ = 0;
    std::string error_;
};

} // namespace

std::optional<Value> parse(const std::string& text, std::string& error) {
    return Parser(text).document(error);
}

std::string quote(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out.push_back(static_cast<char>(c));
            }
        }
    }
    out += '"';
    return out;
}

std::string number(double v) {
    if (!std::isfinite(v))
        return "null";
    char buf[32];
    if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

} // namespace certphoto::core::json

#pragma once
// The project's one result type: errors are values at every layer boundary (C++20 has no std::expected).
// Standard library only, so every layer (core without Qt, store, app, cli) can share it.

#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace certphoto {

// A failure that crossed a layer boundary. `code` is a stable, dotted machine id ("lease.expired",
// "db.connection", "csv.encoding"); `message` is for people (UTF-8) and never carries personal data in clear.
struct Error {
    std::string code;
    std::string message;
    // The batch entry (counted from 0) the failure is about, when it is one entry's: the caller names it in
    // its own terms (a manifest line, a file), so the message need not be parsed again.
    std::optional<std::size_t> entry;
};

template <class T> class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

// Result<void>: success carries nothing.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {}

    bool ok() const noexcept { return !failed_; }
    explicit operator bool() const noexcept { return ok(); }
    const Error& error() const { return error_; }

private:
    Error error_;
    bool failed_ = false;
};

inline Error makeError(std::string code, std::string message) {
    return Error{std::move(code), std::move(message), std::nullopt};
}

} // namespace certphoto

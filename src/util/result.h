// Result<T>: a value or an Error, returned across module borders instead of
// throwing. Library exceptions (nlohmann_json, std::filesystem...) are caught at
// the edge of the module that calls the library and turned into an Error.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace signpost {

// What went wrong and where: `where` is a JSON path ("/sessions/3/start"),
// a file name, a session id or a URL; `what` is the reason in plain words.
struct Error {
    std::string where;
    std::string what;

    std::string to_string() const { return where.empty() ? what : where + ": " + what; }
};

template <typename T>
class [[nodiscard]] Result {
  public:
    Result(T value) : data_(std::move(value)) {}      // NOLINT: implicit by design
    Result(Error error) : data_(std::move(error)) {}  // NOLINT: implicit by design

    bool ok() const { return data_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(data_); }
    const T& value() const& { return std::get<0>(data_); }
    T&& value() && { return std::get<0>(std::move(data_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(data_); }

  private:
    std::variant<T, Error> data_;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
  public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT

    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return error_; }

  private:
    Error error_;
    bool failed_ = false;
};

inline Result<void> ok() {
    return {};
}

}  // namespace signpost

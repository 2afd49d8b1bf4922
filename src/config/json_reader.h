// Reading a JSON document into structs while collecting every problem instead
// of stopping at the first: each read names its JSON path (RFC 6901 pointer,
// "/display/rotation"), and an object's reader reports the keys it does not
// know. Used by the config loader; nlohmann_json stays inside this module.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/localized_text.h"
#include "util/json_pointer.h"
#include "util/result.h"

namespace signpost {

// Errors make the file unusable; warnings are said and the file is used.
struct Problems {
    std::vector<Error> errors;
    std::vector<Error> warnings;

    void error(std::string where, std::string what) {
        errors.push_back({std::move(where), std::move(what)});
    }
    void warning(std::string where, std::string what) {
        warnings.push_back({std::move(where), std::move(what)});
    }
};

// Paths are JSON Pointers built with util/json_pointer.h (json_pointer_child).

// One JSON object with a fixed set of allowed keys. The constructor reports a
// value that is not an object ("must be an object, not an array") and every key
// outside `allowed` ("unknown key; did you mean ...?"), so a misspelt key is
// never silently ignored.
class ObjectReader {
  public:
    ObjectReader(const nlohmann::json& value, std::string path,
                 std::initializer_list<std::string_view> allowed, Problems& problems);

    bool is_object() const { return object_ != nullptr; }
    const std::string& path() const { return path_; }
    std::string path(std::string_view key) const { return json_pointer_child(path_, key); }

    // The value under `key`, or nullptr when absent (or when this is not an object).
    const nlohmann::json* get(std::string_view key) const;
    // Like get(), but an absent key is an error ("is required").
    const nlohmann::json* require(std::string_view key) const;

  private:
    const nlohmann::json* object_ = nullptr;
    std::string path_;
    Problems& problems_;
};

// Typed reads: each returns nullopt and records an error at `path` when the
// value has the wrong type or is out of range. Messages say what was expected.
std::optional<std::string> read_string(const nlohmann::json& v, const std::string& path,
                                       Problems& p);
// A string that must not be empty (nor only spaces).
std::optional<std::string> read_nonempty_string(const nlohmann::json& v, const std::string& path,
                                                Problems& p);
std::optional<bool> read_bool(const nlohmann::json& v, const std::string& path, Problems& p);
// The value as a whole number: integers, and numbers written with a zero
// fraction (15.0), as JSON Schema's "integer" counts them. nullopt for any other
// value, including whole numbers beyond int64.
std::optional<int64_t> as_whole_number(const nlohmann::json& v);
// A whole number (as above) in [min, max]; `unit` ("seconds", "bytes") is named in the range
// message.
std::optional<int64_t> read_integer(const nlohmann::json& v, const std::string& path, Problems& p,
                                    int64_t min, int64_t max, std::string_view unit = {});
// A list of non-empty strings; a bad element is reported at its own index and skipped.
std::optional<std::vector<std::string>> read_string_list(const nlohmann::json& v,
                                                         const std::string& path, Problems& p);
// A human text: a non-empty string, or an object from language tag to non-empty string.
std::optional<LocalizedText> read_localized_text(const nlohmann::json& v, const std::string& path,
                                                 Problems& p);

// A value the file wrote, for a message: in double quotes, JSON-escaped (so a
// control character cannot reach a terminal raw), and cut after 80 bytes at a
// character boundary, since a message should not repeat a megabyte of input.
std::string quote_value(std::string_view text);
// A value for "..., not X": numbers, true/false and null as written, strings
// quote_value(), lists and objects by kind only (they may be huge or deep).
std::string describe_value(const nlohmann::json& v);

// "ko", "en", "en-GB", "zh-Hant-TW", "ko_KR": letters first, then subtags of
// letters and digits after '-' or '_' (LocalizedText matches both separators).
bool is_language_tag(std::string_view tag);

}  // namespace signpost

#include "feed/json_fields.h"

#include <limits>

#include "feed/feed_sniff.h"
#include "feed/json_text.h"

namespace signpost {
namespace {

Error missing(std::string_view key) {
    return Error{std::string(key), "missing"};
}

Error wrong_type(std::string_view key, std::string_view wanted, const Json& value) {
    return Error{std::string(key), "must be " + std::string(wanted) + ", not " + json_kind(value)};
}

// Reads an instant from a member known to be present.
Result<Instant> instant_from(const Json& value, std::string_view key) {
    if (!value.is_string()) {
        return wrong_type(key, "a string with an ISO 8601 time", value);
    }
    const auto& text = value.get_ref<const std::string&>();
    if (auto t = parse_iso8601(text)) {
        return *t;
    }
    if (parse_iso8601(text + "Z")) {
        return Error{std::string(key), quoted_value(text) +
                                           " has no UTC offset: write it as e.g. "
                                           "2025-10-25T09:00:00+09:00 or in UTC with a Z"};
    }
    return Error{std::string(key), quoted_value(text) +
                                       " is not an ISO 8601 time (YYYY-MM-DDTHH:MM[:SS]"
                                       " with Z or a UTC offset)"};
}

}  // namespace

const Json* json_member(const Json& object, std::string_view key) {
    if (!object.is_object()) {
        return nullptr;
    }
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        return nullptr;
    }
    return &*it;
}

std::string json_kind(const Json& value) {
    switch (value.type()) {
        case Json::value_t::null:
            return "null";
        case Json::value_t::object:
            return "an object";
        case Json::value_t::array:
            return "an array";
        case Json::value_t::string:
            return "a string";
        case Json::value_t::boolean:
            return "a boolean";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
            return "an integer";
        case Json::value_t::number_float:
            return "a number";
        case Json::value_t::binary:
            return "binary data";
        case Json::value_t::discarded:
            break;
    }
    return "an invalid value";
}

std::string quoted_value(std::string_view value) {
    return "\"" + body_preview(value, 60) + "\"";
}

Result<std::string> read_required_string(const Json& object, std::string_view key) {
    const Json* value = json_member(object, key);
    if (!value) {
        return missing(key);
    }
    if (!value->is_string()) {
        return wrong_type(key, "a string", *value);
    }
    const auto& text = value->get_ref<const std::string&>();
    if (text.empty()) {
        return Error{std::string(key), "is empty"};
    }
    return text;
}

Result<std::optional<std::string>> read_optional_string(const Json& object, std::string_view key) {
    const Json* value = json_member(object, key);
    if (!value) {
        return std::optional<std::string>{};
    }
    if (!value->is_string()) {
        return wrong_type(key, "a string", *value);
    }
    return std::optional<std::string>{value->get_ref<const std::string&>()};
}

Result<LocalizedText> read_optional_text(const Json& object, std::string_view key) {
    const Json* value = json_member(object, key);
    if (!value) {
        return LocalizedText{};
    }
    auto text = localized_text_from_json(*value);
    if (!text) {
        return Error{std::string(key) + text.error().where, text.error().what};
    }
    return text;
}

Result<LocalizedText> read_required_text(const Json& object, std::string_view key) {
    if (!json_member(object, key)) {
        return missing(key);
    }
    auto text = read_optional_text(object, key);
    if (text && text_is_blank(*text)) {
        return Error{std::string(key), "is empty"};
    }
    return text;
}

Result<Instant> read_required_instant(const Json& object, std::string_view key) {
    const Json* value = json_member(object, key);
    if (!value) {
        return missing(key);
    }
    return instant_from(*value, key);
}

Result<std::optional<Instant>> read_optional_instant(const Json& object, std::string_view key) {
    const Json* value = json_member(object, key);
    if (!value) {
        return std::optional<Instant>{};
    }
    auto t = instant_from(*value, key);
    if (!t) {
        return t.error();
    }
    return std::optional<Instant>{*t};
}

Result<std::optional<bool>> read_optional_bool(const Json& object, std::string_view key) {
    const Json* value = json_member(object, key);
    if (!value) {
        return std::optional<bool>{};
    }
    if (!value->is_boolean()) {
        return wrong_type(key, "true or false", *value);
    }
    return std::optional<bool>{value->get<bool>()};
}

Result<std::optional<int>> read_optional_count(const Json& object, std::string_view key) {
    const Json* value = json_member(object, key);
    if (!value) {
        return std::optional<int>{};
    }
    constexpr auto kMax = static_cast<uint64_t>(std::numeric_limits<int>::max());
    if (value->is_number_unsigned()) {
        const auto n = value->get<uint64_t>();
        if (n > kMax) {
            return Error{std::string(key), "is too large"};
        }
        return std::optional<int>{static_cast<int>(n)};
    }
    if (value->is_number_integer()) {
        const auto n = value->get<int64_t>();
        if (n < 0) {
            return Error{std::string(key), "must not be negative"};
        }
        if (static_cast<uint64_t>(n) > kMax) {
            return Error{std::string(key), "is too large"};
        }
        return std::optional<int>{static_cast<int>(n)};
    }
    return wrong_type(key, "a whole number", *value);
}

Result<std::vector<std::string>> read_optional_string_list(const Json& object,
                                                           std::string_view key) {
    std::vector<std::string> out;
    const Json* value = json_member(object, key);
    if (!value) {
        return out;
    }
    if (!value->is_array()) {
        return wrong_type(key, "an array of strings", *value);
    }
    out.reserve(value->size());
    for (size_t i = 0; i < value->size(); ++i) {
        const Json& item = (*value)[i];
        if (!item.is_string()) {
            return wrong_type(std::string(key) + "/" + std::to_string(i), "a string", item);
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

}  // namespace signpost

#include "config/json_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace signpost {
namespace {

using nlohmann::json;

std::string type_name(const json& v) {
    if (v.is_number_integer()) {
        return "a whole number";
    }
    if (v.is_number()) {
        return "a number";
    }
    if (v.is_string()) {
        return "a string";
    }
    if (v.is_boolean()) {
        return "true/false";
    }
    if (v.is_object()) {
        return "an object";
    }
    if (v.is_array()) {
        return "a list";
    }
    return "null";
}

void wrong_type(const json& v, const std::string& path, std::string_view expected, Problems& p) {
    p.error(path, "must be " + std::string(expected) + ", not " + type_name(v));
}

// Levenshtein distance, for "did you mean" on misspelt keys (keys are short).
size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t above = row[j];
            size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string unknown_key_message(std::string_view key,
                                std::initializer_list<std::string_view> allowed) {
    std::string_view best;
    size_t best_distance = std::numeric_limits<size_t>::max();
    for (std::string_view candidate : allowed) {
        size_t d = edit_distance(key, candidate);
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    // Two edits catch typos ("langauges", "poll_second"); a known key that
    // starts with the written one catches shortenings ("dwell", "rotate").
    if (best.empty() || best_distance > 2) {
        for (std::string_view candidate : allowed) {
            if (key.size() >= 4 && candidate.starts_with(key.substr(0, key.size() - 1))) {
                best = candidate;
                best_distance = 0;
                break;
            }
        }
    }
    if (!best.empty() && best_distance <= 2) {
        return "unknown key; did you mean \"" + std::string(best) + "\"?";
    }
    std::string known;
    for (std::string_view candidate : allowed) {
        known += known.empty() ? "" : ", ";
        known += candidate;
    }
    return "unknown key; known keys here: " + known;
}

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace

ObjectReader::ObjectReader(const json& value, std::string path,
                           std::initializer_list<std::string_view> allowed, Problems& problems)
    : path_(std::move(path)), problems_(problems) {
    if (!value.is_object()) {
        wrong_type(value, path_, "an object", problems_);
        return;
    }
    object_ = &value;
    for (const auto& [key, unused] : value.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            problems_.error(json_pointer_child(path_, key), unknown_key_message(key, allowed));
        }
    }
}

const json* ObjectReader::get(std::string_view key) const {
    if (!object_) {
        return nullptr;
    }
    auto it = object_->find(key);
    return it == object_->end() ? nullptr : &*it;
}

const json* ObjectReader::require(std::string_view key) const {
    if (!object_) {
        return nullptr;
    }
    const json* v = get(key);
    if (!v) {
        problems_.error(json_pointer_child(path_, key), "is required");
    }
    return v;
}

std::optional<std::string> read_string(const json& v, const std::string& path, Problems& p) {
    if (!v.is_string()) {
        wrong_type(v, path, "a string", p);
        return std::nullopt;
    }
    return v.get<std::string>();
}

std::optional<std::string> read_nonempty_string(const json& v, const std::string& path,
                                                Problems& p) {
    auto s = read_string(v, path, p);
    if (s && is_blank(*s)) {
        p.error(path, "must not be empty");
        return std::nullopt;
    }
    return s;
}

std::optional<bool> read_bool(const json& v, const std::string& path, Problems& p) {
    if (!v.is_boolean()) {
        wrong_type(v, path, "true or false", p);
        return std::nullopt;
    }
    return v.get<bool>();
}

std::optional<int64_t> read_integer(const json& v, const std::string& path, Problems& p,
                                    int64_t min, int64_t max, std::string_view unit) {
    std::string range = "between " + std::to_string(min) + " and " + std::to_string(max);
    if (!unit.empty()) {
        range += " " + std::string(unit);
    }
    if (!v.is_number()) {
        wrong_type(v, path, "a whole number " + range, p);
        return std::nullopt;
    }
    auto n = as_whole_number(v);
    if (!n && v.is_number_float() && std::trunc(v.get<double>()) != v.get<double>()) {
        p.error(path, "must be a whole number " + range + ", not " + describe_value(v));
        return std::nullopt;
    }
    if (!n || *n < min || *n > max) {
        p.error(path, "must be " + range + ", not " + describe_value(v));
        return std::nullopt;
    }
    return n;
}

std::optional<int64_t> as_whole_number(const json& v) {
    if (v.is_number_unsigned()) {
        auto u = v.get<uint64_t>();
        if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
            return std::nullopt;
        }
        return static_cast<int64_t>(u);
    }
    if (v.is_number_integer()) {
        return v.get<int64_t>();
    }
    if (v.is_number_float()) {
        double d = v.get<double>();
        // 2^63 is exact in a double; anything at or beyond it does not fit.
        if (std::trunc(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
            return static_cast<int64_t>(d);
        }
    }
    return std::nullopt;
}

std::optional<std::vector<std::string>> read_string_list(const json& v, const std::string& path,
                                                         Problems& p) {
    if (!v.is_array()) {
        wrong_type(v, path, "a list of strings", p);
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (size_t i = 0; i < v.size(); ++i) {
        if (auto s = read_nonempty_string(v[i], json_pointer_child(path, i), p)) {
            out.push_back(std::move(*s));
        }
    }
    return out;
}

std::optional<LocalizedText> read_localized_text(const json& v, const std::string& path,
                                                 Problems& p) {
    if (v.is_string()) {
        auto s = read_nonempty_string(v, path, p);
        if (!s) {
            return std::nullopt;
        }
        return LocalizedText::plain(std::move(*s));
    }
    if (!v.is_object()) {
        wrong_type(v, path, "a string or an object from language tag to string", p);
        return std::nullopt;
    }
    if (v.empty()) {
        p.error(path, "must have at least one language");
        return std::nullopt;
    }
    LocalizedText text;
    bool all_good = true;
    for (const auto& [lang, value] : v.items()) {
        std::string at = json_pointer_child(path, lang);
        if (!is_language_tag(lang)) {
            p.error(at, "is not a language tag like \"ko\" or \"en-GB\"");
            all_good = false;
            continue;
        }
        if (auto s = read_nonempty_string(value, at, p)) {
            text.set(lang, std::move(*s));
        } else {
            all_good = false;
        }
    }
    if (!all_good) {
        return std::nullopt;
    }
    return text;
}

std::string quote_value(std::string_view text) {
    constexpr size_t kMaxBytes = 80;
    bool cut = text.size() > kMaxBytes;
    if (cut) {
        size_t end = kMaxBytes;
        // Back off UTF-8 continuation bytes (10xxxxxx) so no character is split.
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
            --end;
        }
        text = text.substr(0, end);
    }
    // The parser accepted only valid UTF-8, but replace rather than throw if
    // a caller passes anything else.
    std::string out = json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
    if (cut) {
        out.insert(out.size() - 1, "...");
    }
    return out;
}

std::string describe_value(const json& v) {
    if (v.is_string()) {
        return quote_value(v.get_ref<const std::string&>());
    }
    if (v.is_array()) {
        return "a list";
    }
    if (v.is_object()) {
        return "an object";
    }
    return v.dump();  // a number, true, false or null: short, and exactly as parsed
}

bool is_language_tag(std::string_view tag) {
    auto is_alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    auto is_alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    size_t i = 0;
    while (i < tag.size() && is_alpha(tag[i])) {
        ++i;
    }
    if (i < 2 || i > 8) {
        return false;
    }
    while (i < tag.size()) {
        if (tag[i] != '-' && tag[i] != '_') {
            return false;
        }
        size_t start = ++i;
        while (i < tag.size() && is_alnum(tag[i])) {
            ++i;
        }
        if (i == start || i - start > 8) {
            return false;
        }
    }
    return true;
}

}  // namespace signpost

#include "feed/cosmetic_fields.h"

#include "feed/feed_sniff.h"
#include "feed/json_text.h"

namespace signpost {

Result<LocalizedText> read_text_dropping_bad_languages(const Json& object, std::string_view key,
                                                       DroppedFields& dropped) {
    const Json* value = json_member(object, key);
    if (!value || !value->is_object()) {
        return read_optional_text(object, key);  // a string, absent, or not a text at all
    }
    LocalizedText text;
    DroppedFields bad;
    for (const auto& [lang, variant] : value->items()) {
        if (variant.is_string()) {
            text.set(lang, variant.get_ref<const std::string&>());
        } else if (!variant.is_null()) {
            bad.push_back(Error{std::string(key) + "/" + json_pointer_token(lang),
                                "must be a string, not " + json_kind(variant)});
        }
    }
    if (text.empty()) {
        // Nothing usable: the text as a whole is bad, and the caller decides.
        return bad.empty() ? Error{std::string(key), "has no language in it"} : bad.front();
    }
    dropped.insert(dropped.end(), bad.begin(), bad.end());
    return text;
}

Result<LocalizedText> read_required_text_dropping(const Json& object, std::string_view key,
                                                  DroppedFields& dropped) {
    if (!json_member(object, key)) {
        return Error{std::string(key), "missing"};
    }
    DroppedFields bad;
    auto text = read_text_dropping_bad_languages(object, key, bad);
    if (text && text_is_blank(*text)) {
        return Error{std::string(key), "is empty"};
    }
    if (text) {
        dropped.insert(dropped.end(), bad.begin(), bad.end());
    }
    return text;
}

std::vector<std::string> read_string_list_dropping(const Json& object, std::string_view key,
                                                   DroppedFields& dropped) {
    std::vector<std::string> out;
    const Json* value = json_member(object, key);
    if (!value) {
        return out;
    }
    if (!value->is_array()) {
        dropped.push_back(
            Error{std::string(key), "must be an array of strings, not " + json_kind(*value)});
        return out;
    }
    for (size_t i = 0; i < value->size(); ++i) {
        const Json& item = (*value)[i];
        if (item.is_string()) {
            out.push_back(item.get<std::string>());
        } else {
            dropped.push_back(Error{std::string(key) + "/" + std::to_string(i),
                                    "must be a string, not " + json_kind(item)});
        }
    }
    return out;
}

void report_dropped(std::string_view element_path, std::string_view kind, std::string_view id,
                    const DroppedFields& dropped, std::vector<Error>& warnings) {
    for (const Error& field : dropped) {
        std::string where(element_path);
        if (!field.where.empty()) {
            where += "/" + field.where;
        }
        if (!id.empty()) {
            where += " (" + std::string(kind) + " \"" + body_preview(id, 60) + "\")";
        }
        warnings.push_back(Error{std::move(where),
                                 field.what + " (dropped; the " + std::string(kind) + " is kept)"});
    }
}

}  // namespace signpost

#include "feed/json_text.h"

#include <nlohmann/json.hpp>

#include "feed/json_fields.h"

namespace signpost {

Result<LocalizedText> localized_text_from_json(const nlohmann::ordered_json& value) {
    if (value.is_string()) {
        return LocalizedText::plain(value.get_ref<const std::string&>());
    }
    if (!value.is_object()) {
        return Error{"", "must be a string or an object from language tag to string, not " +
                             json_kind(value)};
    }
    if (value.empty()) {
        return Error{"", "has no language in it"};
    }
    LocalizedText text;
    for (const auto& [lang, variant] : value.items()) {
        if (!variant.is_string()) {
            return Error{"/" + json_pointer_token(lang),
                         "must be a string, not " + json_kind(variant)};
        }
        text.set(lang, variant.get_ref<const std::string&>());
    }
    return text;
}

bool text_is_blank(const LocalizedText& text) {
    for (const auto& [lang, variant] : text.variants()) {
        if (variant.find_first_not_of(" \t\r\n") != std::string::npos) {
            return false;
        }
    }
    return true;
}

}  // namespace signpost

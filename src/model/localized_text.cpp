#include "model/localized_text.h"

#include <cctype>

namespace signpost {
namespace {

// "ko" matches "ko", "KO", "ko-KR", "ko_KR".
bool lang_matches(std::string_view tag, std::string_view wanted) {
    if (wanted.empty() || tag.size() < wanted.size()) {
        return false;
    }
    for (size_t i = 0; i < wanted.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(tag[i])) !=
            std::tolower(static_cast<unsigned char>(wanted[i]))) {
            return false;
        }
    }
    return tag.size() == wanted.size() || tag[wanted.size()] == '-' || tag[wanted.size()] == '_';
}

const std::string& empty_string() {
    static const std::string s;
    return s;
}

}  // namespace

LocalizedText LocalizedText::plain(std::string text) {
    LocalizedText t;
    t.set("", std::move(text));
    return t;
}

void LocalizedText::set(std::string lang, std::string text) {
    for (auto& [l, v] : variants_) {
        if (l == lang) {
            v = std::move(text);
            return;
        }
    }
    variants_.emplace_back(std::move(lang), std::move(text));
}

const std::string* LocalizedText::get(std::string_view lang) const {
    for (const auto& [l, v] : variants_) {
        if (l == lang) {
            return &v;
        }
    }
    for (const auto& [l, v] : variants_) {
        if (lang_matches(l, lang)) {
            return &v;
        }
    }
    return nullptr;
}

std::pair<std::string_view, const std::string*> LocalizedText::pick_with_lang(
    std::span<const std::string> order) const {
    for (const auto& want : order) {
        for (const auto& [l, v] : variants_) {
            if (l == want || lang_matches(l, want)) {
                return {want, &v};
            }
        }
    }
    for (const auto& [l, v] : variants_) {
        if (l.empty()) {
            return {"", &v};
        }
    }
    if (!variants_.empty()) {
        return {variants_.front().first, &variants_.front().second};
    }
    return {"", &empty_string()};
}

const std::string& LocalizedText::pick(std::span<const std::string> order) const {
    return *pick_with_lang(order).second;
}

}  // namespace signpost

// A human text in one or more languages: {"en": "Opening keynote", "ko": "개막 기조연설"}
// or a plain string (stored with an empty language tag).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace signpost {

class LocalizedText {
  public:
    LocalizedText() = default;
    static LocalizedText plain(std::string text);

    // Adds a variant; a later one with the same tag replaces the earlier.
    void set(std::string lang, std::string text);

    bool empty() const { return variants_.empty(); }
    const std::vector<std::pair<std::string, std::string>>& variants() const { return variants_; }

    // The text in this language: the exact tag first, else one that matches
    // without case or by primary subtag ("ko-KR" serves "ko"); or nullptr.
    const std::string* get(std::string_view lang) const;

    // The first language of `order` that the text has; else the plain (untagged)
    // text; else the first variant; else "". Tags compare case-insensitively and
    // by primary subtag ("ko-KR" serves "ko").
    const std::string& pick(std::span<const std::string> order) const;

    // Like pick, but says which language was chosen ("" for plain/fallback).
    std::pair<std::string_view, const std::string*> pick_with_lang(
        std::span<const std::string> order) const;

  private:
    std::vector<std::pair<std::string, std::string>> variants_;
};

}  // namespace signpost

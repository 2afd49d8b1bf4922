#include "feed/feed_sniff.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace signpost {
namespace {

bool is_json_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) {
        return false;
    }
    for (size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) {
            return false;
        }
    }
    return true;
}

size_t find_nocase(std::string_view text, std::string_view lower_needle, size_t from = 0) {
    for (size_t i = from; i + lower_needle.size() <= text.size(); ++i) {
        if (starts_with_nocase(text.substr(i), lower_needle)) {
            return i;
        }
    }
    return std::string_view::npos;
}

// Moves `pos` past the JSON string that starts at bytes[pos] == '"'. Returns
// false if the document ends inside it.
bool skip_string(std::string_view bytes, size_t& pos) {
    for (++pos; pos < bytes.size(); ++pos) {
        if (bytes[pos] == '\\') {
            ++pos;
        } else if (bytes[pos] == '"') {
            ++pos;
            return true;
        }
    }
    return false;
}

// Moves `pos` past one JSON value (scalar, or a whole array/object counted by
// depth). Not a validator: it only has to find where the value ends.
bool skip_value(std::string_view bytes, size_t& pos) {
    size_t depth = 0;
    while (pos < bytes.size()) {
        const char c = bytes[pos];
        if (c == '"') {
            if (!skip_string(bytes, pos)) {
                return false;
            }
            if (depth == 0) {
                return true;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                return true;  // the end of the enclosing object: an empty value
            }
            if (--depth == 0) {
                ++pos;
                return true;
            }
        } else if (depth == 0 && (c == ',' || is_json_space(c))) {
            return true;  // the end of a scalar
        }
        ++pos;
    }
    return depth == 0;
}

void skip_space(std::string_view bytes, size_t& pos) {
    while (pos < bytes.size() && is_json_space(bytes[pos])) {
        ++pos;
    }
}

}  // namespace

std::string_view content_start(std::string_view bytes) {
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (bytes.substr(0, kBom.size()) == kBom) {
        bytes.remove_prefix(kBom.size());
    }
    while (!bytes.empty() &&
           (is_json_space(bytes.front()) || bytes.front() == '\f' || bytes.front() == '\v')) {
        bytes.remove_prefix(1);
    }
    return bytes;
}

std::optional<std::string> html_page_title(std::string_view bytes) {
    const std::string_view start = content_start(bytes);
    // An XML feed also starts with '<', so only tags that belong to HTML count.
    static constexpr std::array<std::string_view, 5> kHtmlStarts{"<!doctype html", "<html", "<head",
                                                                 "<body", "<title"};
    const bool html = std::any_of(kHtmlStarts.begin(), kHtmlStarts.end(), [&](std::string_view p) {
        if (!starts_with_nocase(start, p)) {
            return false;
        }
        // "<html" must not be the start of "<htmlfoo": the next byte ends the name.
        const char next = start.size() > p.size() ? start[p.size()] : '>';
        return !std::isalnum(static_cast<unsigned char>(next)) && next != '-' && next != '_';
    });
    if (!html) {
        return std::nullopt;
    }
    const std::string_view head = start.substr(0, 8192);
    std::string title;
    const size_t open = find_nocase(head, "<title");
    if (open != std::string_view::npos) {
        const size_t text_begin = head.find('>', open);
        const size_t text_end = find_nocase(head, "</title", open);
        if (text_begin != std::string_view::npos && text_end != std::string_view::npos &&
            text_begin < text_end) {
            std::string_view text = head.substr(text_begin + 1, text_end - text_begin - 1);
            while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
                text.remove_prefix(1);
            }
            while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
                text.remove_suffix(1);
            }
            title = body_preview(text, 80);
        }
    }
    return title;
}

bool json_has_top_level_key(std::string_view bytes, std::initializer_list<std::string_view> keys) {
    const std::string_view doc = content_start(bytes);
    const size_t offset = static_cast<size_t>(doc.data() - bytes.data());
    size_t pos = offset;
    if (pos >= bytes.size() || bytes[pos] != '{') {
        return false;
    }
    ++pos;
    while (true) {
        skip_space(bytes, pos);
        if (pos >= bytes.size() || bytes[pos] != '"') {
            return false;  // '}' (no more keys) or not JSON
        }
        const size_t key_begin = pos + 1;
        if (!skip_string(bytes, pos)) {
            return false;
        }
        const std::string_view found = bytes.substr(key_begin, pos - 1 - key_begin);
        if (std::find(keys.begin(), keys.end(), found) != keys.end()) {
            return true;
        }
        skip_space(bytes, pos);
        if (pos >= bytes.size() || bytes[pos] != ':') {
            return false;
        }
        ++pos;
        skip_space(bytes, pos);
        if (!skip_value(bytes, pos)) {
            return false;
        }
        skip_space(bytes, pos);
        if (pos >= bytes.size() || bytes[pos] != ',') {
            return false;
        }
        ++pos;
    }
}

std::string body_preview(std::string_view bytes, size_t max_bytes) {
    std::string out;
    bool space = false;
    size_t i = 0;
    for (; i < bytes.size() && out.size() < max_bytes; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 || c == 0x7F) {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += static_cast<char>(c);
    }
    // Drop a multi-byte character cut by the limit, so the message stays UTF-8.
    if (i < bytes.size()) {
        size_t keep = out.size();
        size_t back = keep;
        while (back > 0 && (static_cast<unsigned char>(out[back - 1]) & 0xC0) == 0x80) {
            --back;
        }
        if (back > 0 && static_cast<unsigned char>(out[back - 1]) >= 0xC0) {
            const auto lead = static_cast<unsigned char>(out[back - 1]);
            const size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            if (keep - (back - 1) < need) {
                out.resize(back - 1);
            }
        }
        out += "…";
    }
    return out;
}

}  // namespace signpost

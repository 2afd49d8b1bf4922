#include "feed/import_text.h"

#include "util/utf8.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <utility>
#include <vector>

namespace signpost {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// A run of 1..max_digits digits as a number; nullopt for anything else.
std::optional<long> read_number(std::string_view text, size_t max_digits) {
    if (text.empty() || text.size() > max_digits) {
        return std::nullopt;
    }
    long v = 0;
    for (char c : text) {
        if (!is_digit(c)) {
            return std::nullopt;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

std::vector<std::string_view> split(std::string_view text, char sep) {
    std::vector<std::string_view> parts;
    size_t from = 0;
    while (true) {
        const size_t at = text.find(sep, from);
        parts.push_back(text.substr(from, at == std::string_view::npos ? text.npos : at - from));
        if (at == std::string_view::npos) {
            return parts;
        }
        from = at + 1;
    }
}

// [H]H:MM[:SS] -> hours, minutes, seconds with minutes and seconds < 60.
std::optional<std::array<long, 3>> read_hms(std::string_view text, size_t max_hour_digits) {
    const std::string trimmed = trim(text);
    const auto parts = split(trimmed, ':');
    if (parts.size() < 2 || parts.size() > 3) {
        return std::nullopt;
    }
    std::array<long, 3> hms{0, 0, 0};
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0 && parts[i].size() != 2) {
            return std::nullopt;  // minutes and seconds have two digits
        }
        const auto v = read_number(parts[i], i == 0 ? max_hour_digits : 2);
        if (!v || (i > 0 && *v >= 60)) {
            return std::nullopt;
        }
        hms[i] = *v;
    }
    return hms;
}

// The entities that abstracts actually use; others stay as written.
constexpr std::array<std::pair<std::string_view, uint32_t>, 22> kEntities{{
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},      {"apos", '\''},
    {"nbsp", ' '},     {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},  {"laquo", 0xAB},
    {"raquo", 0xBB},   {"copy", 0xA9},    {"reg", 0xAE},     {"trade", 0x2122},  {"euro", 0x20AC},
    {"middot", 0xB7},  {"bull", 0x2022},
}};

// Decodes the entity at text[pos] == '&' into out; returns the length read,
// or 0 when it is not a well-formed entity (the '&' is then kept).
size_t decode_entity(std::string_view text, size_t pos, std::string& out) {
    // Only the next few bytes: a text full of '&' and no ';' stays linear.
    const size_t semi = text.substr(0, pos + 14).find(';', pos);
    if (semi == std::string_view::npos || semi == pos + 1) {
        return 0;
    }
    const std::string_view body = text.substr(pos + 1, semi - pos - 1);
    if (body[0] == '#') {
        const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        const std::string_view digits = body.substr(hex ? 2 : 1);
        if (digits.empty()) {
            return 0;
        }
        uint32_t cp = 0;
        for (char c : digits) {
            const int v = is_digit(c)                   ? c - '0'
                          : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                        : -1;
            if (v < 0 || cp > 0x10FFFF) {
                return 0;
            }
            cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
        }
        append_utf8(out, cp == 0 ? 0xFFFD : cp);  // "&#0;" is no character
        return semi - pos + 1;
    }
    for (const auto& [name, cp] : kEntities) {
        if (name == body) {
            append_utf8(out, cp);
            return semi - pos + 1;
        }
    }
    return 0;
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

bool is_block_tag(std::string_view name) {
    static constexpr std::array<std::string_view, 16> kBlocks{
        "p",  "div", "ul", "ol",    "h1",  "h2",         "h3",      "h4",
        "h5", "h6",  "tr", "table", "pre", "blockquote", "section", "hr"};
    for (auto b : kBlocks) {
        if (b == name) {
            return true;
        }
    }
    return false;
}

// '<' followed by a letter, '/' or '!' somewhere, with a '>' after it.
bool looks_like_html(std::string_view text) {
    const size_t last_gt = text.rfind('>');
    if (last_gt == std::string_view::npos) {
        return false;
    }
    for (size_t i = text.find('<'); i < last_gt; i = text.find('<', i + 1)) {
        const char next = text[i + 1];
        if (std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!') {
            return true;
        }
    }
    return false;
}

// The first "</name" at or after `from`, in any case; npos if none. Scans
// once, so many <script> tags stay linear.
size_t find_closing_tag(std::string_view text, size_t from, std::string_view name) {
    for (size_t i = text.find("</", from); i != std::string_view::npos;
         i = text.find("</", i + 2)) {
        if (lower_ascii(text.substr(i + 2, name.size())) == name) {
            return i;
        }
    }
    return std::string_view::npos;
}

// Collapses spaces inside each line, trims lines, keeps at most one empty
// line between paragraphs, trims the whole.
std::string tidy_lines(std::string_view raw) {
    std::string out;
    int pending_newlines = 0;
    bool pending_space = false;
    for (char c : raw) {
        if (c == '\n') {
            ++pending_newlines;
            pending_space = false;
        } else if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
            pending_space = true;
        } else {
            if (!out.empty()) {
                if (pending_newlines > 0) {
                    out.append(pending_newlines > 1 ? "\n\n" : "\n");
                } else if (pending_space) {
                    out += ' ';
                }
            }
            pending_newlines = 0;
            pending_space = false;
            out += c;
        }
    }
    return out;
}

}  // namespace

std::string trim(std::string_view text) {
    while (!text.empty() && is_space(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && is_space(text.back())) {
        text.remove_suffix(1);
    }
    return std::string(text);
}

std::optional<Seconds> parse_clock_duration(std::string_view text) {
    const auto hms = read_hms(text, 3);
    if (!hms) {
        return std::nullopt;
    }
    return Seconds{(*hms)[0] * 3600 + (*hms)[1] * 60 + (*hms)[2]};
}

std::optional<Seconds> parse_clock_time(std::string_view text) {
    const auto hms = read_hms(text, 2);
    if (!hms || (*hms)[0] >= 24) {
        return std::nullopt;
    }
    return Seconds{(*hms)[0] * 3600 + (*hms)[1] * 60 + (*hms)[2]};
}

std::optional<Seconds> parse_iso8601_duration(std::string_view text) {
    const std::string t = trim(text);
    if (t.size() < 3 || t[0] != 'P') {
        return std::nullopt;
    }
    long total = 0;
    bool in_time = false;
    bool any = false;
    long number = -1;
    bool skipping_fraction = false;
    for (size_t i = 1; i < t.size(); ++i) {
        const char c = t[i];
        if (is_digit(c)) {
            if (!skipping_fraction) {
                number = (number < 0 ? 0 : number) * 10 + (c - '0');
                if (number > 100000000) {
                    return std::nullopt;
                }
            }
            continue;
        }
        if ((c == '.' || c == ',') && number >= 0 && in_time) {
            skipping_fraction = true;  // whole seconds are enough for a schedule
            continue;
        }
        if (c == 'T' && !in_time && number < 0) {
            in_time = true;
            continue;
        }
        if (number < 0) {
            return std::nullopt;
        }
        long unit = 0;
        if (!in_time) {
            unit = c == 'W' ? 7 * 86400 : c == 'D' ? 86400 : 0;  // years/months: not a length
        } else {
            unit = c == 'H' ? 3600 : c == 'M' ? 60 : c == 'S' ? 1 : 0;
        }
        if (unit == 0 || (skipping_fraction && c != 'S')) {
            return std::nullopt;
        }
        total += number * unit;
        number = -1;
        skipping_fraction = false;
        any = true;
    }
    if (!any || number >= 0) {
        return std::nullopt;
    }
    return Seconds{total};
}

std::optional<CalendarDate> parse_calendar_date(std::string_view text) {
    const std::string t = trim(text);
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') {
        return std::nullopt;
    }
    auto y = read_number(std::string_view(t).substr(0, 4), 4);
    auto m = read_number(std::string_view(t).substr(5, 2), 2);
    auto d = read_number(std::string_view(t).substr(8, 2), 2);
    if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1) {
        return std::nullopt;
    }
    static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
    const int days = *m == 2 && !leap ? 28 : kDays[static_cast<size_t>(*m - 1)];
    if (*d > days) {
        return std::nullopt;
    }
    return CalendarDate{static_cast<int>(*y), static_cast<unsigned>(*m), static_cast<unsigned>(*d)};
}

std::string strip_html(std::string_view html) {
    const bool tags = looks_like_html(html);
    // Past the last '>' no '<' can open a tag; knowing it keeps a text full of
    // '<' linear.
    const size_t last_gt = html.rfind('>');
    std::string raw;
    raw.reserve(html.size());
    for (size_t i = 0; i < html.size();) {
        const char c = html[i];
        if (c == '<' && tags && i < last_gt) {
            if (html.substr(i, 4) == "<!--") {
                const size_t end = html.find("-->", i + 4);
                i = end == std::string_view::npos ? html.size() : end + 3;
                continue;
            }
            size_t name_begin = i + 1;
            const bool closing = name_begin < html.size() && html[name_begin] == '/';
            name_begin += closing ? 1 : 0;
            size_t name_end = name_begin;
            while (name_end < html.size() &&
                   std::isalnum(static_cast<unsigned char>(html[name_end]))) {
                ++name_end;
            }
            // Looked for only after a name: "<<<<" must not scan ahead each time.
            const size_t close =
                name_end == name_begin ? std::string_view::npos : html.find('>', name_end);
            if (close == std::string_view::npos) {
                raw += c;  // a lone '<' ("a < b"), not a tag
                ++i;
                continue;
            }
            const std::string name = lower_ascii(html.substr(name_begin, name_end - name_begin));
            i = close + 1;
            if (!closing && (name == "script" || name == "style")) {
                const size_t end = find_closing_tag(html, i, name);
                i = end == std::string_view::npos ? html.size() : html.find('>', end);
                i = i == std::string_view::npos ? html.size() : i + 1;
            } else if (name == "br") {
                raw += '\n';
            } else if (name == "li") {
                raw += closing ? "" : "\n• ";
            } else if (is_block_tag(name)) {
                raw += "\n\n";
            }
            continue;
        }
        if (c == '&') {
            if (const size_t used = decode_entity(html, i, raw)) {
                i += used;
                continue;
            }
        }
        if (c == '\r') {
            // CR LF and lone CR are line ends; in HTML every line end is a space.
            raw += tags ? ' ' : '\n';
            i += (i + 1 < html.size() && html[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        raw += (c == '\n' && tags) ? ' ' : c;
        ++i;
    }
    return tidy_lines(raw);
}

}  // namespace signpost

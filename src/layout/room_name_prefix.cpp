#include "layout/room_name_prefix.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace signpost::layout_detail {
namespace {

constexpr std::string_view kSeparators[] = {" - ", " – ", " — ", ": ", " | ", " / ", " · "};
// A group's start may end at a colon without a space ("Assembly:Chaos West").
constexpr std::string_view kGroupSeparators[] = {": ",  ":",   " - ", " – ",
                                                 " — ", " | ", " / ", " · "};

// The first of `separators` in `name` at or after `from` (the longer where
// two start at the same place: ": " before ":"); npos when there is none.
struct SeparatorAt {
    size_t at = std::string_view::npos;
    size_t size = 0;
};

SeparatorAt first_separator(std::string_view name, std::span<const std::string_view> separators,
                            size_t from = 0) {
    SeparatorAt out;
    for (const std::string_view sep : separators) {
        const size_t i = name.find(sep, from);
        if (i < out.at || (i == out.at && i != std::string_view::npos && sep.size() > out.size)) {
            out = {i, sep.size()};
        }
    }
    return out;
}

// The start all of `names` share, up to and with the last of `separators`
// in it ("CCIB - ", not "CCIB - P"; "Room 1" and "Room 2" share none); 0
// where a name would be left with nothing.
size_t common_start(const std::vector<std::string>& names,
                    std::span<const std::string_view> separators) {
    if (names.empty()) {
        return 0;
    }
    size_t common = names.front().size();
    for (const std::string& n : names) {
        size_t i = 0;
        while (i < common && i < n.size() && n[i] == names.front()[i]) {
            ++i;
        }
        common = i;
    }
    const std::string_view shared = std::string_view(names.front()).substr(0, common);
    size_t end = 0;
    for (const std::string_view sep : separators) {
        for (size_t at = shared.find(sep); at != std::string_view::npos;
             at = shared.find(sep, at + 1)) {
            end = std::max(end, at + sep.size());
        }
    }
    for (const std::string& n : names) {
        if (n.find_first_not_of(' ', end) == std::string::npos) {
            return 0;  // a name that is the prefix alone
        }
    }
    return end;
}

// The start the names of `rooms` (at least two) all share, up to and with a
// separator; 0 as shared_name_prefix says.
size_t shared_prefix_of(const PageContext& pc, const Venue& venue,
                        const std::vector<size_t>& rooms) {
    if (rooms.size() < 2) {
        return 0;
    }
    std::vector<std::string> names;
    for (size_t r : rooms) {
        Bilingual name = pc.pick(venue.rooms[r].name);
        if (!name.secondary.empty()) {
            return 0;  // a translation would keep the prefix (or its own)
        }
        names.push_back(std::move(name.primary));
    }
    return common_start(names, kSeparators);
}

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

// A floor label's number: "2", "B1" (-1) and "-1" as floor_number reads them,
// and a floor word or its letter before one ("P1", "L2", "Level 2", "OG 1",
// "Floor -1"), the ways venues and feeds write a floor in a room's name.
// None for anything else: "Hall 2" is a hall, not a floor.
std::optional<int> floor_key(std::string_view label) {
    if (std::optional<int> n = floor_number(label)) {
        return n;
    }
    if (!label.empty() && label.front() == '-') {
        if (std::optional<int> n = floor_number(label.substr(1)); n && *n > 0) {
            return -*n;
        }
        return std::nullopt;
    }
    size_t letters = 0;
    while (letters < label.size() && std::isalpha(static_cast<unsigned char>(label[letters]))) {
        ++letters;
    }
    static constexpr std::string_view kFloorWords[] = {
        "p",     "l",     "f",     "e",    "fl",     "lvl",   "og",     "ug",    "level",
        "floor", "etage", "stock", "piso", "planta", "nivel", "niveau", "ebene", "storey"};
    const std::string_view word = label.substr(0, letters);
    if (word.empty() ||
        std::none_of(std::begin(kFloorWords), std::end(kFloorWords),
                     [&](std::string_view w) { return same_ignoring_case(w, word); })) {
        return std::nullopt;
    }
    std::string_view number = label.substr(letters);
    if (!number.empty() && (number.front() == ' ' || number.front() == '.')) {
        number.remove_prefix(1);
    }
    if (number.empty() || number.front() == 'B' || number.front() == 'b') {
        return std::nullopt;  // "P" alone; "LB1" is no floor anyone writes
    }
    if (number.front() == '-') {
        std::optional<int> n = floor_number(number.substr(1));
        return n && *n > 0 ? std::optional<int>{-*n} : std::nullopt;
    }
    return floor_number(number);
}

}  // namespace

size_t floor_name_prefix(std::string_view name, std::string_view floor) {
    if (floor.empty()) {
        return 0;
    }
    const auto [at, sep_size] = first_separator(name, kSeparators);
    if (at == std::string_view::npos || at == 0 || at > 16 ||
        name.find_first_not_of(' ', at + sep_size) == std::string_view::npos) {
        return 0;
    }
    const std::string_view start = name.substr(0, at);
    const std::optional<int> key = floor_key(start);
    const bool names_floor = same_ignoring_case(start, floor) || (key && key == floor_key(floor));
    return names_floor ? at + sep_size : 0;
}

// A start longer than this is a name, not a kind of room.
constexpr size_t kMaxGroupStart = 24;

size_t group_start(std::string_view name) {
    const auto [at, size] = first_separator(name, kGroupSeparators);
    if (at == std::string_view::npos || at == 0 || at > kMaxGroupStart ||
        name.find_first_not_of(' ', at + size) == std::string_view::npos) {
        return 0;
    }
    return at + size;
}

size_t group_prefix(const std::vector<std::string>& names) {
    return common_start(names, kGroupSeparators);
}

size_t prefix_before_floor(std::string_view name, size_t prefix, std::string_view floor) {
    prefix = std::min(prefix, name.size());
    // Each part after the first, however long the one before it ("CCIB -
    // Centre de Convencions Internacional de Barcelona - P1 - Room 111").
    for (size_t at = group_start(name); at > 0 && at < prefix;) {
        if (floor_name_prefix(name.substr(at), floor) > 0) {
            return at;
        }
        const SeparatorAt next = first_separator(name, kGroupSeparators, at);
        at = next.at == std::string_view::npos ? prefix : next.at + next.size;
    }
    return prefix;
}

size_t group_start_length(std::string_view name, size_t prefix, std::string_view floor,
                          bool floor_beside) {
    const size_t start = prefix_before_floor(name, prefix, floor);
    return start + (floor_beside ? floor_name_prefix(name.substr(start), floor) : 0);
}

std::string group_heading(std::string_view start) {
    for (const std::string_view sep : kGroupSeparators) {
        if (start.ends_with(sep)) {
            start.remove_suffix(sep.size());
            break;
        }
    }
    while (!start.empty() && start.back() == ' ') {
        start.remove_suffix(1);
    }
    while (!start.empty() && start.front() == ' ') {
        start.remove_prefix(1);
    }
    return std::string(start);
}

std::vector<std::string> group_heading_forms(std::string_view heading) {
    std::vector<std::string> out;
    if (heading.empty()) {
        return out;
    }
    out.emplace_back(heading);
    // Each separator from the last: the start before it.
    for (size_t end = heading.size(); end > 0;) {
        size_t at = std::string_view::npos;
        for (const std::string_view sep : kGroupSeparators) {
            const size_t i = heading.substr(0, end).rfind(sep);
            if (i != std::string_view::npos && i > 0 && (at == std::string_view::npos || i > at)) {
                at = i;
            }
        }
        if (at == std::string_view::npos) {
            break;
        }
        std::string shorter = group_heading(heading.substr(0, at));
        if (!shorter.empty() && shorter != out.back()) {
            out.push_back(std::move(shorter));
        }
        end = at;
    }
    return out;
}

size_t shared_name_prefix(const PageContext& pc, const Venue& venue) {
    std::vector<size_t> all(venue.rooms.size());
    for (size_t r = 0; r < all.size(); ++r) {
        all[r] = r;
    }
    return shared_prefix_of(pc, venue, all);
}

std::vector<size_t> shared_name_prefixes(const PageContext& pc, const Venue& venue) {
    const size_t whole = shared_name_prefix(pc, venue);
    std::vector<size_t> out(venue.buildings.size(), whole);
    for (size_t b = 0; b < venue.buildings.size(); ++b) {
        out[b] = std::max(whole, shared_prefix_of(pc, venue, venue.buildings[b].rooms));
    }
    return out;
}

Bilingual without_prefix(Bilingual name, size_t prefix) {
    if (prefix > 0 && name.secondary.empty() && prefix < name.primary.size()) {
        name.primary.erase(0, prefix);
    }
    return name;
}

}  // namespace signpost::layout_detail

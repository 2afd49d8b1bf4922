#include "model/live_state.h"

#include <algorithm>
#include <array>

namespace signpost {
namespace {

constexpr std::array<std::pair<RoomState, std::string_view>, 4> kNames{{
    {RoomState::open, "open"},
    {RoomState::full, "full"},
    {RoomState::closed, "closed"},
    {RoomState::evacuate, "evacuate"},
}};

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

// "UB2.252A (Lameere)" -> "UB2.252A"; a name without a trailing "(...)" -> "".
std::string_view without_parenthesized_suffix(std::string_view name) {
    if (name.empty() || name.back() != ')') {
        return {};
    }
    const size_t open = name.rfind(" (");
    return open == std::string_view::npos || open == 0 ? std::string_view{} : name.substr(0, open);
}

template <typename Predicate>
std::optional<size_t> find_by_name(const Venue& venue, Predicate matches) {
    for (size_t i = 0; i < venue.rooms.size(); ++i) {
        for (const auto& [lang, text] : venue.rooms[i].name.variants()) {
            if (matches(std::string_view(text))) {
                return i;
            }
        }
    }
    return std::nullopt;
}

}  // namespace

std::string_view to_string(RoomState state) {
    for (const auto& [value, name] : kNames) {
        if (value == state) {
            return name;
        }
    }
    return "open";
}

std::optional<RoomState> parse_room_state(std::string_view text) {
    for (const auto& [value, name] : kNames) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

const RoomLiveState* LiveView::find(size_t room) const {
    auto it = std::lower_bound(rooms.begin(), rooms.end(), room,
                               [](const RoomLiveState& s, size_t r) { return s.room < r; });
    return it != rooms.end() && it->room == room ? &*it : nullptr;
}

std::vector<size_t> LiveView::evacuated_rooms() const {
    std::vector<size_t> out;
    for (const RoomLiveState& s : rooms) {
        if (s.state == RoomState::evacuate) {
            out.push_back(s.room);
        }
    }
    return out;
}

size_t LiveView::count(RoomState state) const {
    return static_cast<size_t>(std::count_if(
        rooms.begin(), rooms.end(), [state](const RoomLiveState& s) { return s.state == state; }));
}

std::optional<size_t> match_room(const Venue& venue, std::string_view reference) {
    if (reference.empty()) {
        return std::nullopt;
    }
    if (auto by_id = venue.find_room(reference)) {
        return by_id;
    }
    if (auto exact = find_by_name(venue, [&](std::string_view n) { return n == reference; })) {
        return exact;
    }
    if (auto folded = find_by_name(
            venue, [&](std::string_view n) { return equal_ignoring_ascii_case(n, reference); })) {
        return folded;
    }
    return find_by_name(venue, [&](std::string_view n) {
        std::string_view stem = without_parenthesized_suffix(n);
        return !stem.empty() && equal_ignoring_ascii_case(stem, reference);
    });
}

LiveView live_view(const LiveData& data, const Venue& venue, Instant now, Seconds max_age) {
    LiveView view;
    // A document is no newer than its fetch: an `updated` ahead of it (a
    // source's clock running fast, or a date written far ahead) would keep a
    // "full" for as long as it is ahead.
    const Instant dated =
        std::min(data.document.updated.value_or(data.fetched_at), data.fetched_at);
    const Seconds age = std::max(Seconds{0}, now - dated);
    std::vector<bool> taken(venue.rooms.size(), false);
    for (const LiveRoomReport& report : data.document.rooms) {
        auto room = match_room(venue, report.room);
        if (!room) {
            view.unmatched.push_back(report.room);
            continue;
        }
        if (taken[*room]) {
            continue;
        }
        taken[*room] = true;
        const bool expires = report.state != RoomState::evacuate;
        if (expires && age > max_age) {
            continue;
        }
        if (expires) {
            // Dropped from the first second at which its age exceeds max_age.
            const Instant runs_out = dated + max_age + Seconds{1};
            view.next_expiry = std::min(view.next_expiry.value_or(runs_out), runs_out);
        }
        view.rooms.push_back(RoomLiveState{*room, report.state, report.note, age});
    }
    std::sort(view.rooms.begin(), view.rooms.end(),
              [](const RoomLiveState& a, const RoomLiveState& b) { return a.room < b.room; });
    return view;
}

}  // namespace signpost

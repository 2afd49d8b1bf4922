// Live room states and venue-wide messages (docs/live-format.md): what changes
// by the minute beside the slow schedule feed. A LiveDocument is what a live
// source said, already parsed (feed/live_parser.h); live_view() applies it to
// a venue at an instant: it matches each report to a room and drops the full
// and closed states that are too old to believe. Plain data and pure
// functions: the feed worker hands a LiveData to the main loop by value.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/announcement.h"
#include "model/localized_text.h"
#include "model/venue.h"
#include "util/time.h"

namespace signpost {

enum class RoomState { open, full, closed, evacuate };

// "open", "full", "closed", "evacuate": the names of the signpost-live format.
std::string_view to_string(RoomState state);
std::optional<RoomState> parse_room_state(std::string_view text);

// One room's state as the document gives it.
struct LiveRoomReport {
    std::string room;  // a room id, or a room's name in some language (match_room)
    RoomState state = RoomState::open;
    LocalizedText note;  // "until 14:00"; may be empty
};

struct LiveDocument {
    std::optional<Instant> updated;  // when the source wrote it, if it says
    std::vector<LiveRoomReport> rooms;
    std::vector<Announcement> announcements;  // join the feed's
};

// A document with the time it was fetched, which dates it when it has no
// `updated` of its own.
struct LiveData {
    LiveDocument document;
    Instant fetched_at{};
};

// A state that applies to a room of the venue at an instant.
struct RoomLiveState {
    size_t room = 0;  // index into Venue::rooms
    RoomState state = RoomState::open;
    LocalizedText note;
    Seconds age{0};  // the instant minus updated (or fetched_at); never negative
};

struct LiveView {
    std::vector<RoomLiveState> rooms;  // in Venue::rooms order, one per room at most
    // References that name no room of the venue, for a warning.
    std::vector<std::string> unmatched;
    // When the first shown full or closed state runs out (the view changes by
    // itself then); nullopt when none will.
    std::optional<Instant> next_expiry;

    const RoomLiveState* find(size_t room) const;
    // Indices of the rooms being evacuated, in venue order.
    std::vector<size_t> evacuated_rooms() const;
    size_t count(RoomState state) const;
};

// The room a report names: its id; else a room whose name, in any language,
// equals it; else equals it ignoring ASCII case; else equals it once a
// trailing " (…)" is taken off the room's name ("UB2.252A (Lameere)" answers
// to "UB2.252A"). The first such room in venue order.
std::optional<size_t> match_room(const Venue& venue, std::string_view reference);

// The expiry rule: a state's age is `now` minus the document's `updated`, or
// minus fetched_at without one. A full, closed or open state older than
// max_age is dropped (a stale "full" must not turn people away for hours); an
// evacuation stays, whatever its age, until the source says otherwise. When a
// document names a room twice, the first report wins.
LiveView live_view(const LiveData& data, const Venue& venue, Instant now, Seconds max_age);

}  // namespace signpost

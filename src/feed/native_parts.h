// The pieces of the native format reader, driven by native_feed.cpp. Internal
// to src/feed/: they read an already parsed JSON document.
//
// The rule they share: the document's frame (the venue, its name, the lists
// themselves) being wrong is an Error and the feed is rejected; one element of
// a list (a building, a room, a session, an announcement) being wrong skips
// that element with a warning that names its path and id, and the rest is kept.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "feed/json_fields.h"
#include "model/announcement.h"
#include "model/session.h"
#include "model/venue.h"
#include "util/result.h"

namespace signpost::native {

// Lets the id maps be searched with a string_view (no temporary std::string).
struct IdHash {
    using is_transparent = void;
    size_t operator()(std::string_view id) const { return std::hash<std::string_view>{}(id); }
};
using IdSet = std::unordered_set<std::string, IdHash, std::equal_to<>>;

struct NativeVenue {
    Venue venue;  // timezone is left for the caller, which resolves the zone
    std::unordered_map<std::string, size_t, IdHash, std::equal_to<>> room_index;  // id -> rooms[i]
    IdSet skipped_rooms;  // ids of rooms left out, so a session in one says why
};

// "/sessions/17 (session \"abc\")", or just the path when the id is unknown.
std::string element_where(std::string_view path, std::string_view kind, std::string_view id);

// The id of a list element, if it has a usable one, for element_where.
std::string_view element_id(const Json& element);

// `venue` is the "/venue" member, already known to be an object.
Result<NativeVenue> read_venue(const Json& venue, std::vector<Error>& warnings);

// Reads the elements of "/sessions" one at a time as the document streams by
// (feed/json_stream.h). Sessions come out in feed order.
class SessionReader {
  public:
    SessionReader(const NativeVenue& venue, std::vector<Error>& warnings)
        : venue_(venue), warnings_(warnings) {}

    // `element` is "/sessions/<index>". A bad one becomes a warning.
    void read(size_t index, const Json& element);

    std::vector<Session> take() { return std::move(sessions_); }

  private:
    const NativeVenue& venue_;
    std::vector<Error>& warnings_;
    std::vector<Session> sessions_;
    IdSet seen_ids_;  // the first session with an id wins
};

// `list` is the "/announcements" array.
std::vector<Announcement> read_announcements(const Json& list, std::vector<Error>& warnings);

}  // namespace signpost::native

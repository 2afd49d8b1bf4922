// What the importers (frab/pretalx JSON, Pentabarf XML, iCalendar) share: the
// draft they fill while reading a document, and the step that turns a draft
// into the same ParsedFeed the native parser returns (ids made unique, rooms
// placed in buildings through the venue map, the Schedule built), and the
// choice of the zone a feed is read in. Text helpers: import_text.h.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "feed/import_text.h"
#include "feed/parsed_feed.h"
#include "model/session.h"
#include "model/timezone.h"
#include "model/venue.h"
#include "model/venue_map.h"
#include "util/result.h"
#include "util/time.h"

namespace signpost {

// One event as the feed wrote it, before its id is made unique.
struct DraftSession {
    std::string id;
    std::string room;  // the room's name as written; it is also the room's id
    Instant start;
    Instant end;
    LocalizedText title;
    std::vector<std::string> speakers;
    std::string track;
    std::string kind;
    std::string language;
    LocalizedText abstract;
    SessionStatus status = SessionStatus::scheduled;
    std::string where;  // the event's place in the document, for warnings
};

struct DraftRoom {
    std::string name;
    std::optional<int> capacity;
};

struct ImportDraft {
    std::string format;           // "frab-json", "frab-xml", "ical"
    std::string conference_id;    // acronym; names the fallback building
    std::string conference_name;  // title
    TimeZone zone;
    std::vector<DraftRoom> rooms;        // first-seen order, rooms without events included
    std::vector<DraftSession> sessions;  // document order
    std::vector<Error> warnings;

    // Adds a room the first time its exact name is seen (names that differ
    // only in case stay distinct); a later capacity fills a missing one.
    void add_room(std::string_view name, std::optional<int> capacity = std::nullopt);
    void warn(std::string where, std::string what);

  private:
    std::unordered_map<std::string, size_t> room_index_;
};

// Makes ids unique in the order they are given: the second "x" becomes "x#2",
// the third "x#3". A generated id that the feed itself uses is skipped
// ("x#2" taken -> "x#3").
class UniqueIds {
  public:
    std::string make_unique(const std::string& id);

  private:
    std::unordered_map<std::string, int> seen_;
};

// The draft -> ParsedFeed: drops sessions without a room or with end <= start
// (with a warning each), makes ids unique in document order, builds the venue
// (buildings from options.venue_map, else one named after the conference).
Result<ParsedFeed> finish_import(ImportDraft draft, const FeedOptions& options);

// Buildings for rooms that carry none: each room goes where the map's first
// matching rule says, else to the map's default building, else to one
// building named after the conference. Buildings of the map come first, in
// its order; a building's floors are the map's, else the floor labels its
// rooms got, lowest first.
Venue assemble_venue(std::span<const DraftRoom> rooms, const std::string& conference_id,
                     const std::string& conference_name, const std::optional<VenueMap>& map,
                     std::vector<Error>& warnings);

// frab's rule for an event without a `date`: the day's date and the event's
// clock time in `zone`, on the next calendar day when that time is before the
// conference's day change (a 00:15 talk of a day that runs 10:00-04:00).
Instant frab_local_start(CalendarDate day, Seconds clock, Seconds day_change, const TimeZone& zone);

// The wall-clock time an ISO 8601 text shows as written:
// "2016-12-27T10:00:00+01:00" -> 10:00. nullopt when it is not such a text.
std::optional<Seconds> written_time_of_day(std::string_view iso);

// "2024-12-27T10:30:00" (no offset) read in `zone`; nullopt when the text is
// not a date and time. Texts with an offset go through parse_iso8601 instead.
std::optional<Instant> parse_local_datetime(std::string_view text, const TimeZone& zone);

// The zone a feed is read and shown in. In order: the config's zone
// (options.timezone); the feed's declared zone, unless the offsets written in
// its dates contradict it; the offset those dates share, as a fixed zone
// (Etc/GMT-1 for +01:00); else UTC. Each fallback adds a warning naming
// `declared_where` or the first contradicting date.
struct DatedSample {
    InstantWithOffset at;
    std::string where;
};
TimeZone choose_zone(const FeedOptions& options, std::string_view declared,
                     std::string_view declared_where, std::span<const DatedSample> dated,
                     std::vector<Error>& warnings);

// What an importer that reads events before it can date them keeps while it
// reads: the draft, the events (Event: the importer's own), the dates seen for
// choose_zone, and a running event number for messages.
template <typename Event>
struct ImportReader {
    ImportDraft draft;
    std::vector<Event> events;
    std::vector<DatedSample> dated;
    size_t event_number = 0;

    // False, with a warning that names what was looked for, when an event
    // has no start or no end it can be read with: it is skipped.
    bool readable(const DraftSession& session, bool has_start, bool has_end,
                  std::string_view start_from, std::string_view end_from) {
        if (has_start && has_end) {
            return true;
        }
        draft.warn(session.where, "session " + session.id + " has no readable " +
                                      std::string(has_start ? end_from : start_from) + "; skipped");
        return false;
    }
};

}  // namespace signpost

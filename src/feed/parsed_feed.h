// What every feed parser returns: a frozen schedule plus the warnings about the
// parts it skipped (a bad session is dropped, the rest kept). A document that
// cannot be read at all is an Error instead (Result<ParsedFeed>).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/schedule.h"
#include "model/venue_map.h"
#include "util/result.h"
#include "util/time.h"

namespace signpost {

struct ParsedFeed {
    ScheduleSnapshot schedule;    // never null in a successful result
    std::vector<Error> warnings;  // where = JSON path or "session <id>"; what = reason
    std::string format;           // "signpost", "frab-json", "frab-xml", "ical", ...
};

// What the location config may say about how to read a feed.
struct FeedOptions {
    std::optional<std::string> timezone;   // overrides the feed's zone
    std::string format = "auto";           // "auto" detects from the content
    Seconds default_session_length{3600};  // for formats without an end (iCalendar)
    // Buildings and floors for feeds that only know rooms (frab, Pentabarf,
    // iCalendar); absent: one building named after the conference.
    std::optional<VenueMap> venue_map;
};

}  // namespace signpost

// Importers for the schedules conferences already publish. Each returns the
// same ParsedFeed as the native parser, so nothing downstream knows where the
// data came from (docs/importers.md has the identity and time rules):
//
//   frab / pretalx JSON   schedule.json: schedule.conference.days[].rooms, and
//                         "schedule 2.0" with a flat schedule.events[]
//   frab / Pentabarf XML  schedule.xml (pugixml), events under <room> or
//                         directly under <day> in old files
//   iCalendar             .ics (libical): VTIMEZONE/TZID, UTC and floating
//                         times, recurrences expanded
//
// The detectors look at the first bytes only and never parse the document;
// parse_feed() asks them in turn unless FeedOptions::format forces a format.
#pragma once

#include <string_view>

#include "feed/parsed_feed.h"
#include "util/result.h"

namespace signpost {

// format "frab-json"
bool looks_like_frab_json(std::string_view bytes);
Result<ParsedFeed> import_frab_json(std::string_view bytes, const FeedOptions& options);

// format "frab-xml"
bool looks_like_pentabarf_xml(std::string_view bytes);
Result<ParsedFeed> import_pentabarf_xml(std::string_view bytes, const FeedOptions& options);

// format "ical"
bool looks_like_icalendar(std::string_view bytes);
Result<ParsedFeed> import_icalendar(std::string_view bytes, const FeedOptions& options);

}  // namespace signpost

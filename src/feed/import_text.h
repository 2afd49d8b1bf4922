// Small text readers the importers share: durations and clock times as frab
// writes them, ISO 8601 durations, calendar dates, and abstracts that may be
// HTML turned into plain text for display.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/time.h"

namespace signpost {

// "0:45", "00:45", "01:30:00", "1:00" -> seconds. nullopt for anything else.
std::optional<Seconds> parse_clock_duration(std::string_view text);
// ISO 8601 durations as schedule 2.0 writes them: "PT15M", "PT1H30M", "P1DT2H".
std::optional<Seconds> parse_iso8601_duration(std::string_view text);

// "09:30", "9:30" or "09:30:00" -> seconds after midnight (00:00 .. 23:59:59).
std::optional<Seconds> parse_clock_time(std::string_view text);

// "2016-12-27" -> {year, month, day}; nullopt unless a valid calendar date.
struct CalendarDate {
    int year;
    unsigned month;
    unsigned day;
};
std::optional<CalendarDate> parse_calendar_date(std::string_view text);

// Text for display from an abstract that may be HTML: tags removed (block
// tags and <br> become line breaks), entities decoded, whitespace collapsed.
// Text without tags keeps its own line breaks.
std::string strip_html(std::string_view html);

// Leading and trailing ASCII whitespace removed.
std::string trim(std::string_view text);

}  // namespace signpost

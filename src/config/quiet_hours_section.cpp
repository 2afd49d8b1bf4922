// "quiet_hours": {"start": "23:00", "end": "07:00", "poll_seconds": 900}: when
// the screen stays black, and how often the feed is fetched meanwhile.
// Venue-local wall-clock times, so the span may wrap midnight.
#include <optional>
#include <string>

#include "config/config_sections.h"

namespace signpost {
namespace {

using nlohmann::json;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// "HH:MM", 00:00..23:59, as minutes since midnight.
std::optional<int> parse_hh_mm(const std::string& s) {
    if (s.size() != 5 || s[2] != ':' || !is_digit(s[0]) || !is_digit(s[1]) || !is_digit(s[3]) ||
        !is_digit(s[4])) {
        return std::nullopt;
    }
    const int hours = (s[0] - '0') * 10 + (s[1] - '0');
    const int minutes = (s[3] - '0') * 10 + (s[4] - '0');
    if (hours > 23 || minutes > 59) {
        return std::nullopt;
    }
    return hours * 60 + minutes;
}

std::optional<int> read_time_of_day(const json* v, const std::string& path, Problems& problems) {
    if (!v) {
        return std::nullopt;
    }
    auto text = read_string(*v, path, problems);
    if (!text) {
        return std::nullopt;
    }
    auto minute = parse_hh_mm(*text);
    if (!minute) {
        problems.error(path, "must be a 24-hour time \"HH:MM\" from \"00:00\" to \"23:59\", not " +
                                 quote_value(*text));
    }
    return minute;
}

}  // namespace

void read_quiet_hours(const json* v, const std::string& path, LocationConfig& config,
                      Problems& problems) {
    if (!v) {
        return;
    }
    ObjectReader quiet(*v, path, {"start", "end", "poll_seconds"}, problems);
    if (!quiet.is_object()) {
        return;
    }
    const json* start_json = quiet.require("start");
    const json* end_json = quiet.require("end");
    const auto start = read_time_of_day(start_json, quiet.path("start"), problems);
    const auto end = read_time_of_day(end_json, quiet.path("end"), problems);
    std::optional<Seconds> poll_interval;
    if (const json* poll = quiet.get("poll_seconds")) {
        // The feed's own bounds (feed_section.cpp).
        if (auto n =
                read_integer(*poll, quiet.path("poll_seconds"), problems, 5, 86400, "seconds")) {
            poll_interval = Seconds{*n};
            // Never faster than the normal rate (the worker takes the larger of
            // the two), so a smaller value is harmless but surely a mistake.
            if (*poll_interval < config.fetch.poll_interval) {
                problems.warning(quiet.path("poll_seconds"),
                                 std::to_string(*n) + " is less than feed.poll_seconds (" +
                                     std::to_string(config.fetch.poll_interval.count()) +
                                     "); quiet hours never fetch more often than the rest "
                                     "of the day, so the feed's interval is used");
            }
        }
    }
    if (!start || !end) {
        return;
    }
    if (*start == *end) {
        problems.error(quiet.path("end"),
                       "equals \"start\": quiet hours of no time or of the whole day are "
                       "not meant; leave \"quiet_hours\" out, or give two different times");
        return;
    }
    config.quiet_hours = QuietHours{*start, *end, poll_interval};
}

}  // namespace signpost

// Instants and ISO 8601. An Instant is a point in time (UTC seconds); wall-clock
// strings are only ever produced for display, in a zone (model/timezone.h).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace signpost {

using Instant = std::chrono::sys_seconds;
using Seconds = std::chrono::seconds;

// Parses "YYYY-MM-DDTHH:MM[:SS[.fff]](Z|+HH:MM|+HHMM|+HH)"; a space may stand for
// 'T'. The UTC offset is required: a time without one is not an instant.
// Fractions of a second are dropped. Returns nullopt for anything else.
std::optional<Instant> parse_iso8601(std::string_view text);

// The same grammar, but also returns the written offset in seconds (east of UTC).
struct InstantWithOffset {
    Instant instant;
    Seconds offset;
};
std::optional<InstantWithOffset> parse_iso8601_with_offset(std::string_view text);

// "2016-10-25T09:00:00Z"
std::string format_iso8601_utc(Instant t);
// "2016-10-25T11:00:00+02:00" for the given offset.
std::string format_iso8601(Instant t, Seconds utc_offset);

}  // namespace signpost

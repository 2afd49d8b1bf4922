// The rule a TZif file's footer gives for instants after its last transition
// (RFC 8536 section 3.3: a POSIX TZ string with the version-3 extensions),
// e.g. "CET-1CEST,M3.5.0,M10.5.0/3" or "<+0330>-3:30". Since tzdata's "slim"
// files (Debian 12's default) list transitions only until 2037 at most and
// often stop at the last rule change, every date from then on is read here.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace signpost {

class PosixTzRule {
  public:
    // Nothing for a string this reader does not understand.
    static std::optional<PosixTzRule> parse(std::string_view text);

    // UTC offset in seconds in force at `unix_seconds`.
    int32_t offset_at(int64_t unix_seconds) const;

  private:
    // A day of the year as the rule writes it, and the local time of day
    // (seconds, may be negative or past 24 h) at which the change happens.
    struct Change {
        enum class Kind { julian_no_leap, zero_based, month_week_day } kind = Kind::month_week_day;
        int day = 0;                           // Jn: 1..365; n: 0..365
        int month = 0, week = 0, weekday = 0;  // Mm.w.d
        int32_t time = 2 * 3600;
    };
    static bool parse_change(std::string_view& text, Change& change);
    // Unix seconds of the change in `year`, read as local time at `offset`.
    static int64_t change_at(const Change& change, int64_t year, int32_t offset);

    int32_t std_offset_ = 0;  // seconds east of UTC
    bool has_dst_ = false;
    int32_t dst_offset_ = 0;
    Change start_, end_;
};

}  // namespace signpost

// One time zone read from its own TZif file (RFC 8536), as the system keeps
// them under /usr/share/zoneinfo: the transitions it lists, then the footer's
// POSIX rule for every instant after the last one.
//
// Why not date/tz's locate_zone: with the system's tzdata it first walks the
// whole zoneinfo tree (~650 stat calls here) and loads the list of leap
// seconds, whatever zone is asked; a kiosk needs the one its config names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/posix_tz_rule.h"
#include "util/result.h"

namespace signpost {

class TzifZone {
  public:
    // `where` names the file in errors.
    static Result<TzifZone> parse(std::string_view bytes, const std::string& where);

    // UTC offset in seconds in force at `unix_seconds`.
    int32_t offset_at(int64_t unix_seconds) const;

  private:
    std::vector<int64_t> transitions_;   // ascending unix seconds
    std::vector<int32_t> offsets_;       // in force from each transition on
    int32_t first_offset_ = 0;           // before the first transition: time type 0
    std::optional<PosixTzRule> footer_;  // after the last one; none: its offset stays
};

}  // namespace signpost

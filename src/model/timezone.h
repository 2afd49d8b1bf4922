// A venue's time zone (IANA), read from the system's tzdata one zone file at a
// time (model/tzif_zone.h). Instants are converted to wall-clock time only for
// display and for importers that read local times.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "util/result.h"
#include "util/time.h"

namespace signpost {

class TzifZone;

struct LocalDateTime {
    int year = 1970;
    unsigned month = 1;  // 1..12
    unsigned day = 1;    // 1..31
    int hour = 0;
    int minute = 0;
    int second = 0;
    unsigned weekday = 4;  // 0 = Sunday ... 6 = Saturday
    Seconds offset{0};     // UTC offset in force at that instant
};

class TimeZone {
  public:
    // UTC.
    TimeZone() = default;
    // The zone's file under $TZDIR, else /usr/share/zoneinfo, read once per
    // process (zones are kept for good: a kiosk asks for one or two).
    static Result<TimeZone> locate(std::string_view iana_name);

    const std::string& name() const { return name_; }

    LocalDateTime to_local(Instant t) const;
    Seconds offset_at(Instant t) const;

    // Wall-clock time in this zone to an instant. In the hour repeated when
    // clocks go back, the first (earlier) instant; in the hour skipped when
    // they go forward, the time is read with the offset before the gap.
    Instant from_local(int year, unsigned month, unsigned day, int hour, int minute,
                       int second = 0) const;

    // Days since 1970-01-01 of t's local date: two instants are on the same
    // venue day when these are equal.
    long local_day_number(Instant t) const;

    // "09:05", "2016-10-25T09:05:00+02:00"
    std::string format_hhmm(Instant t) const;
    std::string format_iso(Instant t) const;

  private:
    std::shared_ptr<const TzifZone> zone_;  // null: UTC
    std::string name_ = "UTC";
};

}  // namespace signpost

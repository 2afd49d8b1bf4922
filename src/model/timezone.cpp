#include "model/timezone.h"

#include <cstdio>
#include <exception>

#include <date/tz.h>

namespace signpost {

Result<TimeZone> TimeZone::locate(std::string_view iana_name) {
    TimeZone tz;
    if (iana_name == "UTC" || iana_name == "Etc/UTC" || iana_name == "Z") {
        return tz;
    }
    try {
        tz.zone_ = date::locate_zone(iana_name);
        tz.name_ = std::string(iana_name);
        return tz;
    } catch (const std::exception& e) {
        return Error{std::string(iana_name), "unknown time zone"};
    }
}

Seconds TimeZone::offset_at(Instant t) const {
    if (!zone_) {
        return Seconds{0};
    }
    return zone_->get_info(t).offset;
}

LocalDateTime TimeZone::to_local(Instant t) const {
    Seconds off = offset_at(t);
    auto local = t + off;
    auto day = date::floor<date::days>(local);
    date::year_month_day ymd{day};
    date::hh_mm_ss hms{local - day};
    LocalDateTime out;
    out.year = int(ymd.year());
    out.month = unsigned(ymd.month());
    out.day = unsigned(ymd.day());
    out.hour = int(hms.hours().count());
    out.minute = int(hms.minutes().count());
    out.second = int(hms.seconds().count());
    out.weekday = date::weekday{day}.c_encoding();
    out.offset = off;
    return out;
}

Instant TimeZone::from_local(int year, unsigned month, unsigned day, int hour, int minute,
                             int second) const {
    auto days = date::local_days{date::year{year} / date::month{month} / date::day{day}};
    auto local = date::local_seconds{days} + std::chrono::hours{hour} +
                 std::chrono::minutes{minute} + std::chrono::seconds{second};
    if (!zone_) {
        return Instant{local.time_since_epoch()};
    }
    auto info = zone_->get_info(local);
    switch (info.result) {
        case date::local_info::unique:
        case date::local_info::ambiguous:
            // first: the offset in force before the change, i.e. the earlier instant.
            return Instant{local.time_since_epoch()} - info.first.offset;
        case date::local_info::nonexistent:
            return Instant{local.time_since_epoch()} - info.first.offset;
    }
    return Instant{local.time_since_epoch()} - info.first.offset;
}

long TimeZone::local_day_number(Instant t) const {
    auto local = t + offset_at(t);
    return date::floor<date::days>(local).time_since_epoch().count();
}

std::string TimeZone::format_hhmm(Instant t) const {
    LocalDateTime l = to_local(t);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", l.hour, l.minute);
    return buf;
}

std::string TimeZone::format_iso(Instant t) const {
    return format_iso8601(t, offset_at(t));
}

}  // namespace signpost

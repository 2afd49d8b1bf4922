#include "model/timezone.h"

#include <date/date.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>

#include "model/tzif_zone.h"
#include "util/file_read.h"

namespace signpost {
namespace {

constexpr size_t kMaxZoneFileBytes = 1 << 20;  // the largest here: 3.5 kB

// An IANA name: letters, digits and "_+-." in "/"-separated parts, none of
// them "." or "..", so a name never leaves the zoneinfo folder.
bool is_zone_name(std::string_view name) {
    if (name.empty() || name.front() == '/' || name.back() == '/') {
        return false;
    }
    size_t start = 0;
    while (start <= name.size()) {
        size_t end = name.find('/', start);
        if (end == std::string_view::npos) {
            end = name.size();
        }
        std::string_view part = name.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") {
            return false;
        }
        for (char c : part) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-' || c == '.';
            if (!ok) {
                return false;
            }
        }
        start = end + 1;
    }
    return true;
}

std::string zoneinfo_dir() {
    const char* dir = std::getenv("TZDIR");  // glibc's variable for the same folder
    return dir && *dir ? dir : "/usr/share/zoneinfo";
}

// Zones already read, by path. Any thread may locate a zone (the feed worker
// parses, the main thread lays out); the map's lock covers the read too.
Result<std::shared_ptr<const TzifZone>> load_zone(const std::string& name) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const TzifZone>> zones;
    const std::string path = zoneinfo_dir() + "/" + name;
    std::lock_guard lock(mutex);
    if (auto it = zones.find(path); it != zones.end()) {
        return it->second;
    }
    FileRead read = read_whole_file(path, kMaxZoneFileBytes);
    if (read.problem == FileReadProblem::missing) {
        return Error{name, "unknown time zone"};
    }
    if (!read.ok() || read.bytes.empty()) {  // a folder ("Europe"), a device, too large
        return Error{name, "unknown time zone (" + path + " cannot be read)"};
    }
    auto zone = TzifZone::parse(read.bytes, path);
    if (!zone) {
        return Error{name, "unknown time zone (" + zone.error().to_string() + ")"};
    }
    auto shared = std::make_shared<const TzifZone>(std::move(*zone));
    zones.emplace(path, shared);
    return shared;
}

}  // namespace

Result<TimeZone> TimeZone::locate(std::string_view iana_name) {
    TimeZone tz;
    if (iana_name == "UTC" || iana_name == "Etc/UTC" || iana_name == "Z") {
        return tz;
    }
    if (!is_zone_name(iana_name)) {
        return Error{std::string(iana_name), "unknown time zone"};
    }
    auto zone = load_zone(std::string(iana_name));
    if (!zone) {
        return zone.error();
    }
    tz.zone_ = std::move(*zone);
    tz.name_ = std::string(iana_name);
    return tz;
}

Seconds TimeZone::offset_at(Instant t) const {
    if (!zone_) {
        return Seconds{0};
    }
    return Seconds{zone_->offset_at(t.time_since_epoch().count())};
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
    const Instant as_utc{local.time_since_epoch()};
    if (!zone_) {
        return as_utc;
    }
    // The offsets a day before and a day after (no zone changes twice within
    // two days): `before` is read first, so a wall time that happens twice
    // (clocks going back) gives the earlier instant, and one that never
    // happens (clocks going forward) is read with the offset before the gap.
    const Seconds before = offset_at(as_utc - Seconds{86400});
    const Seconds after = offset_at(as_utc + Seconds{86400});
    if (offset_at(as_utc - before) == before || offset_at(as_utc - after) != after) {
        return as_utc - before;
    }
    return as_utc - after;
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

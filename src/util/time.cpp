#include "util/time.h"

#include <cstdio>

#include <date/date.h>

namespace signpost {
namespace {

// Reads exactly n ASCII digits at s[pos], advancing pos.
bool read_digits(std::string_view s, size_t& pos, int n, int& out) {
    if (pos + n > s.size()) {
        return false;
    }
    int v = 0;
    for (int i = 0; i < n; ++i) {
        char c = s[pos + i];
        if (c < '0' || c > '9') {
            return false;
        }
        v = v * 10 + (c - '0');
    }
    pos += n;
    out = v;
    return true;
}

bool expect(std::string_view s, size_t& pos, char c) {
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

}  // namespace

std::optional<InstantWithOffset> parse_iso8601_with_offset(std::string_view s) {
    size_t pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!read_digits(s, pos, 4, y) || !expect(s, pos, '-') || !read_digits(s, pos, 2, mo) ||
        !expect(s, pos, '-') || !read_digits(s, pos, 2, d)) {
        return std::nullopt;
    }
    if (!(expect(s, pos, 'T') || expect(s, pos, 't') || expect(s, pos, ' '))) {
        return std::nullopt;
    }
    if (!read_digits(s, pos, 2, h) || !expect(s, pos, ':') || !read_digits(s, pos, 2, mi)) {
        return std::nullopt;
    }
    if (expect(s, pos, ':')) {
        if (!read_digits(s, pos, 2, sec)) {
            return std::nullopt;
        }
        if (expect(s, pos, '.') || expect(s, pos, ',')) {
            size_t digits = 0;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                ++pos;
                ++digits;
            }
            if (digits == 0) {
                return std::nullopt;
            }
        }
    }
    int offset_seconds = 0;
    if (expect(s, pos, 'Z') || expect(s, pos, 'z')) {
        offset_seconds = 0;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int sign = s[pos] == '-' ? -1 : 1;
        ++pos;
        int oh = 0, om = 0;
        if (!read_digits(s, pos, 2, oh)) {
            return std::nullopt;
        }
        if (expect(s, pos, ':')) {
            if (!read_digits(s, pos, 2, om)) {
                return std::nullopt;
            }
        } else if (pos < s.size()) {
            if (!read_digits(s, pos, 2, om)) {
                return std::nullopt;
            }
        }
        if (oh > 18 || om > 59) {
            return std::nullopt;
        }
        offset_seconds = sign * (oh * 3600 + om * 60);
    } else {
        return std::nullopt;  // no offset: a local time, not an instant
    }
    if (pos != s.size()) {
        return std::nullopt;
    }
    // Leap second 60 is accepted as the last second of the minute.
    if (h > 24 || mi > 59 || sec > 60 || (h == 24 && (mi != 0 || sec != 0))) {
        return std::nullopt;
    }
    date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)},
                             date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    auto local = date::sys_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{mi} +
                 std::chrono::seconds{sec == 60 ? 59 : sec};
    Instant t = std::chrono::time_point_cast<Seconds>(local) - Seconds{offset_seconds};
    return InstantWithOffset{t, Seconds{offset_seconds}};
}

std::optional<Instant> parse_iso8601(std::string_view text) {
    auto r = parse_iso8601_with_offset(text);
    if (!r) {
        return std::nullopt;
    }
    return r->instant;
}

std::string format_iso8601(Instant t, Seconds utc_offset) {
    auto local = t + utc_offset;
    auto day = date::floor<date::days>(local);
    date::year_month_day ymd{day};
    date::hh_mm_ss hms{local - day};
    char buf[128];
    long off = utc_offset.count();
    if (off == 0) {
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", int(ymd.year()),
                      unsigned(ymd.month()), unsigned(ymd.day()), long(hms.hours().count()),
                      long(hms.minutes().count()), long(hms.seconds().count()));
    } else {
        char sign = off < 0 ? '-' : '+';
        long a = off < 0 ? -off : off;
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ld%c%02ld:%02ld",
                      int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()),
                      long(hms.hours().count()), long(hms.minutes().count()),
                      long(hms.seconds().count()), sign, a / 3600, (a % 3600) / 60);
    }
    return buf;
}

std::string format_iso8601_utc(Instant t) {
    return format_iso8601(t, Seconds{0});
}

}  // namespace signpost

#include "model/posix_tz_rule.h"

#include <date/date.h>

#include <cctype>

namespace signpost {
namespace {

constexpr int64_t kDay = 86400;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// A zone abbreviation: "<...>" (may hold digits and signs) or letters.
bool parse_name(std::string_view& text) {
    if (!text.empty() && text.front() == '<') {
        const size_t close = text.find('>');
        if (close == std::string_view::npos || close < 2) {
            return false;
        }
        text.remove_prefix(close + 1);
        return true;
    }
    size_t n = 0;
    while (n < text.size() && std::isalpha(static_cast<unsigned char>(text[n]))) {
        ++n;
    }
    text.remove_prefix(n);
    return n > 0;
}

bool parse_number(std::string_view& text, int max_digits, int& out) {
    int n = 0;
    out = 0;
    while (n < max_digits && n < static_cast<int>(text.size()) && is_digit(text[n])) {
        out = out * 10 + (text[n] - '0');
        ++n;
    }
    text.remove_prefix(static_cast<size_t>(n));
    return n > 0;
}

// [+-]hh[:mm[:ss]], hours up to `max_hours` (24 for offsets, 167 for the
// version-3 transition times). Seconds, with the sign as written.
bool parse_hms(std::string_view& text, int max_hours, int32_t& out) {
    int sign = 1;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        sign = text.front() == '-' ? -1 : 1;
        text.remove_prefix(1);
    }
    int h = 0, m = 0, s = 0;
    if (!parse_number(text, 3, h) || h > max_hours) {
        return false;
    }
    if (!text.empty() && text.front() == ':') {
        text.remove_prefix(1);
        if (!parse_number(text, 2, m) || m > 59) {
            return false;
        }
        if (!text.empty() && text.front() == ':') {
            text.remove_prefix(1);
            if (!parse_number(text, 2, s) || s > 59) {
                return false;
            }
        }
    }
    out = sign * (h * 3600 + m * 60 + s);
    return true;
}

int64_t days_from_civil(int64_t year, unsigned month, unsigned day) {
    return date::sys_days{date::year{static_cast<int>(year)} / date::month{month} / date::day{day}}
        .time_since_epoch()
        .count();
}

bool is_leap(int64_t year) {
    return date::year{static_cast<int>(year)}.is_leap();
}

}  // namespace

bool PosixTzRule::parse_change(std::string_view& text, Change& change) {
    if (text.empty()) {
        return false;
    }
    if (text.front() == 'M') {
        text.remove_prefix(1);
        change.kind = Change::Kind::month_week_day;
        auto dot = [&text] {
            if (text.empty() || text.front() != '.') {
                return false;
            }
            text.remove_prefix(1);
            return true;
        };
        if (!parse_number(text, 2, change.month) || change.month < 1 || change.month > 12 ||
            !dot() || !parse_number(text, 1, change.week) || change.week < 1 || change.week > 5 ||
            !dot() || !parse_number(text, 1, change.weekday) || change.weekday > 6) {
            return false;
        }
    } else if (text.front() == 'J') {
        text.remove_prefix(1);
        change.kind = Change::Kind::julian_no_leap;
        if (!parse_number(text, 3, change.day) || change.day < 1 || change.day > 365) {
            return false;
        }
    } else {
        change.kind = Change::Kind::zero_based;
        if (!parse_number(text, 3, change.day) || change.day > 365) {
            return false;
        }
    }
    change.time = 2 * 3600;
    if (!text.empty() && text.front() == '/') {
        text.remove_prefix(1);
        return parse_hms(text, 167, change.time);
    }
    return true;
}

std::optional<PosixTzRule> PosixTzRule::parse(std::string_view text) {
    PosixTzRule rule;
    int32_t west = 0;
    if (!parse_name(text) || !parse_hms(text, 24, west)) {
        return std::nullopt;
    }
    rule.std_offset_ = -west;  // POSIX counts hours west of Greenwich
    if (text.empty()) {
        return rule;
    }
    if (!parse_name(text)) {
        return std::nullopt;
    }
    rule.has_dst_ = true;
    rule.dst_offset_ = rule.std_offset_ + 3600;
    if (!text.empty() && text.front() != ',') {
        if (!parse_hms(text, 24, west)) {
            return std::nullopt;
        }
        rule.dst_offset_ = -west;
    }
    // A footer with summer time always says when (RFC 8536 3.3); POSIX's
    // implementation-defined default is not guessed at.
    if (text.empty() || text.front() != ',') {
        return std::nullopt;
    }
    text.remove_prefix(1);
    if (!parse_change(text, rule.start_) || text.empty() || text.front() != ',') {
        return std::nullopt;
    }
    text.remove_prefix(1);
    if (!parse_change(text, rule.end_) || !text.empty()) {
        return std::nullopt;
    }
    return rule;
}

int64_t PosixTzRule::change_at(const Change& change, int64_t year, int32_t offset) {
    int64_t day = 0;
    switch (change.kind) {
        case Change::Kind::julian_no_leap:
            // Jn never counts 29 February: J60 is 1 March in every year.
            day = days_from_civil(year, 1, 1) + change.day - 1 +
                  (is_leap(year) && change.day >= 60 ? 1 : 0);
            break;
        case Change::Kind::zero_based:
            day = days_from_civil(year, 1, 1) + change.day;
            break;
        case Change::Kind::month_week_day: {
            const int64_t first = days_from_civil(year, static_cast<unsigned>(change.month), 1);
            const int64_t first_weekday = ((first + 4) % 7 + 7) % 7;  // 1970-01-01: Thursday
            day = first + (change.weekday - first_weekday + 7) % 7 + 7 * (change.week - 1);
            const unsigned month_days = static_cast<unsigned>(
                (date::year{static_cast<int>(year)} /
                 date::month{static_cast<unsigned>(change.month)} / date::last)
                    .day());
            while (day >= first + month_days) {
                day -= 7;  // week 5: the last such weekday of the month
            }
            break;
        }
    }
    return day * kDay + change.time - offset;
}

int32_t PosixTzRule::offset_at(int64_t unix_seconds) const {
    if (!has_dst_) {
        return std_offset_;
    }
    const auto local_day = date::floor<date::days>(
        date::sys_seconds{std::chrono::seconds{unix_seconds + std_offset_}});
    const int64_t year = static_cast<int>(date::year_month_day{local_day}.year());
    // The start is written in standard time, the end in summer time.
    const int64_t start = change_at(start_, year, std_offset_);
    const int64_t end = change_at(end_, year, dst_offset_);
    const bool summer = start < end ? (unix_seconds >= start && unix_seconds < end)
                                    : !(unix_seconds >= end && unix_seconds < start);
    return summer ? dst_offset_ : std_offset_;
}

}  // namespace signpost

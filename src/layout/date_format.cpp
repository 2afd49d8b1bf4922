#include "layout/date_format.h"

namespace signpost::layout_detail {
namespace {

constexpr const char* kKoWeekdays[] = {"일", "월", "화", "수", "목", "금", "토"};
constexpr const char* kEnWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr const char* kEnMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::string clock_text(const TimeZone& zone, Instant t) {
    return zone.format_hhmm(t);
}

std::string time_range_text(const TimeZone& zone, Instant a, Instant b) {
    return zone.format_hhmm(a) + "\xE2\x80\x93" + zone.format_hhmm(b);  // en dash
}

LocalizedText date_text(const TimeZone& zone, Instant t) {
    const LocalDateTime l = zone.to_local(t);
    const unsigned wd = l.weekday % 7;
    const unsigned month = (l.month >= 1 && l.month <= 12) ? l.month : 1;
    LocalizedText out;
    out.set("ko", std::to_string(l.month) + "월 " + std::to_string(l.day) + "일 (" +
                      kKoWeekdays[wd] + ")");
    out.set("en", std::string(kEnWeekdays[wd]) + " " + std::to_string(l.day) + " " +
                      kEnMonths[month - 1]);
    return out;
}

LocalizedText date_time_text(const TimeZone& zone, Instant t) {
    LocalizedText out;
    const std::string hhmm = zone.format_hhmm(t);
    const LocalizedText date = date_text(zone, t);
    for (const auto& [lang, text] : date.variants()) {
        out.set(lang, text + " " + hhmm);
    }
    return out;
}

}  // namespace signpost::layout_detail

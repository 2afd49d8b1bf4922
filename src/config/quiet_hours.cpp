#include "config/quiet_hours.h"

#include <algorithm>
#include <chrono>

namespace signpost {
namespace {

// The first instant whose wall-clock time on local day `day` is at or past
// `minute`. from_local() reads a time in the hour skipped when clocks go
// forward with the offset before the gap, which lands that far past the gap's
// end; the sign should change at the gap itself, so search for it. Wall-clock
// time only moves forward around a gap, so the search is a bisection.
Instant first_instant_at(Instant from_local_edge, long day, int minute, const TimeZone& zone) {
    const LocalDateTime local = zone.to_local(from_local_edge);
    if (local.hour * 60 + local.minute == minute) {
        return from_local_edge;
    }
    const Seconds target = std::chrono::days{day} + std::chrono::minutes{minute};
    auto wall = [&zone](Instant t) { return t.time_since_epoch() + zone.offset_at(t); };
    Instant lo = from_local_edge - std::chrono::hours{24};  // wall(lo) < target
    Instant hi = from_local_edge;                           // wall(hi) >= target
    while (hi - lo > Seconds{1}) {
        const Instant mid = lo + (hi - lo) / 2;
        (wall(mid) >= target ? hi : lo) = mid;
    }
    return hi;
}

}  // namespace

bool in_quiet_hours(const QuietHours& quiet, Instant t, const TimeZone& zone) {
    const LocalDateTime local = zone.to_local(t);
    const int minute = local.hour * 60 + local.minute;
    if (quiet.start_minute < quiet.end_minute) {
        return minute >= quiet.start_minute && minute < quiet.end_minute;
    }
    return minute >= quiet.start_minute || minute < quiet.end_minute;
}

Instant next_quiet_edge(const QuietHours& quiet, Instant now, const TimeZone& zone) {
    const bool quiet_now = in_quiet_hours(quiet, now, zone);
    const int edge_minute = quiet_now ? quiet.end_minute : quiet.start_minute;
    // The edge today, else tomorrow, else the day after (a DST jump can move
    // "today's" edge before now); the first one after now that changes the state.
    const long today = zone.local_day_number(now);
    for (long d = today; d <= today + 2; ++d) {
        const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{d}}};
        const Instant edge = first_instant_at(
            zone.from_local(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                            static_cast<unsigned>(ymd.day()), edge_minute / 60, edge_minute % 60),
            d, edge_minute, zone);
        if (edge > now && in_quiet_hours(quiet, edge, zone) != quiet_now) {
            return edge;
        }
    }
    // Unreachable for start != end (each local day has both edges); a day
    // later keeps a caller's loop bounded all the same.
    return now + std::chrono::days{1};
}

Seconds quiet_poll_interval(const QuietHours& quiet, Seconds normal) {
    if (quiet.poll_interval) {
        return *quiet.poll_interval;
    }
    return std::max<Seconds>(4 * normal, std::chrono::minutes{15});
}

}  // namespace signpost

#include "net/quiet_polling.h"

#include <algorithm>

#include "config/quiet_hours.h"

namespace signpost {

PollDelay poll_delay(Millis normal, const LocationConfig& config, const TimeZone& zone,
                     std::chrono::system_clock::time_point now, double unit) {
    if (!config.quiet_hours) {
        return {normal, false};
    }
    const QuietHours& quiet = *config.quiet_hours;
    const Instant second = std::chrono::floor<Seconds>(now);
    if (!in_quiet_hours(quiet, second, zone)) {
        return {normal, false};
    }
    const Millis slow = jittered(quiet_poll_interval(quiet, config.fetch.poll_interval), unit);
    const Millis until_end = std::chrono::ceil<Millis>(
        std::chrono::system_clock::time_point(next_quiet_edge(quiet, second, zone)) - now);
    return {std::min(std::max(normal, slow), until_end + kQuietEdgeMargin), true};
}

}  // namespace signpost

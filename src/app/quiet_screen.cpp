#include "app/quiet_screen.h"

#include "config/quiet_hours.h"

namespace signpost {

std::optional<Instant> quiet_screen_until(const LocationConfig& config, const TimeZone& zone,
                                          Instant now, bool emergency_active,
                                          bool clock_untrusted) {
    if (!config.quiet_hours || emergency_active || clock_untrusted ||
        !in_quiet_hours(*config.quiet_hours, now, zone)) {
        return std::nullopt;
    }
    return next_quiet_edge(*config.quiet_hours, now, zone);
}

}  // namespace signpost

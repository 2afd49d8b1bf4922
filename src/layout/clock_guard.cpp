#include "layout/clock_guard.h"

namespace signpost {

bool clock_is_plausible(Instant now, const Schedule* schedule, Instant build_time) {
    if (now < build_time) {
        return false;
    }
    if (schedule) {
        if (const auto first = schedule->first_start();
            first && now < *first - kClockPlausibleLead) {
            return false;
        }
    }
    return true;
}

}  // namespace signpost

#include "app/loop_deadline.h"

#include <algorithm>

namespace signpost {

LoopClock::Duration SteadyLoopClock::wait_time(TimePoint deadline) {
    return std::max(deadline - now(), Duration::zero());
}

void LoopDeadline::at_wall(std::chrono::system_clock::time_point when,
                           std::chrono::system_clock::time_point wall_now) {
    const auto left = std::chrono::duration_cast<Duration>(when - wall_now);
    at(now_ + std::max(left, Duration::zero()));
}

}  // namespace signpost

#include "app/loop_deadline.h"

#include <algorithm>

#include "util/clock.h"

namespace signpost {

LoopClock::Duration SteadyLoopClock::wait_time(TimePoint deadline) {
    return std::max(deadline - now(), Duration::zero());
}

ScaledLoopClock::ScaledLoopClock(double speed)
    : origin_(std::chrono::steady_clock::now()), speed_(speed) {}

LoopClock::TimePoint ScaledLoopClock::now() const {
    const std::chrono::duration<double, Duration::period> real =
        std::chrono::steady_clock::now() - origin_;
    return origin_ + std::chrono::duration_cast<Duration>(real * speed_);
}

LoopClock::Duration ScaledLoopClock::wait_time(TimePoint deadline) {
    return std::max(real_time(deadline - now(), speed_), Duration::zero());
}

void LoopDeadline::at_wall(std::chrono::system_clock::time_point when,
                           std::chrono::system_clock::time_point wall_now) {
    const auto left = std::chrono::duration_cast<Duration>(when - wall_now);
    at(now_ + std::max(left, Duration::zero()));
}

}  // namespace signpost

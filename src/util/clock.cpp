#include "util/clock.h"

namespace signpost {

Instant SystemClock::now() const {
    return std::chrono::floor<Seconds>(std::chrono::system_clock::now());
}

std::chrono::system_clock::time_point SystemClock::now_precise() const {
    return std::chrono::system_clock::now();
}

SimulatedClock::SimulatedClock(Instant start, double speed)
    : start_(start),
      anchor_(std::chrono::steady_clock::now()),
      real_anchor_(std::chrono::system_clock::now()),
      speed_(speed) {}

std::chrono::system_clock::time_point SimulatedClock::now_precise() const {
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - anchor_;
    return start_ +
           std::chrono::duration_cast<std::chrono::system_clock::duration>(elapsed * speed_);
}

Instant SimulatedClock::now() const {
    return std::chrono::floor<Seconds>(now_precise());
}

Instant SimulatedClock::from_real(Instant real) const {
    // Measured from the real instant at which the simulated time line started.
    const std::chrono::duration<double> since = real - real_anchor_;
    return std::chrono::floor<Seconds>(
        start_ + std::chrono::duration_cast<std::chrono::system_clock::duration>(since * speed_));
}

}  // namespace signpost

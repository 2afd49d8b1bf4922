// Where "now" comes from: the system clock, a simulated clock for demos and
// soak runs (starts at a given instant and then runs at real speed, or N times
// as fast), or a fixed instant (--at).
// Layout never reads a clock; the app asks the clock once per frame and passes
// the instant down.
#pragma once

#include <chrono>
#include <memory>

#include "util/time.h"

namespace signpost {

class Clock {
  public:
    virtual ~Clock() = default;
    virtual Instant now() const = 0;
    // Sub-second precision for transitions and minute-tick deadlines.
    virtual std::chrono::system_clock::time_point now_precise() const = 0;
    // How many seconds of this clock pass in one real second: 1 but for a
    // sped-up simulated clock. Whoever waits a span of this clock's time (the
    // feed worker between fetches) waits span / speed() of real time.
    virtual double speed() const { return 1.0; }
    // An instant of the real world (a fetch, a file's time, a document's
    // "updated") placed on this clock's time line, so that its age can be
    // read against now(): itself on the system clock and on a fixed instant
    // (--at: ages are the given instant minus the real date); on a simulated
    // clock, as far before or after the simulated now as it lies before or
    // after the real now, times the speed.
    virtual Instant from_real(Instant real) const { return real; }
};

// `span` of a clock running at `speed` in real time (speed > 0).
template <class Rep, class Period>
std::chrono::steady_clock::duration real_time(std::chrono::duration<Rep, Period> span,
                                              double speed) {
    const auto real =
        std::chrono::duration<double, std::chrono::steady_clock::period>(span) / speed;
    return std::chrono::duration_cast<std::chrono::steady_clock::duration>(real);
}

class SystemClock final : public Clock {
  public:
    Instant now() const override;
    std::chrono::system_clock::time_point now_precise() const override;
};

// Starts at `start` when constructed and advances with the steady clock,
// `speed` times as fast (a soak runs a week in hours), so a jump of the system
// clock (NTP) does not move the demo.
class SimulatedClock final : public Clock {
  public:
    explicit SimulatedClock(Instant start, double speed = 1.0);
    Instant now() const override;
    std::chrono::system_clock::time_point now_precise() const override;
    double speed() const override { return speed_; }
    Instant from_real(Instant real) const override;

  private:
    std::chrono::system_clock::time_point start_;
    std::chrono::steady_clock::time_point anchor_;
    std::chrono::system_clock::time_point real_anchor_;  // the system clock at anchor_
    double speed_;
};

class FixedClock final : public Clock {
  public:
    explicit FixedClock(Instant at) : at_(at) {}
    Instant now() const override { return at_; }
    std::chrono::system_clock::time_point now_precise() const override { return at_; }

  private:
    Instant at_;
};

}  // namespace signpost

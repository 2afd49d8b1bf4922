// The timing of the kiosk's main loop, apart from SDL so that it is tested
// with a fake clock (tests/app/loop_deadline_test.cpp).
//
// Each turn of the loop starts a LoopDeadline at "now + the longest sleep";
// every step of the turn (page change, dwell step, content change, fade frame,
// watchdog, quiet hours, event pumping) shortens it to its own next instant,
// and the loop then waits once, until the earliest of them or a wake-up.
//
// LoopClock is where the loop reads steady time and how long it really
// waits: the real one reads std::chrono::steady_clock; a simulated one (a soak
// test) returns its own time and jumps to the deadline instead of sleeping.
#pragma once

#include <chrono>
#include <optional>

namespace signpost {

class LoopClock {
  public:
    using TimePoint = std::chrono::steady_clock::time_point;
    using Duration = std::chrono::steady_clock::duration;

    virtual ~LoopClock() = default;
    virtual TimePoint now() const = 0;
    // How long the loop may block to reach `deadline`: the time left on a
    // real clock (never negative); a simulated clock moves itself to the
    // deadline and answers zero, so the loop only looks for events and goes on.
    virtual Duration wait_time(TimePoint deadline) = 0;
};

class SteadyLoopClock final : public LoopClock {
  public:
    TimePoint now() const override { return std::chrono::steady_clock::now(); }
    Duration wait_time(TimePoint deadline) override;
};

// Steady time `speed` times as fast as the real one, for a sped-up simulated
// wall clock (config "simulated_clock": {"speed": N}): page dwells, fades and
// every other steady span of the loop pass N times as fast, in step with the
// wall, and a wait of D on this clock blocks D / N of real time.
class ScaledLoopClock final : public LoopClock {
  public:
    explicit ScaledLoopClock(double speed);
    TimePoint now() const override;
    Duration wait_time(TimePoint deadline) override;

  private:
    TimePoint origin_;  // real and scaled time agree here
    double speed_;
};

class LoopDeadline {
  public:
    using TimePoint = LoopClock::TimePoint;
    using Duration = LoopClock::Duration;

    LoopDeadline(TimePoint now, Duration longest) : now_(now), when_(now + longest) {}

    TimePoint now() const { return now_; }
    TimePoint when() const { return when_; }

    // Shortens the deadline to `t` when it is earlier.
    void at(TimePoint t) {
        if (t < when_)
            when_ = t;
    }
    void at(std::optional<TimePoint> t) {
        if (t)
            at(*t);
    }
    // A wall-clock instant (a session start, the end of quiet hours), known
    // through the wall clock's `wall_now` read in the same turn: converted to
    // steady time as "how long from now", never before now.
    void at_wall(std::chrono::system_clock::time_point when,
                 std::chrono::system_clock::time_point wall_now);

  private:
    TimePoint now_;
    TimePoint when_;
};

// Something the loop does every `period` (the watchdog ping, pumping events
// of a driver SDL cannot wait for): due at the first turn, then a period
// after each time it was done.
class Periodic {
  public:
    using TimePoint = LoopClock::TimePoint;
    using Duration = LoopClock::Duration;

    explicit Periodic(Duration period) : period_(period) {}

    bool due(TimePoint now) const { return !next_ || now >= *next_; }
    void done(TimePoint now) { next_ = now + period_; }
    // When it is due next; nullopt before the first time (due at once).
    std::optional<TimePoint> next() const { return next_; }
    void set_period(Duration period) { period_ = period; }
    Duration period() const { return period_; }

  private:
    Duration period_;
    std::optional<TimePoint> next_;
};

}  // namespace signpost

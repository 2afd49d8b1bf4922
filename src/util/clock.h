// Where "now" comes from: the system clock, a simulated clock for demos (starts
// at a given instant and then runs at real speed), or a fixed instant (--at).
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
};

class SystemClock final : public Clock {
  public:
    Instant now() const override;
    std::chrono::system_clock::time_point now_precise() const override;
};

// Starts at `start` when constructed and advances with the steady clock, so a
// jump of the system clock (NTP) does not move the demo.
class SimulatedClock final : public Clock {
  public:
    explicit SimulatedClock(Instant start);
    Instant now() const override;
    std::chrono::system_clock::time_point now_precise() const override;

  private:
    std::chrono::system_clock::time_point start_;
    std::chrono::steady_clock::time_point anchor_;
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

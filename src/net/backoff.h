// When to poll next. Pure arithmetic: the random numbers come from the caller
// (a RandomUnit), so tests can fix them and the worker can use a real RNG.
//
//   after a success: poll_interval ±10% (jitter spreads many kiosks that booted
//                    together so they do not hit the server in the same second)
//   after failure n: min(5 s · 2^(n-1), poll_interval), also ±10%
#pragma once

#include <chrono>
#include <functional>

namespace signpost {

using Millis = std::chrono::milliseconds;

// Returns a number in [0, 1). Called on the worker thread only.
using RandomUnit = std::function<double()>;

// A RandomUnit backed by a std::mt19937_64 seeded from std::random_device.
RandomUnit make_random_unit();

// `base` scaled by a factor in [1 - spread, 1 + spread] (the top only through
// rounding), chosen by `unit` in [0, 1): 0 gives the bottom, 0.5 `base` itself.
// A unit outside [0, 1) is clamped, so a broken RNG cannot produce a zero or a
// negative delay.
Millis jittered(Millis base, double unit, double spread = 0.10);

// Exponential backoff for consecutive failures, capped at the poll interval.
class Backoff {
  public:
    static constexpr Millis kFirstDelay{5000};

    explicit Backoff(Millis cap, Millis first = kFirstDelay);

    // The delay before the next attempt after one more failure (not jittered).
    Millis after_failure();
    // A success ends the streak: the next failure waits `first` again.
    void reset() { failures_ = 0; }

    int consecutive_failures() const { return failures_; }

  private:
    Millis cap_;
    Millis first_;
    int failures_ = 0;
};

}  // namespace signpost

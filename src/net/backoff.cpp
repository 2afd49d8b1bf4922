#include "net/backoff.h"

#include <algorithm>
#include <memory>
#include <random>

namespace signpost {

RandomUnit make_random_unit() {
    // The generator lives inside the function object; the worker owns that object
    // and calls it from its own thread only, so no locking is needed.
    auto engine = std::make_shared<std::mt19937_64>(std::random_device{}());
    return [engine]() { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
}

Millis jittered(Millis base, double unit, double spread) {
    if (!(unit >= 0.0)) {  // also catches NaN
        unit = 0.0;
    }
    unit = std::min(unit, 1.0);
    double factor = 1.0 - spread + 2.0 * spread * unit;
    auto scaled = static_cast<Millis::rep>(static_cast<double>(base.count()) * factor);
    return Millis{std::max<Millis::rep>(scaled, 0)};
}

Backoff::Backoff(Millis cap, Millis first) : cap_(cap), first_(first) {}

Millis Backoff::after_failure() {
    // Doubling stops once the cap is reached, so the count cannot overflow the
    // shift however long the server stays down.
    Millis delay = first_;
    for (int i = 0; i < failures_ && delay < cap_; ++i) {
        delay *= 2;
    }
    if (failures_ < 1'000'000) {  // a count for logs; the delay is capped long before
        ++failures_;
    }
    return std::min(delay, cap_);
}

}  // namespace signpost

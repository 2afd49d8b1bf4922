// A large synthetic schedule for the benchmarks: `rooms` rooms over four days,
// back-to-back sessions with a few overlaps, as a Schedule and as native JSON.
#pragma once

#include <string>

#include "model/schedule.h"

namespace signpost::bench {

constexpr size_t kBenchSessions = 12000;
constexpr size_t kBenchRooms = 80;

Schedule generated_schedule(size_t sessions = kBenchSessions, size_t rooms = kBenchRooms);
std::string generated_native_json(size_t sessions = kBenchSessions, size_t rooms = kBenchRooms);

// An instant in the middle of the generated days.
Instant generated_midpoint();

}  // namespace signpost::bench

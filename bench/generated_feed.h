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

// `rooms` rooms in one building named as a congress names them ("B1 - P2 -
// Room 205"), every one in the same slots as a summit's schedule runs: eight
// sessions a day of 45 minutes on the hour from 09:00, English titles.
Schedule one_slot_schedule(size_t rooms);
// 09:10 on its day: every room has a session on now and one next at 10:00.
Instant one_slot_busiest();

}  // namespace signpost::bench

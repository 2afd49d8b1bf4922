// now/next for every room of a 12,000-session, 80-room schedule at one instant.
// Target (issue 2): well under 1 ms for the whole pass.
#include <benchmark/benchmark.h>

#include "generated_feed.h"

namespace {

void BM_NowNextAllRooms(benchmark::State& state) {
    const auto schedule = signpost::bench::generated_schedule();
    const auto t = signpost::bench::generated_midpoint();
    for (auto _ : state) {
        auto all = schedule.now_next_all(t);
        benchmark::DoNotOptimize(all.data());
    }
    state.SetLabel(std::to_string(schedule.sessions().size()) + " sessions, " +
                   std::to_string(schedule.venue().rooms.size()) + " rooms");
}
BENCHMARK(BM_NowNextAllRooms)->Unit(benchmark::kMicrosecond);

}  // namespace

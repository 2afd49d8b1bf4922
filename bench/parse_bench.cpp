// parse_feed on a 12,000-session, 80-room native feed (about 3 MB): UTF-8
// check, detection, JSON parse, validation and the Schedule's index.
// Target (issue "Foundation"): well under 100 ms; issue 18: at most 60 ms.
#include <benchmark/benchmark.h>

#include "feed/feed_parser.h"
#include "generated_feed.h"

namespace {

void BM_ParseNativeFeed(benchmark::State& state) {
    const std::string json = signpost::bench::generated_native_json();
    const signpost::FeedOptions options;
    size_t sessions = 0;
    for (auto _ : state) {
        auto feed = signpost::parse_feed(json, options);
        if (!feed) {
            state.SkipWithError(feed.error().to_string().c_str());
            return;
        }
        sessions = feed->schedule->sessions().size();
        benchmark::DoNotOptimize(feed->schedule.get());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * json.size()));
    state.SetLabel(std::to_string(sessions) + " sessions, " + std::to_string(json.size()) +
                   " bytes");
}
BENCHMARK(BM_ParseNativeFeed)->Unit(benchmark::kMillisecond);

}  // namespace

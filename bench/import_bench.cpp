// parse_feed on the real feeds the importers read, largest first: FOSDEM 2025
// (Pentabarf XML, 2 MB, 943 events), 33C3 as frab JSON (400 kB) and as
// iCalendar (130 kB). Detection, parsing, the zone choice, HTML stripping and
// the Schedule's index are all inside the loop.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "feed/feed_parser.h"

namespace {

std::string fixture(const char* name) {
    // The bench programs have no data folder baked in; the fixtures sit next
    // to this source file's folder.
    const auto path =
        std::filesystem::path(__FILE__).parent_path().parent_path() / "tests/data/import" / name;
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void BM_ImportRealFeed(benchmark::State& state, const char* name) {
    const std::string bytes = fixture(name);
    const signpost::FeedOptions options;
    size_t sessions = 0;
    for (auto _ : state) {
        auto feed = signpost::parse_feed(bytes, options);
        if (!feed) {
            state.SkipWithError(feed.error().to_string().c_str());
            return;
        }
        sessions = feed->schedule->sessions().size();
        benchmark::DoNotOptimize(feed->schedule.get());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
    state.SetLabel(std::to_string(sessions) + " sessions, " + std::to_string(bytes.size()) +
                   " bytes");
}
BENCHMARK_CAPTURE(BM_ImportRealFeed, fosdem_2025_xml, "fosdem-2025.xml")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ImportRealFeed, congress_33c3_json, "33c3.schedule.json")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ImportRealFeed, congress_33c3_ics, "33c3.schedule.ics")
    ->Unit(benchmark::kMillisecond);

}  // namespace

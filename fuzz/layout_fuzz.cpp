// libFuzzer target: a fuzzed schedule at a fuzzed instant and screen size ->
// every page of the cycle must pass the layout tests' soundness checks
// (tests/layout/layout_checks.h: items inside the page, text that fits its box,
// no overlaps, ...), and the next change must lie in the future.
//
// Input: byte 0 picks the screen size, bytes 1..4 the instant (minutes from
// the first session's start, or from 2016-10-25 without sessions, within
// about a month either way), the rest is a feed in any format (auto).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "feed/feed_parser.h"
#include "layout/layout.h"
#include "layout_checks.h"
#include "layout_test_support.h"

namespace {

using namespace signpost;

[[noreturn]] void finding(const std::string& what) {
    std::fprintf(stderr, "finding: %s\n", what.c_str());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 5) {
        return 0;
    }
    const test::ScreenSize screen = test::kSizes[data[0] % std::size(test::kSizes)];
    const int32_t minutes =
        static_cast<int32_t>(static_cast<uint32_t>(data[1]) | static_cast<uint32_t>(data[2]) << 8 |
                             static_cast<uint32_t>(data[3]) << 16 |
                             static_cast<uint32_t>(data[4]) << 24) %
        (45 * 24 * 60);
    const std::string_view bytes(reinterpret_cast<const char*>(data + 5), size - 5);
    auto parsed = parse_feed(bytes, FeedOptions{});
    if (!parsed) {
        return 0;
    }
    const Schedule& schedule = *parsed->schedule;
    const Instant base =
        schedule.sessions().empty() ? test::seoul(9, 0) : schedule.sessions().front().start;
    const Instant now = base + std::chrono::minutes(minutes);

    static const LocationConfig config = test::make_config();
    test::FakeMeasurer measurer;
    LayoutContext ctx{&schedule, now,      config,
                      screen.w,  screen.h, FeedFreshness{FeedFreshness::State::fresh, now},
                      measurer};
    const std::vector<PagePlan> plans = plan_pages(ctx);
    if (plans.empty()) {
        finding("plan_pages gave no page");
    }
    for (size_t i = 0; i < plans.size(); ++i) {
        const DisplayList list = layout_page(ctx, plans[i], 0.5);
        for (const std::string& problem : test::sound_page_problems(list, measurer)) {
            finding("page " + std::to_string(i) + " at " + std::to_string(screen.w) + "x" +
                    std::to_string(screen.h) + ": " + problem);
        }
    }
    if (next_layout_change(&schedule, now) <= now) {
        finding("the next layout change is not after now");
    }
    return 0;
}

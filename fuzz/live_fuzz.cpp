// libFuzzer target: bytes read as a live document (parse_live_document,
// format "auto", docs/live-format.md), matched against a venue at a fuzzed
// instant (live_view), then every page of the cycle laid out with it.
// Findings besides a sanitizer report: an error without a reason; a view that
// names a room outside the venue, a room twice, a negative age, or an expiry
// that is not after now (the loop would wake for nothing); a page that fails
// the layout tests' soundness checks (tests/layout/layout_checks.h).
//
// Input: bytes 0..1 pick the instant (minutes around 2016-10-25 10:00 in
// Seoul, the test venue's day, about 22 days either way); the rest is the
// document.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "feed/live_parser.h"
#include "layout/layout.h"
#include "layout_checks.h"
#include "layout_test_support.h"

namespace {

using namespace signpost;

[[noreturn]] void finding(const std::string& what) {
    std::fprintf(stderr, "finding: %s\n", what.c_str());
    std::abort();
}

void check_view(const LiveView& view, const Venue& venue, Instant now) {
    for (size_t i = 0; i < view.rooms.size(); ++i) {
        const RoomLiveState& r = view.rooms[i];
        if (r.room >= venue.rooms.size()) {
            finding("a live state for a room index outside the venue");
        }
        if (i > 0 && view.rooms[i - 1].room >= r.room) {
            finding("live states not in venue order, or a room twice");
        }
        if (r.age < Seconds{0}) {
            finding("a live state with a negative age");
        }
    }
    if (view.next_expiry && *view.next_expiry <= now) {
        finding("a live expiry that is not after now");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2) {
        return 0;
    }
    const int minutes =
        static_cast<int>(static_cast<uint32_t>(data[0]) | static_cast<uint32_t>(data[1]) << 8) -
        32768;
    const std::string_view bytes(reinterpret_cast<const char*>(data + 2), size - 2);
    auto parsed = parse_live_document(bytes);
    if (!parsed) {
        if (parsed.error().what.empty()) {
            finding("an error without a reason");
        }
        return 0;
    }
    static const Schedule schedule = test::make_schedule();
    static const LocationConfig config = test::make_config();
    const Instant now = test::seoul(10, 0) + std::chrono::minutes(minutes);
    // Fetched a little before now, as the worker would have.
    const LiveData live{parsed->document, now - Seconds{30}};
    const LiveView view = live_view(live, schedule.venue(), now, LiveConfig{}.max_age);
    check_view(view, schedule.venue(), now);

    test::FakeMeasurer measurer;
    LayoutContext ctx{&schedule, now,  config,
                      1920,      1080, FeedFreshness{FeedFreshness::State::fresh, now},
                      measurer};
    ctx.live = &view;
    ctx.live_announcements = parsed->document.announcements;
    const std::vector<PagePlan> plans = plan_pages(ctx);
    for (size_t i = 0; i < plans.size(); ++i) {
        const DisplayList list = layout_page(ctx, plans[i], 0.5);
        for (const std::string& problem : test::sound_page_problems(list, measurer)) {
            finding("page " + std::to_string(i) + " with a live document: " + problem);
        }
    }
    return 0;
}

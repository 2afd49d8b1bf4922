// Layout of a 100-room venue at 1920x1080, measured through the real font
// chain (the demo's: Korean and Latin fonts), as the kiosk lays a page out at
// a page change or a minute tick: one layout_page call, one screen of the
// page, each iteration the next of the screens the page paginates into (the
// 100 rooms are paginated again in every call). Warm: the chain's width cache
// already knows the lines (the steady case: the same rooms minute after
// minute); cold: a new font chain per call (the first layout after start).
// plan_pages, the cycle's plan (at start and when the cycle wraps), apart.
// Target (issue 18): a 100-room page in at most 5 ms.
#include <benchmark/benchmark.h>

#include "generated_feed.h"
#include "layout/layout.h"
#include "render/font_setup.h"
#include "render/sdl_handles.h"

namespace {

using namespace signpost;

constexpr size_t kRooms = 100;

LocationConfig bench_config() {
    LocationConfig c;
    c.id = "bench";
    c.location_name = LocalizedText::plain("Entrance");
    c.building = "ccib";
    c.languages = {"ko", "en"};
    c.timezone = "Europe/Madrid";
    c.fonts = {"noto-sans-cjk-kr", "dejavu-sans"};
    c.pages = {PageConfig{PageKind::now_next, Seconds{15}, {}},
               PageConfig{PageKind::directory, Seconds{15}, {}}};
    return c;
}

struct Fixture {
    explicit Fixture(bool one_slot = false)
        : libraries(RenderLibraries::start().value()),
          schedule(one_slot ? bench::one_slot_schedule(kRooms)
                            : bench::generated_schedule(bench::kBenchSessions, kRooms)),
          at(one_slot ? bench::one_slot_busiest() : bench::generated_midpoint()),
          config(bench_config()) {}
    std::unique_ptr<FontChain> fonts() const {
        return load_font_chain(
            std::filesystem::path(SIGNPOST_SOURCE_DIR) / "fonts" / "manifest.txt", config.fonts);
    }
    std::unique_ptr<RenderLibraries> libraries;
    Schedule schedule;
    Instant at;
    LocationConfig config;
};

std::vector<PagePlan> screens_of(const LayoutContext& ctx, size_t page) {
    std::vector<PagePlan> screens;
    for (const PagePlan& plan : plan_pages(ctx)) {
        if (plan.config_page == page)
            screens.push_back(plan);
    }
    return screens;
}

void run(benchmark::State& state, const Fixture& fixture, size_t page, bool warm) {
    auto fonts = fixture.fonts();
    const LayoutContext first{&fixture.schedule, fixture.at, fixture.config, 1920, 1080,
                              FeedFreshness{},   *fonts};
    const std::vector<PagePlan> screens = screens_of(first, page);
    for (const PagePlan& plan : screens) {
        layout_page(first, plan, 0.5);  // warms the width cache
    }
    size_t next = 0;
    for (auto _ : state) {
        if (!warm) {
            state.PauseTiming();
            fonts = fixture.fonts();
            state.ResumeTiming();
        }
        const LayoutContext ctx{&fixture.schedule, fixture.at, fixture.config, 1920, 1080,
                                FeedFreshness{},   *fonts};
        DisplayList list = layout_page(ctx, screens[next], 0.5);
        benchmark::DoNotOptimize(list.items.data());
        next = (next + 1) % screens.size();
    }
    state.SetLabel(std::to_string(kRooms) + " rooms over " + std::to_string(screens.size()) +
                   " screens");
}

const Fixture& staggered() {
    static const Fixture fixture;
    return fixture;
}

// Every room in one slot: the page also tries its shared-slot settings
// (layout/now_next_slot_rows.h), and keeps them.
const Fixture& one_slot() {
    static const Fixture fixture(true);
    return fixture;
}

void BM_LayoutNowNext100RoomsWarm(benchmark::State& state) {
    run(state, staggered(), 0, true);
}
void BM_LayoutNowNext100RoomsCold(benchmark::State& state) {
    run(state, staggered(), 0, false);
}
void BM_LayoutNowNext100RoomsOneSlotWarm(benchmark::State& state) {
    run(state, one_slot(), 0, true);
}
void BM_LayoutDirectory100RoomsWarm(benchmark::State& state) {
    run(state, staggered(), 1, true);
}

void BM_PlanPages100Rooms(benchmark::State& state) {
    static const Fixture fixture;
    auto fonts = fixture.fonts();
    const LayoutContext ctx{&fixture.schedule,
                            bench::generated_midpoint(),
                            fixture.config,
                            1920,
                            1080,
                            FeedFreshness{},
                            *fonts};
    size_t pages = plan_pages(ctx).size();
    for (auto _ : state) {
        pages = plan_pages(ctx).size();
    }
    state.SetLabel(std::to_string(pages) + " screens in the cycle");
}

BENCHMARK(BM_LayoutNowNext100RoomsWarm)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutNowNext100RoomsCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutNowNext100RoomsOneSlotWarm)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutDirectory100RoomsWarm)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlanPages100Rooms)->Unit(benchmark::kMillisecond);

}  // namespace

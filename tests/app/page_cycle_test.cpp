#include "app/page_cycle.h"

#include <gtest/gtest.h>

namespace signpost {
namespace {

using namespace std::chrono_literals;
using TimePoint = PageCycle::TimePoint;

const TimePoint t0 = TimePoint{} + 1000s;

PagePlan plan(PlanKind kind, Seconds dwell, size_t config_page = 0) {
    PagePlan p;
    p.kind = kind;
    p.dwell = dwell;
    p.config_page = config_page;
    return p;
}

std::vector<PagePlan> three_pages() {
    return {plan(PlanKind::directory, 10s, 0), plan(PlanKind::now_next, 20s, 1),
            plan(PlanKind::now_next, 5s, 1)};
}

// A cycle planned with three_pages() at t0.
class PageCycleOfThree : public ::testing::Test {
  protected:
    void SetUp() override { cycle.replan(three_pages(), t0, false); }
    // Whether the cycle moved to the next page at `t`.
    bool advance_at(TimePoint t) {
        bool wrapped = false;
        return cycle.advance_if_due(t, wrapped);
    }
    PageCycle cycle;
};

TEST_F(PageCycleOfThree, StartsAtTheFirstPageOfAPlan) {
    EXPECT_EQ(cycle.index(), 0u);
    EXPECT_EQ(cycle.size(), 3u);
    EXPECT_EQ(cycle.current().kind, PlanKind::directory);
    EXPECT_EQ(cycle.page_end(), t0 + 10s);
}

TEST_F(PageCycleOfThree, AdvancesOnlyWhenTheDwellIsOver) {
    bool wrapped = true;
    EXPECT_FALSE(cycle.advance_if_due(t0 + 9999ms, wrapped));
    EXPECT_FALSE(wrapped);
    EXPECT_EQ(cycle.index(), 0u);
    EXPECT_TRUE(cycle.advance_if_due(t0 + 10s, wrapped));
    EXPECT_FALSE(wrapped);
    EXPECT_EQ(cycle.index(), 1u);
    // The next page's dwell counts from when it came on screen.
    EXPECT_EQ(cycle.page_end(), t0 + 30s);
    EXPECT_FALSE(cycle.advance_if_due(t0 + 29s, wrapped));
    EXPECT_TRUE(cycle.advance_if_due(t0 + 31s, wrapped));
    EXPECT_EQ(cycle.index(), 2u);
    EXPECT_EQ(cycle.page_end(), t0 + 36s);
}

TEST_F(PageCycleOfThree, WrapsToTheFirstPageAndSaysSo) {
    bool wrapped = false;
    ASSERT_TRUE(cycle.advance_if_due(t0 + 10s, wrapped));
    ASSERT_TRUE(cycle.advance_if_due(t0 + 30s, wrapped));
    EXPECT_FALSE(wrapped);
    ASSERT_TRUE(cycle.advance_if_due(t0 + 35s, wrapped));
    EXPECT_TRUE(wrapped);
    EXPECT_EQ(cycle.index(), 0u);
}

TEST(PageCycle, OnePageCycleWrapsEveryDwell) {
    PageCycle cycle;
    cycle.replan({plan(PlanKind::emergency, 15s)}, t0, false);
    bool wrapped = false;
    EXPECT_TRUE(cycle.advance_if_due(t0 + 15s, wrapped));
    EXPECT_TRUE(wrapped);
    EXPECT_EQ(cycle.index(), 0u);
    EXPECT_EQ(cycle.page_end(), t0 + 30s);
}

TEST_F(PageCycleOfThree, ReplanKeepingPositionKeepsSlotAndStart) {
    ASSERT_TRUE(advance_at(t0 + 10s));
    ASSERT_EQ(cycle.index(), 1u);
    // A new snapshot arrives mid-page: the page stays, and so does its start.
    auto next = three_pages();
    next[1].dwell = 12s;
    cycle.replan(next, t0 + 15s, true);
    EXPECT_EQ(cycle.index(), 1u);
    EXPECT_EQ(cycle.page_end(), t0 + 22s);
}

TEST_F(PageCycleOfThree, ReplanWithoutKeepingStartsOver) {
    ASSERT_TRUE(advance_at(t0 + 10s));
    cycle.replan(three_pages(), t0 + 12s, false);
    EXPECT_EQ(cycle.index(), 0u);
    EXPECT_EQ(cycle.page_end(), t0 + 22s);
}

TEST_F(PageCycleOfThree, ReplanKeepingPositionStartsOverWhenThePageIsGone) {
    ASSERT_TRUE(advance_at(t0 + 10s));
    ASSERT_TRUE(advance_at(t0 + 30s));
    ASSERT_EQ(cycle.index(), 2u);
    // Fewer sub-pages now: slot 2 no longer exists.
    cycle.replan({plan(PlanKind::directory, 10s), plan(PlanKind::now_next, 20s, 1)}, t0 + 32s,
                 true);
    EXPECT_EQ(cycle.index(), 0u);
    EXPECT_EQ(cycle.page_end(), t0 + 42s);
}

TEST_F(PageCycleOfThree, ReplanKeepingPositionStartsOverWhenTheKindChanged) {
    ASSERT_TRUE(advance_at(t0 + 10s));
    // An emergency replaces everything: its page must not inherit a half-used dwell.
    cycle.replan({plan(PlanKind::emergency, 15s), plan(PlanKind::emergency, 15s)}, t0 + 20s, true);
    EXPECT_EQ(cycle.index(), 0u);
    EXPECT_EQ(cycle.current().kind, PlanKind::emergency);
    EXPECT_EQ(cycle.page_end(), t0 + 35s);
}

TEST(PageCycle, AnEmptyPlanBecomesOneDefaultPage) {
    PageCycle cycle;
    cycle.replan({}, t0, false);
    EXPECT_EQ(cycle.size(), 1u);
    EXPECT_EQ(cycle.index(), 0u);
}

TEST(PageCycle, ProgressMovesInSteps) {
    PageCycle cycle;
    cycle.replan({plan(PlanKind::now_next, 20s)}, t0, false);
    EXPECT_DOUBLE_EQ(cycle.progress(t0, 4), 0.0);
    EXPECT_DOUBLE_EQ(cycle.progress(t0 + 4999ms, 4), 0.0);
    EXPECT_DOUBLE_EQ(cycle.progress(t0 + 5s, 4), 0.25);
    EXPECT_DOUBLE_EQ(cycle.progress(t0 + 14s, 4), 0.5);
    EXPECT_DOUBLE_EQ(cycle.progress(t0 + 20s, 4), 1.0);
    EXPECT_DOUBLE_EQ(cycle.progress(t0 + 60s, 4), 1.0);  // clamped
    EXPECT_DOUBLE_EQ(cycle.progress(t0 - 1s, 4), 0.0);   // clamped
    // Without steps the progress is continuous.
    EXPECT_NEAR(cycle.progress(t0 + 3s, 0), 0.15, 1e-12);
}

TEST(PageCycle, NextProgressStepIsTheNextStepBoundaryCappedAtThePageEnd) {
    PageCycle cycle;
    cycle.replan({plan(PlanKind::now_next, 20s)}, t0, false);
    EXPECT_EQ(cycle.next_progress_step(t0, 4), t0 + 5s);
    EXPECT_EQ(cycle.next_progress_step(t0 + 4s, 4), t0 + 5s);
    EXPECT_EQ(cycle.next_progress_step(t0 + 5s, 4), t0 + 10s);
    EXPECT_EQ(cycle.next_progress_step(t0 + 19s, 4), t0 + 20s);
    EXPECT_EQ(cycle.next_progress_step(t0 + 25s, 4), t0 + 20s);
    EXPECT_EQ(cycle.next_progress_step(t0 + 3s, 0), t0 + 20s);
    // The step deadline always moves the stepped progress on (no busy loop).
    for (auto t = t0; t < t0 + 20s; t += 700ms) {
        auto step = cycle.next_progress_step(t, 4);
        ASSERT_GT(step, t);
        EXPECT_GT(cycle.progress(step, 4), cycle.progress(t, 4));
    }
}

}  // namespace
}  // namespace signpost

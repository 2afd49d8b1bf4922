// The main loop's timing with a fake clock: no window, no subprocess, no
// real waiting.
#include "app/loop_deadline.h"

#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "app/page_cycle.h"

namespace signpost {
namespace {

using namespace std::chrono_literals;
using TimePoint = LoopClock::TimePoint;
using Wall = std::chrono::system_clock::time_point;

const TimePoint t0 = TimePoint{} + 1000s;
const Wall wall0 = Wall{} + std::chrono::hours{24 * 365 * 50};

// A simulated loop clock: waiting moves it to the deadline at once.
class FakeLoopClock final : public LoopClock {
  public:
    explicit FakeLoopClock(TimePoint start) : now_(start) {}
    TimePoint now() const override { return now_; }
    Duration wait_time(TimePoint deadline) override {
        now_ = std::max(now_, deadline);
        return Duration::zero();
    }

  private:
    TimePoint now_;
};

TEST(LoopDeadline, StartsAtTheLongestSleep) {
    LoopDeadline d(t0, 30s);
    EXPECT_EQ(d.now(), t0);
    EXPECT_EQ(d.when(), t0 + 30s);
}

TEST(LoopDeadline, OnlyEarlierInstantsShortenIt) {
    LoopDeadline d(t0, 30s);
    d.at(t0 + 10s);
    d.at(t0 + 20s);
    d.at(std::optional<TimePoint>{});
    EXPECT_EQ(d.when(), t0 + 10s);
    d.at(std::optional<TimePoint>{t0 + 2500ms});
    EXPECT_EQ(d.when(), t0 + 2500ms);
}

TEST(LoopDeadline, WallInstantsCountFromTheTurnsWallReading) {
    LoopDeadline d(t0, 30s);
    d.at_wall(wall0 + 7s, wall0);
    EXPECT_EQ(d.when(), t0 + 7s);
    // An instant already past (the wall clock jumped) is due now, not in the past.
    LoopDeadline late(t0, 30s);
    late.at_wall(wall0 - 1h, wall0);
    EXPECT_EQ(late.when(), t0);
    // One beyond the longest sleep leaves it.
    LoopDeadline far(t0, 30s);
    far.at_wall(wall0 + 8h, wall0);
    EXPECT_EQ(far.when(), t0 + 30s);
}

TEST(Periodic, DueAtOnceThenOncePerPeriod) {
    Periodic ping(15s);
    EXPECT_TRUE(ping.due(t0));
    EXPECT_FALSE(ping.next().has_value());
    ping.done(t0);
    EXPECT_EQ(ping.next(), t0 + 15s);
    EXPECT_FALSE(ping.due(t0 + 14999ms));
    EXPECT_TRUE(ping.due(t0 + 15s));
    ping.done(t0 + 16s);  // done late: the next one counts from then
    EXPECT_EQ(ping.next(), t0 + 31s);
    ping.set_period(5s);
    ping.done(t0 + 31s);
    EXPECT_EQ(ping.next(), t0 + 36s);
}

TEST(SteadyLoopClock, WaitsTheTimeLeftAndNeverLess) {
    SteadyLoopClock clock;
    const auto now = clock.now();
    EXPECT_EQ(clock.wait_time(now - 1s), LoopClock::Duration::zero());
    EXPECT_GT(clock.wait_time(now + 10s), 9s);
    EXPECT_LE(clock.wait_time(now + 10s), 10s);
}

// The turns of the kiosk over one page, as kiosk_loop.cpp composes them: the
// dwell (its end, the indicator's steps), a content change on the wall clock
// and the watchdog, each shortening the turn's deadline; the simulated clock
// jumps to it. The loop wakes exactly at those instants and nowhere between.
TEST(LoopDeadline, ASimulatedClockVisitsEachDeadlineOfAPage) {
    FakeLoopClock clock(t0);
    PageCycle cycle;
    PagePlan page;
    page.dwell = 10s;
    cycle.replan({page, page}, t0, false);
    Periodic watchdog(4s);
    const Wall content_change = wall0 + 7s;  // a session starts
    std::vector<LoopClock::Duration> wakes;
    while (clock.now() < t0 + 10s) {
        LoopDeadline turn(clock.now(), 30s);
        const Wall wall = wall0 + (clock.now() - t0);
        if (watchdog.due(turn.now()))
            watchdog.done(turn.now());
        turn.at(watchdog.next());
        turn.at(cycle.page_end());
        turn.at(cycle.next_progress_step(turn.now(), 4));
        if (wall < content_change)
            turn.at_wall(content_change, wall);
        EXPECT_EQ(clock.wait_time(turn.when()), LoopClock::Duration::zero());
        wakes.push_back(clock.now() - t0);
    }
    const std::vector<LoopClock::Duration> expected{2500ms, 4s, 5s, 7s, 7500ms, 8s, 10s};
    EXPECT_EQ(wakes, expected);
}

// "simulated_clock": {"speed": N}: the loop's steady time runs N times as
// fast as real time, and a wait on it blocks a real N-th of its length.
TEST(ScaledLoopClock, RunsNTimesAsFastAndWaitsAnNthInRealTime) {
    ScaledLoopClock clock(1000);
    const TimePoint start = clock.now();
    std::this_thread::sleep_for(10ms);
    EXPECT_GE(clock.now() - start, 10s);  // 10 ms of real time at least
    const TimePoint now = clock.now();
    const auto wait = clock.wait_time(now + 60s);
    EXPECT_LE(wait, 60ms);
    EXPECT_GT(wait, 30ms);  // less only for the time between the two readings
    EXPECT_EQ(clock.wait_time(now - 1s), LoopClock::Duration::zero());
}

}  // namespace
}  // namespace signpost

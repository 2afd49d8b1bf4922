// The simulated clock's speed (config "simulated_clock": {"speed": N}) and the
// conversion of a span of a fast clock into real time.
#include "util/clock.h"

#include <thread>

#include <gtest/gtest.h>

namespace signpost {
namespace {

using namespace std::chrono_literals;

TEST(SimulatedClock, StartsWhereAskedAndRunsAtRealSpeedByDefault) {
    const Instant start = *parse_iso8601("2016-10-25T10:20:00+02:00");
    const SimulatedClock clock(start);
    EXPECT_EQ(clock.speed(), 1.0);
    const auto t = clock.now_precise();
    EXPECT_GE(t, start);
    EXPECT_LT(t, start + 5s);  // no test takes 5 s to get here
}

TEST(SimulatedClock, ASpeedOfNRunsNSecondsPerRealSecond) {
    const Instant start = *parse_iso8601("2016-10-25T10:20:00+02:00");
    const SimulatedClock clock(start, 3600);
    EXPECT_EQ(clock.speed(), 3600.0);
    const auto real_start = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(20ms);
    const auto simulated = clock.now_precise() - start;
    const auto real = std::chrono::steady_clock::now() - real_start;
    // At least 20 ms * 3600 = 72 s have passed on it, and no more than the real
    // time that passed (construction included) times 3600.
    EXPECT_GE(simulated, 72s);
    EXPECT_LE(simulated, std::chrono::duration_cast<std::chrono::system_clock::duration>(
                             real * 3600 + 3600ms));
}

TEST(SimulatedClock, OtherClocksRunAtRealSpeed) {
    EXPECT_EQ(SystemClock().speed(), 1.0);
    EXPECT_EQ(FixedClock(Instant{}).speed(), 1.0);
}

TEST(RealTime, ASpanOfAFastClockIsThatSpanDividedByItsSpeed) {
    EXPECT_EQ(real_time(60s, 1.0), std::chrono::steady_clock::duration(60s));
    EXPECT_EQ(real_time(60s, 600.0), std::chrono::steady_clock::duration(100ms));
    EXPECT_EQ(real_time(std::chrono::milliseconds{5000}, 1000.0),
              std::chrono::steady_clock::duration(5ms));
}

TEST(Clocks, FixedClockStaysPut) {
    const Instant at{Seconds{1477474800}};
    FixedClock clock(at);
    EXPECT_EQ(clock.now(), at);
    std::this_thread::sleep_for(20ms);
    EXPECT_EQ(clock.now(), at);
    EXPECT_EQ(clock.now_precise(), at);
}

TEST(Clocks, SystemClockIsTheSystemsTime) {
    SystemClock clock;
    const auto system = std::chrono::system_clock::now();
    EXPECT_LT(std::chrono::abs(clock.now_precise() - system), 5s);
    EXPECT_LE(clock.now(), clock.now_precise());
}

TEST(SimulatedClock, PlacesARealInstantOnItsTimeLine) {
    const Instant start = *parse_iso8601("2016-10-25T10:20:00+02:00");
    const auto real_now = std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
    // At real speed: something fetched just now is about the simulated now,
    // and something written ten minutes ago is ten minutes before it.
    const SimulatedClock demo(start);
    EXPECT_LT(std::chrono::abs(demo.from_real(real_now) - start), 3s);
    EXPECT_LT(std::chrono::abs(demo.from_real(real_now - 600s) - (start - 600s)), 3s);
    // Sped up: ten real minutes are N times as long on it.
    const SimulatedClock soak(start, 60);
    EXPECT_LT(std::chrono::abs(soak.from_real(real_now - 600s) - (start - 36000s)), 120s);
}

TEST(Clocks, TheSystemClockAndAFixedInstantTakeRealInstantsAsTheyAre) {
    const Instant real{Seconds{1765000000}};
    EXPECT_EQ(SystemClock().from_real(real), real);
    EXPECT_EQ(FixedClock(Instant{Seconds{1477474800}}).from_real(real), real);
}

}  // namespace
}  // namespace signpost

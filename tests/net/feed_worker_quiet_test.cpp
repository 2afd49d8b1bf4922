// The feed worker in quiet hours, on a simulated clock: it polls at the slow
// rate while the clock says the span is on, and wakes at the span's end.
// The choice of each delay is tested on instants in quiet_polling_test.cpp;
// these check that the worker follows it (a few seconds of real waiting).
#include <gtest/gtest.h>

#include <mutex>
#include <thread>
#include <vector>

#include "net/feed_worker.h"
#include "net/quiet_polling.h"
#include "test_support.h"

namespace signpost {
namespace {

using namespace std::chrono_literals;
using Steady = std::chrono::steady_clock;

// When each attempt was published (steady time); any thread.
class AttemptTimes {
  public:
    FeedWorker::UpdateCallback callback() {
        return [this](FeedUpdate) {
            std::lock_guard lock(mutex_);
            times_.push_back(Steady::now());
        };
    }
    std::vector<Steady::time_point> all() const {
        std::lock_guard lock(mutex_);
        return times_;
    }
    size_t count() const { return all().size(); }
    bool wait_for_count(size_t n, std::chrono::milliseconds timeout) const {
        const auto deadline = Steady::now() + timeout;
        while (Steady::now() < deadline) {
            if (count() >= n)
                return true;
            std::this_thread::sleep_for(10ms);
        }
        return count() >= n;
    }

  private:
    mutable std::mutex mutex_;
    std::vector<Steady::time_point> times_;
};

class QuietWorker : public ::testing::Test {
  protected:
    // A local feed file (re-read each attempt, published each time), read in
    // UTC, with quiet hours 23:00-07:00 and a normal rate of one second.
    LocationConfig config() const {
        LocationConfig c = test::make_config(test::net_data("feed-a.json").string(), "");
        c.timezone = "UTC";
        c.fetch.poll_interval = Seconds{1};
        c.quiet_hours = QuietHours{23 * 60, 7 * 60, std::nullopt};
        return c;
    }
    static std::shared_ptr<const Clock> clock_at(const char* iso) {
        auto t = parse_iso8601(iso);
        EXPECT_TRUE(t) << iso;
        return std::make_shared<SimulatedClock>(t ? *t : Instant{});
    }
    static RandomUnit middle() {
        return [] { return 0.5; };
    }

    AttemptTimes attempts_;
};

TEST_F(QuietWorker, OutsideQuietHoursItPollsAtTheNormalRate) {
    // The control for the next test: the same config at noon.
    FeedWorker worker(config(), attempts_.callback(), middle(), clock_at("2026-11-25T12:00:00Z"));
    worker.start();
    EXPECT_TRUE(attempts_.wait_for_count(3, 5s)) << attempts_.count() << " attempts";
    worker.stop();
}

TEST_F(QuietWorker, DuringQuietHoursItPollsAtTheSlowRate) {
    FeedWorker worker(config(), attempts_.callback(), middle(), clock_at("2026-11-25T02:00:00Z"));
    worker.start();
    ASSERT_TRUE(attempts_.wait_for_count(1, 5s));
    // The next attempt is 15 minutes away (at the normal rate: 1 s).
    std::this_thread::sleep_for(2500ms);
    EXPECT_EQ(attempts_.count(), 1u);
    // poll_now() still fetches at once.
    worker.poll_now();
    EXPECT_TRUE(attempts_.wait_for_count(2, 5s));
    worker.stop();
}

TEST_F(QuietWorker, WakesAtTheEndOfQuietHoursAndGoesBackToTheNormalRate) {
    test::LogCapture logs;
    FeedWorker worker(config(), attempts_.callback(), middle(), clock_at("2026-11-25T06:59:58Z"));
    worker.start();
    ASSERT_TRUE(attempts_.wait_for_count(1, 5s));
    // 07:00 is 2 s after the clock's start: the next attempt comes then (plus
    // the margin), then every second.
    ASSERT_TRUE(attempts_.wait_for_count(4, 10s)) << attempts_.count() << " attempts";
    const auto times = attempts_.all();
    const auto first_gap = times[1] - times[0];
    EXPECT_GT(first_gap, 1500ms) << "polled at the normal rate in quiet hours";
    EXPECT_LT(first_gap, 2s + kQuietEdgeMargin + 1s) << "did not wake at the end";
    EXPECT_LT(times[3] - times[1], 3500ms) << "not back to the normal rate";
    worker.stop();
    EXPECT_TRUE(logs.contains("quiet hours: fetching every 900 s")) << logs.joined();
    EXPECT_TRUE(logs.contains("quiet hours over")) << logs.joined();
}

TEST_F(QuietWorker, ReloadTakesANewClock) {
    FeedWorker worker(config(), attempts_.callback(), middle(), clock_at("2026-11-25T02:00:00Z"));
    worker.start();
    ASSERT_TRUE(attempts_.wait_for_count(1, 5s));
    worker.reload(config(), clock_at("2026-11-25T12:00:00Z"));
    // The reload's attempt, then the normal rate on the new clock.
    EXPECT_TRUE(attempts_.wait_for_count(4, 6s)) << attempts_.count() << " attempts";
    worker.stop();
}

}  // namespace
}  // namespace signpost

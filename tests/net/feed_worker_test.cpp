#include "net/feed_worker.h"

#include <gtest/gtest.h>

#include <thread>

#include "net/feed_cache.h"
#include "test_servers.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

bool has_ids(const FeedUpdate& update, const std::string& ids) {
    return test::session_ids(update.schedule) == ids;
}

// Polls the server's request counter until it reaches `count` (at most 10 s).
bool wait_for_requests(test::FaultServer& server, int count) {
    for (int i = 0; i < 1000; ++i) {
        if (server.feed_requests() >= count) {
            return true;
        }
        std::this_thread::sleep_for(10ms);
    }
    return false;
}

class Worker : public ::testing::Test {
  protected:
    FeedWorker::UpdateCallback collect() {
        return [this](FeedUpdate update) { updates_.add(std::move(update)); };
    }
    static RandomUnit middle() {
        return [] { return 0.5; };
    }

    test::FaultServer server_;
    test::TempDir tmp_;
    test::UpdateLog updates_;
};

TEST_F(Worker, PublishesTheCacheFirstAndStopsPromptlyDuringAStalledTransfer) {
    LocationConfig config = test::make_config(server_.url(), tmp_ / "cache");
    config.fetch.total_timeout = Seconds{60};
    ASSERT_TRUE(FeedCache(tmp_ / "cache")
                    .store({server_.url(), "\"b\"", "", *parse_iso8601("2030-04-30T12:00:00Z"),
                            test::read_file(test::net_data("feed-b.json"))}));
    server_.set_mode("stall");

    FeedWorker worker(config, collect(), middle());
    worker.start();
    auto cached = updates_.wait_for([](const FeedUpdate& u) { return u.schedule != nullptr; }, 10s);
    ASSERT_TRUE(cached);
    EXPECT_TRUE(has_ids(*cached, "b-1,b-2,b-3"));
    EXPECT_EQ(cached->status.source, FeedDataSource::cache);
    EXPECT_TRUE(cached->status.stale);

    ASSERT_TRUE(wait_for_requests(server_, 1));
    std::this_thread::sleep_for(200ms);  // well inside the stalled body
    auto start = std::chrono::steady_clock::now();
    worker.stop();
    auto took = std::chrono::steady_clock::now() - start;
    std::printf("stop() during a stalled transfer took %lld ms\n",
                static_cast<long long>(
                    std::chrono::duration_cast<std::chrono::milliseconds>(took).count()));
    // The stall would last 60 s; the bound is loose for a loaded machine.
    EXPECT_LT(took, 2s);
    // The abandoned attempt is not reported as a failure.
    for (const auto& update : updates_.all()) {
        EXPECT_EQ(update.status.last_error, "");
    }
}

TEST_F(Worker, FetchesAndFollowsChanges) {
    LocationConfig config = test::make_config(server_.url(), tmp_ / "cache");
    FeedWorker worker(config, collect(), middle());
    worker.start();
    auto first = updates_.wait_for([](const FeedUpdate& u) { return has_ids(u, "a-1,a-2"); }, 10s);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->status.source, FeedDataSource::network);
    EXPECT_EQ(freshness(first->status).state, FeedFreshness::State::fresh);

    server_.set_mode("b");
    worker.poll_now();
    ASSERT_TRUE(
        updates_.wait_for([](const FeedUpdate& u) { return has_ids(u, "b-1,b-2,b-3"); }, 10s));

    server_.set_mode("500");
    worker.poll_now();
    auto failed = updates_.wait_for([](const FeedUpdate& u) { return u.status.stale; }, 10s);
    ASSERT_TRUE(failed);
    EXPECT_FALSE(failed->schedule);  // nothing new: the main loop keeps what it has
    EXPECT_NE(failed->status.last_error.find("HTTP status 500"), std::string::npos);
    EXPECT_EQ(failed->status.source, FeedDataSource::network);
    worker.stop();
}

TEST_F(Worker, ReloadAbandonsAStalledTransfer) {
    LocationConfig config = test::make_config(server_.url(), tmp_ / "cache");
    config.fetch.total_timeout = Seconds{60};
    server_.set_mode("stall");
    FeedWorker worker(config, collect(), middle());
    worker.start();
    ASSERT_TRUE(wait_for_requests(server_, 1));

    LocationConfig file_config = test::make_config(test::net_data("feed-a.json").string(), "");
    auto start = std::chrono::steady_clock::now();
    worker.reload(file_config);
    auto update = updates_.wait_for(
        [](const FeedUpdate& u) { return u.status.source == FeedDataSource::file; }, 10s);
    ASSERT_TRUE(update);
    EXPECT_TRUE(has_ids(*update, "a-1,a-2"));
    EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);  // not the 60 s stall
    worker.stop();
}

TEST_F(Worker, FileSourceIsReReadWhenItsMtimeChanges) {
    const fs::path feed = tmp_ / "feed.json";
    test::write_file(feed, test::read_file(test::net_data("feed-a.json")));
    FeedWorker worker(test::make_config(feed.string(), ""), collect(), middle());
    worker.start();
    ASSERT_TRUE(updates_.wait_for([](const FeedUpdate& u) { return has_ids(u, "a-1,a-2"); }, 10s));

    auto bump_mtime = [&] { fs::last_write_time(feed, fs::last_write_time(feed) + 10s); };
    test::write_file(feed, test::read_file(test::net_data("feed-b.json")));
    bump_mtime();
    worker.poll_now();
    ASSERT_TRUE(
        updates_.wait_for([](const FeedUpdate& u) { return has_ids(u, "b-1,b-2,b-3"); }, 10s));

    test::write_file(feed, "{\"version\": 1, \"venue\": ");  // a half-written file
    bump_mtime();
    worker.poll_now();
    auto rejected = updates_.wait_for([](const FeedUpdate& u) { return u.status.stale; }, 10s);
    ASSERT_TRUE(rejected);
    EXPECT_NE(rejected->status.last_error.find("feed rejected"), std::string::npos)
        << rejected->status.last_error;
    worker.stop();
}

TEST_F(Worker, RepeatedFailuresAreLoggedOnce) {
    LocationConfig config = test::make_config(server_.url(), tmp_ / "cache");
    config.fetch.poll_interval = Seconds{1};  // and so the backoff is 1 s too
    server_.set_mode("404");
    test::LogCapture logs;
    FeedWorker worker(config, collect(), middle());
    worker.start();
    for (int i = 0; i < 1000 && updates_.all().size() < 3; ++i) {
        std::this_thread::sleep_for(10ms);
    }
    worker.stop();
    int lines = 0;
    for (const auto& line : logs.lines()) {
        lines += line.find("HTTP status 404") != std::string::npos;
    }
    EXPECT_EQ(lines, 1) << logs.joined();
    EXPECT_GE(updates_.all().size(), 3u);
}

TEST_F(Worker, StopWithoutStartAndTwiceIsHarmlessAndNothingComesAfterStop) {
    FeedWorker idle(test::make_config(server_.url(), tmp_ / "cache"), collect());
    idle.stop();
    EXPECT_TRUE(updates_.all().empty()) << "a worker never started sent an update";
    EXPECT_EQ(server_.feed_requests(), 0);

    LocationConfig config = test::make_config(server_.url(), tmp_ / "cache");
    config.fetch.poll_interval = Seconds{1};
    FeedWorker worker(config, collect(), middle());
    worker.start();
    ASSERT_TRUE(updates_.wait_for([](const FeedUpdate& u) { return u.schedule != nullptr; }, 10s));
    const auto asked = std::chrono::steady_clock::now();
    worker.stop();
    worker.stop();
    EXPECT_LT(std::chrono::steady_clock::now() - asked, 1s) << "stop() is promised in ~100 ms";
    // Joined: no callback and no request after stop(), over two poll intervals.
    const size_t updates = updates_.all().size();
    const int requests = server_.feed_requests();
    std::this_thread::sleep_for(2500ms);
    EXPECT_EQ(updates_.all().size(), updates);
    EXPECT_EQ(server_.feed_requests(), requests);
}

}  // namespace
}  // namespace signpost

// The live source over HTTP, against Debian's nginx on 127.0.0.1 (the
// fixture of nginx_fetch_test.cpp): a conditional GET gives 304 and confirms
// the document; a bad document or a server error keeps the last good copy,
// which the cache carries over a restart; failures back off 2 s, 4 s, 8 s.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "net/live_refresher.h"
#include "net/live_worker.h"
#include "test_servers.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;
using Outcome = RefreshResult::Outcome;

constexpr const char* kFull = R"({"rooms": {"janson": {"state": "full"}}})";

class LiveNginx : public ::testing::Test {
  protected:
    void SetUp() override {
        fs::create_directories(tmp_ / "www");
        test::write_file(tmp_ / "www" / "live.json", kFull);
        // A file named "fail" beside the site makes /live.json answer 500.
        nginx_ = std::make_unique<test::NginxServer>(tmp_.path(),
                                                     "  server {\n"
                                                     "    listen 127.0.0.1:@PORT0@;\n"
                                                     "    root @DIR@/www;\n"
                                                     "    location = /live.json {\n"
                                                     "      if (-f @DIR@/fail) { return 500; }\n"
                                                     "    }\n"
                                                     "  }\n",
                                                     1);
    }

    LocationConfig config(int poll_seconds = 10) const {
        LocationConfig c = test::make_config(
            "http://127.0.0.1:" + std::to_string(nginx_->port(0)) + "/feed.json", tmp_ / "cache");
        c.live = LiveConfig{};
        c.live->source = "http://127.0.0.1:" + std::to_string(nginx_->port(0)) + "/live.json";
        c.live->poll_interval = Seconds{poll_seconds};
        return c;
    }

    // The access-log lines for /live.json once there are at least `count`.
    std::vector<std::string> requests(size_t count) const {
        return nginx_->requests_for("/live.json", count);
    }

    test::TempDir tmp_;
    std::unique_ptr<test::NginxServer> nginx_;
    HttpFetcher fetcher_;
};

TEST_F(LiveNginx, AConditionalGetGives304AndConfirmsTheDocument) {
    LiveRefresher refresher(config(), fetcher_);
    const Instant first = test::wall_now();
    ASSERT_EQ(refresher.refresh(first).outcome, Outcome::updated) << refresher.status().error;
    const auto document = refresher.document();
    ASSERT_TRUE(document);
    EXPECT_EQ(document->rooms.at(0).state, RoomState::full);
    // Polled again: 304, the same document, dated by this confirmation.
    EXPECT_EQ(refresher.refresh(first + Seconds{10}).outcome, Outcome::unchanged);
    EXPECT_EQ(refresher.document().get(), document.get());
    EXPECT_EQ(refresher.status().fetched_at, first + Seconds{10});
    EXPECT_FALSE(refresher.status().stale);
    const auto lines = requests(2);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_TRUE(lines[0].starts_with("200 ")) << lines[0];
    EXPECT_TRUE(lines[1].starts_with("304 ")) << lines[1];
    EXPECT_EQ(lines[1].find("inm=\"-\""), std::string::npos) << lines[1];  // an ETag was sent
    EXPECT_NE(lines[1].find("bytes=0"), std::string::npos) << lines[1];
}

TEST_F(LiveNginx, ABadDocumentKeepsTheLastGoodCopyOnScreenAndInTheCache) {
    const Instant first = test::wall_now();
    {
        LiveRefresher refresher(config(), fetcher_);
        ASSERT_EQ(refresher.refresh(first).outcome, Outcome::updated);
        const auto good = refresher.document();
        test::write_file(tmp_ / "www" / "live.json", R"({"rooms": {"janson": {"state": "ful"}}})");
        EXPECT_EQ(refresher.refresh(first + Seconds{10}).outcome, Outcome::failed);
        EXPECT_EQ(refresher.document().get(), good.get());
        EXPECT_TRUE(refresher.status().stale);
        EXPECT_NE(refresher.status().error.find("/rooms/janson/state"), std::string::npos)
            << refresher.status().error;
        // Still dated by the last good fetch: its "full" runs out from there.
        EXPECT_EQ(refresher.status().fetched_at, first);
    }
    // Restarted: the cache holds the good copy, not the bad one.
    LiveRefresher restarted(config(), fetcher_);
    ASSERT_TRUE(restarted.load_cache());
    EXPECT_EQ(restarted.document()->rooms.at(0).state, RoomState::full);
    EXPECT_TRUE(restarted.status().stale);
    EXPECT_EQ(restarted.status().fetched_at, first);
}

TEST_F(LiveNginx, AServerErrorKeepsTheCopyAndARestartRevalidatesIt) {
    const Instant first = test::wall_now();
    {
        LiveRefresher refresher(config(), fetcher_);
        ASSERT_EQ(refresher.refresh(first).outcome, Outcome::updated);
        test::write_file(tmp_ / "fail", "");
        RefreshResult failed = refresher.refresh(first + Seconds{10});
        EXPECT_EQ(failed.outcome, Outcome::failed);
        EXPECT_NE(refresher.status().error.find("500"), std::string::npos)
            << refresher.status().error;
        ASSERT_TRUE(refresher.document());
        EXPECT_EQ(refresher.document()->rooms.at(0).state, RoomState::full);
        EXPECT_TRUE(refresher.status().stale);
        EXPECT_EQ(refresher.status().fetched_at, first);
    }
    // A restart while the server still fails: the cached copy, stale.
    LiveRefresher restarted(config(), fetcher_);
    ASSERT_TRUE(restarted.load_cache());
    EXPECT_EQ(restarted.refresh(first + Seconds{20}).outcome, Outcome::failed);
    EXPECT_EQ(restarted.document()->rooms.at(0).state, RoomState::full);
    // The server is back: the cache's validators give a 304, which confirms it.
    fs::remove(tmp_ / "fail");
    EXPECT_EQ(restarted.refresh(first + Seconds{30}).outcome, Outcome::unchanged);
    EXPECT_FALSE(restarted.status().stale);
    EXPECT_EQ(restarted.status().fetched_at, first + Seconds{30});
    const auto lines = requests(4);
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_TRUE(lines[3].starts_with("304 ")) << lines[3];
}

// The worker against a failing source polled every 10 s: it retries after
// 2 s, then 4 s, then 8 s (requests at about 0, 2 and 6 s, the next at 14 s),
// not every 2 s and not only every 10 s.
TEST_F(LiveNginx, FailuresBackOff) {
    test::write_file(tmp_ / "fail", "");
    LiveWorker worker(
        config(10), [](LiveUpdate) {}, [] { return 0.5; });
    const auto started = std::chrono::steady_clock::now();
    worker.start();
    std::this_thread::sleep_until(started + std::chrono::milliseconds(7500));
    const size_t seen = requests(0).size();
    worker.stop();
    EXPECT_EQ(seen, 3u);
    for (const auto& line : requests(0)) {
        EXPECT_TRUE(line.starts_with("500 ")) << line;
    }
}

}  // namespace
}  // namespace signpost

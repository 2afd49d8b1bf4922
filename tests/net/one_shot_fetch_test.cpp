#include "net/one_shot_fetch.h"

#include <gtest/gtest.h>

#include "net/feed_cache.h"
#include "test_servers.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;

class OneShot : public ::testing::Test {
  protected:
    void SetUp() override { config_ = test::make_config(server_.url(), tmp_ / "cache"); }

    void seed_cache(const std::string& source, const std::string& body) {
        FeedCache cache(tmp_ / "cache");
        ASSERT_TRUE(
            cache.store({source, "\"seed\"", "", *parse_iso8601("2030-04-30T12:00:00Z"), body}));
    }
    fs::path cache_file() const { return tmp_ / "cache" / "feed.cache"; }
    std::string feed_b() const { return test::read_file(test::net_data("feed-b.json")); }

    test::FaultServer server_;
    test::TempDir tmp_;
    LocationConfig config_;
};

TEST_F(OneShot, OfflineShowsTheCacheWithoutTouchingTheNetwork) {
    seed_cache(server_.url(), feed_b());
    OneShotFeed feed = fetch_feed_once(config_, /*offline=*/true);
    EXPECT_EQ(test::session_ids(feed.schedule), "b-1,b-2,b-3");
    EXPECT_EQ(feed.status.source, FeedDataSource::cache);
    EXPECT_TRUE(feed.status.stale);
    EXPECT_EQ(feed.status.fetched_at, parse_iso8601("2030-04-30T12:00:00Z"));
    EXPECT_FALSE(feed.status.last_attempt);
    EXPECT_EQ(freshness(feed.status).state, FeedFreshness::State::stale);
    EXPECT_EQ(server_.feed_requests(), 0);
}

TEST_F(OneShot, OnlineFetchesAndWritesTheCache) {
    OneShotFeed feed = fetch_feed_once(config_, false);
    EXPECT_EQ(test::session_ids(feed.schedule), "a-1,a-2");
    EXPECT_EQ(feed.status.source, FeedDataSource::network);
    EXPECT_EQ(freshness(feed.status).state, FeedFreshness::State::fresh);
    auto cached = decode_cache_file(test::read_file(cache_file()));
    ASSERT_TRUE(cached) << cached.error().what;
    EXPECT_EQ(cached->body, test::read_file(test::net_data("feed-a.json")));
    EXPECT_EQ(cached->etag, "\"a\"");
    EXPECT_EQ(cached->source, server_.url());
    EXPECT_EQ(cached->fetched_at, feed.status.fetched_at);
}

TEST_F(OneShot, AFailedFetchFallsBackToTheCache) {
    seed_cache(server_.url(), feed_b());
    const std::string before = test::read_file(cache_file());
    server_.set_mode("500");
    test::LogCapture logs;
    OneShotFeed feed = fetch_feed_once(config_, false);
    EXPECT_EQ(test::session_ids(feed.schedule), "b-1,b-2,b-3");
    EXPECT_EQ(feed.status.source, FeedDataSource::cache);
    EXPECT_TRUE(feed.status.stale);
    EXPECT_TRUE(feed.status.last_attempt);
    EXPECT_NE(feed.status.last_error.find("HTTP status 500"), std::string::npos);
    EXPECT_TRUE(logs.contains("HTTP status 500")) << logs.joined();
    EXPECT_EQ(test::read_file(cache_file()), before);
}

TEST_F(OneShot, NoCacheAndNoNetworkIsNoData) {
    server_.set_mode("404");
    OneShotFeed feed = fetch_feed_once(config_, false);
    EXPECT_FALSE(feed.schedule);
    EXPECT_EQ(freshness(feed.status).state, FeedFreshness::State::none);
    EXPECT_NE(feed.status.last_error.find("HTTP status 404"), std::string::npos);
    EXPECT_FALSE(fs::exists(cache_file()));
}

TEST_F(OneShot, CacheForAnotherUrlIsIgnored) {
    seed_cache("https://elsewhere.example/feed.json", feed_b());
    const std::string before = test::read_file(cache_file());
    OneShotFeed feed = fetch_feed_once(config_, true);
    EXPECT_FALSE(feed.schedule);
    EXPECT_EQ(feed.status.source, FeedDataSource::none);
    EXPECT_EQ(feed.status.last_error, "");
    EXPECT_EQ(test::read_file(cache_file()), before);
}

TEST_F(OneShot, CorruptCacheIsMovedAsideAndReported) {
    fs::create_directories(tmp_ / "cache");
    test::write_file(cache_file(), "signpost-feed-cache 1\nsource: half a fi");
    test::LogCapture logs;
    OneShotFeed feed = fetch_feed_once(config_, true);
    EXPECT_FALSE(feed.schedule);
    EXPECT_NE(feed.status.last_error.find("moved aside"), std::string::npos)
        << feed.status.last_error;
    EXPECT_TRUE(logs.contains("moved aside")) << logs.joined();
    EXPECT_FALSE(fs::exists(cache_file()));

    // Online, the fetch then works and writes a new cache.
    OneShotFeed online = fetch_feed_once(config_, false);
    EXPECT_EQ(test::session_ids(online.schedule), "a-1,a-2");
    EXPECT_TRUE(fs::exists(cache_file()));
}

TEST_F(OneShot, CachedBodyThatDoesNotParseIsMovedAside) {
    seed_cache(server_.url(), "<html>a captive portal page cached by an old version</html>");
    OneShotFeed feed = fetch_feed_once(config_, true);
    EXPECT_FALSE(feed.schedule);
    EXPECT_NE(feed.status.last_error.find("does not parse"), std::string::npos)
        << feed.status.last_error;
    EXPECT_FALSE(fs::exists(cache_file()));
}

TEST_F(OneShot, FileSourceIsReadEvenOffline) {
    LocationConfig config = test::make_config("feed-b.json", tmp_ / "cache");
    config.base_dir = test::net_data("");
    OneShotFeed feed = fetch_feed_once(config, true);
    EXPECT_EQ(test::session_ids(feed.schedule), "b-1,b-2,b-3");
    EXPECT_EQ(feed.status.source, FeedDataSource::file);
    EXPECT_FALSE(fs::exists(cache_file()));  // a file is not cached
}

TEST_F(OneShot, MissingFileIsReported) {
    LocationConfig config = test::make_config((tmp_ / "nope.json").string(), tmp_ / "cache");
    OneShotFeed feed = fetch_feed_once(config, false);
    EXPECT_FALSE(feed.schedule);
    EXPECT_NE(feed.status.last_error.find("nope.json"), std::string::npos);
}

TEST_F(OneShot, UnsupportedSchemeIsReported) {
    LocationConfig config = test::make_config("ftp://127.0.0.1/feed.json", tmp_ / "cache");
    OneShotFeed feed = fetch_feed_once(config, false);
    EXPECT_FALSE(feed.schedule);
    EXPECT_NE(feed.status.last_error.find("unsupported URL scheme"), std::string::npos);
}

}  // namespace
}  // namespace signpost

// Against tests/net/fault_server.py: every kind of bad answer is rejected, the
// schedule and the cache file stay byte-for-byte the last good ones, and the
// error is reported (status, curl's error, the URL).
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "net/feed_refresher.h"
#include "test_servers.h"

namespace signpost {
namespace {

using namespace std::chrono_literals;
using Outcome = RefreshResult::Outcome;

class FaultInjection : public ::testing::Test {
  protected:
    void SetUp() override {
        config_ = test::make_config(server_.url(), tmp_ / "cache");
        config_.fetch.total_timeout = Seconds{2};
        config_.fetch.max_body_bytes = 1 << 20;
        refresher_ = std::make_unique<FeedRefresher>(config_, fetcher_);
        server_.set_mode("a");
        RefreshResult first = refresher_->refresh(test::wall_now());
        ASSERT_EQ(first.outcome, Outcome::updated) << first.failure_message;
        good_ = refresher_->schedule();
        ASSERT_EQ(test::session_ids(good_), "a-1,a-2");
        good_cache_ = test::read_file(cache_file());
        ASSERT_FALSE(good_cache_.empty());
    }

    std::filesystem::path cache_file() const { return tmp_ / "cache" / "feed.cache"; }

    // Sets the fault, makes one attempt and checks that nothing good was lost.
    RefreshResult expect_rejected(const std::string& mode, const std::string& expected_error) {
        server_.set_mode(mode);
        RefreshResult result = refresher_->refresh(test::wall_now());
        EXPECT_EQ(result.outcome, Outcome::failed) << mode;
        EXPECT_EQ(refresher_->schedule().get(), good_.get()) << mode << ": schedule replaced";
        EXPECT_EQ(test::read_file(cache_file()), good_cache_) << mode << ": cache changed";
        const FeedStatus& status = refresher_->status();
        EXPECT_TRUE(status.stale) << mode;
        EXPECT_EQ(status.source, FeedDataSource::network);
        EXPECT_NE(status.last_error.find(expected_error), std::string::npos)
            << mode << ": " << status.last_error;
        EXPECT_NE(status.last_error.find(server_.url()), std::string::npos) << status.last_error;
        EXPECT_EQ(result.failure_message, status.last_error);

        // A good feed afterwards is taken as usual.
        server_.set_mode("b");
        RefreshResult recovered = refresher_->refresh(test::wall_now());
        EXPECT_EQ(recovered.outcome, Outcome::updated) << mode << ": " << recovered.failure_message;
        EXPECT_EQ(test::session_ids(refresher_->schedule()), "b-1,b-2,b-3");
        EXPECT_FALSE(refresher_->status().stale);
        EXPECT_EQ(refresher_->status().last_error, "");
        return result;
    }

    test::FaultServer server_;
    test::TempDir tmp_;
    HttpFetcher fetcher_;
    LocationConfig config_;
    std::unique_ptr<FeedRefresher> refresher_;
    ScheduleSnapshot good_;
    std::string good_cache_;
};

TEST_F(FaultInjection, NotFound) {
    EXPECT_EQ(expect_rejected("404", "HTTP status 404").failure_key, "http-404");
}

TEST_F(FaultInjection, ServerError) {
    EXPECT_EQ(expect_rejected("500", "HTTP status 500").failure_key, "http-500");
}

TEST_F(FaultInjection, StallPastTheTimeout) {
    auto start = std::chrono::steady_clock::now();
    RefreshResult result = expect_rejected("stall", "curl error 28");
    EXPECT_EQ(result.failure_key, "curl-28");
    // Bounded by the configured 2 s total timeout, not by the 60 s stall.
    EXPECT_LT(std::chrono::steady_clock::now() - start, 15s);
}

TEST_F(FaultInjection, ResetInTheMiddleOfTheBody) {
    RefreshResult result = expect_rejected("reset", "curl error");
    // A reset reads as a receive error or as a short body, by timing.
    EXPECT_TRUE(result.failure_key == "curl-56" || result.failure_key == "curl-18")
        << result.failure_key;
}

TEST_F(FaultInjection, TruncatedBody) {
    EXPECT_EQ(expect_rejected("truncated", "curl error 18").failure_key, "curl-18");
}

TEST_F(FaultInjection, HtmlWithStatus200) {
    expect_rejected("html", "feed rejected");
}

TEST_F(FaultInjection, BodyOverTheLimitWithContentLength) {
    EXPECT_EQ(expect_rejected("big-length", "limit of 1048576 bytes").failure_key, "too-large");
}

TEST_F(FaultInjection, BodyOverTheLimitWithoutContentLength) {
    EXPECT_EQ(expect_rejected("big-chunked", "limit of 1048576 bytes").failure_key, "too-large");
}

TEST_F(FaultInjection, InvalidUtf8) {
    expect_rejected("invalid-utf8", "feed rejected");
}

TEST_F(FaultInjection, EmptyBody) {
    expect_rejected("empty", "feed rejected");
}

TEST_F(FaultInjection, DeflateAndGzipBodiesAreDecoded) {
    server_.set_mode("deflate");
    RefreshResult deflated = refresher_->refresh(test::wall_now());
    ASSERT_EQ(deflated.outcome, Outcome::updated) << deflated.failure_message;
    EXPECT_EQ(test::session_ids(refresher_->schedule()), "b-1,b-2,b-3");
    // The same bytes once more, gzip-encoded this time: no new snapshot.
    ScheduleSnapshot before = refresher_->schedule();
    server_.set_mode("gzip");
    RefreshResult gzipped = refresher_->refresh(test::wall_now());
    EXPECT_EQ(gzipped.outcome, Outcome::unchanged) << gzipped.failure_message;
    EXPECT_EQ(refresher_->schedule().get(), before.get());
}

TEST_F(FaultInjection, NotModifiedKeepsTheSnapshot) {
    RefreshResult result = refresher_->refresh(test::wall_now());  // mode a, ETag "a" sent
    EXPECT_EQ(result.outcome, Outcome::unchanged);
    EXPECT_EQ(refresher_->schedule().get(), good_.get());
    EXPECT_EQ(refresher_->status().source, FeedDataSource::network);
    EXPECT_FALSE(refresher_->status().stale);
    EXPECT_EQ(server_.feed_requests(), 2);
}

TEST_F(FaultInjection, ConnectionRefused) {
    // A port nobody listens on: nothing there to reset, just a refusal.
    LocationConfig config = test::make_config(
        "http://127.0.0.1:" + std::to_string(test::free_port()) + "/feed", tmp_ / "cache");
    FeedRefresher refresher(config, fetcher_);
    RefreshResult result = refresher.refresh(test::wall_now());
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.failure_key, "curl-7");
    EXPECT_FALSE(refresher.status().stale);  // nothing shown, so nothing stale
    EXPECT_EQ(refresher.status().source, FeedDataSource::none);
    EXPECT_EQ(test::read_file(cache_file()), good_cache_);  // a cache for another URL: untouched
}

TEST_F(FaultInjection, AnInterruptBeforeTheFirstTransferIsKept) {
    // libcurl starts with the first fetch(); an interrupt that comes before it
    // (a stop while the worker starts) must still cut that fetch short.
    HttpFetcher fresh;
    fresh.interrupt();
    HttpRequest request;
    request.url = server_.url();
    request.total_timeout = Seconds{5};
    EXPECT_EQ(fresh.fetch(request).kind, HttpResponse::Kind::interrupted);
    fresh.clear_interrupt();
    server_.set_mode("b");
    EXPECT_EQ(fresh.fetch(request).kind, HttpResponse::Kind::ok);
}

TEST_F(FaultInjection, AnInterruptFromAnotherThreadEndsTheFirstTransfer) {
    HttpFetcher fresh;
    server_.set_mode("stall");
    HttpRequest request;
    request.url = server_.url();
    request.total_timeout = Seconds{30};
    std::thread stopper([&fresh] {
        std::this_thread::sleep_for(300ms);
        fresh.interrupt();
    });
    const auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(fresh.fetch(request).kind, HttpResponse::Kind::interrupted);
    stopper.join();
    EXPECT_LT(std::chrono::steady_clock::now() - start, 10s);  // not the 30 s timeout
}

}  // namespace
}  // namespace signpost

// Against Debian's nginx on 127.0.0.1: conditional requests (ETag and
// Last-Modified, checked in nginx's access log), gzip, redirects, the
// protocol whitelist, the header file, and HTTPS with a CA made by the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "net/feed_refresher.h"
#include "test_servers.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;
using Outcome = RefreshResult::Outcome;

constexpr const char* kToken = "s3cret-t0ken-9f8e7d";

std::string http_block() {
    std::string redirects;
    for (int i = 1; i <= 6; ++i) {
        redirects += "    location = /r" + std::to_string(i) + " { return 302 " +
                     (i < 6 ? "/r" + std::to_string(i + 1) : std::string("/feed.json")) + "; }\n";
    }
    return "  server {\n"
           "    listen 127.0.0.1:@PORT0@;\n"
           "    root @DIR@/www;\n"
           "    location /noetag/ { etag off; }\n"
           "    location /gz/ { gzip on; gzip_types application/json; gzip_min_length 1; }\n"
           "    location = /moved.json { return 301 /feed.json; }\n" +
           redirects +
           "    location = /to-ftp { return 302 ftp://127.0.0.1:@PORT0@/feed.json; }\n"
           "    location = /to-file { return 302 file:///etc/passwd; }\n"
           "    location = /private-elsewhere { return 302 http://127.0.0.1:@PORT3@/feed.json; }\n"
           "    location /private/ {\n"
           "      if ($http_authorization != \"Bearer " +
           kToken +
           "\") { return 401; }\n"
           "    }\n"
           "  }\n"
           "  server {\n"
           "    listen 127.0.0.1:@PORT1@ ssl;\n"
           "    ssl_certificate @DIR@/good.pem;\n"
           "    ssl_certificate_key @DIR@/good.key;\n"
           "    root @DIR@/www;\n"
           "  }\n"
           "  server {\n"
           "    listen 127.0.0.1:@PORT3@;\n"
           "    root @DIR@/www;\n"
           "  }\n"
           "  server {\n"
           "    listen 127.0.0.1:@PORT2@ ssl;\n"
           "    ssl_certificate @DIR@/wrong.pem;\n"
           "    ssl_certificate_key @DIR@/wrong.key;\n"
           "    root @DIR@/www;\n"
           "  }\n";
}

class NginxFetch : public ::testing::Test {
  protected:
    void SetUp() override {
        const std::string feed_a = test::read_file(test::net_data("feed-a.json"));
        for (const char* sub : {"www", "www/noetag", "www/gz", "www/private"}) {
            fs::create_directories(tmp_ / sub);
            test::write_file(tmp_ / sub / "feed.json", feed_a);
        }
        test::make_test_certificates(tmp_.path());
        nginx_ = std::make_unique<test::NginxServer>(tmp_.path(), http_block(), 4);
    }

    std::string url(const std::string& path, int server = 0) const {
        return std::string(server == 0 ? "http" : "https") +
               "://127.0.0.1:" + std::to_string(nginx_->port(server)) + path;
    }

    LocationConfig config_for(const std::string& url) {
        return test::make_config(url, tmp_ / "cache");
    }

    std::vector<std::string> log_for(const std::string& path, size_t count) const {
        return nginx_->requests_for(path, count);
    }
    // The access-log lines for GET `path`, which must be `count` (a test
    // failure otherwise; missing lines read as "").
    std::vector<std::string> requests(const std::string& path, size_t count) const {
        auto lines = log_for(path, count);
        EXPECT_EQ(lines.size(), count) << path;
        lines.resize(std::max(lines.size(), count));
        return lines;
    }

    test::TempDir tmp_;
    std::unique_ptr<test::NginxServer> nginx_;
    HttpFetcher fetcher_;
};

TEST_F(NginxFetch, EtagGivesNotModified) {
    FeedRefresher refresher(config_for(url("/feed.json")), fetcher_);
    ASSERT_EQ(refresher.refresh(test::wall_now()).outcome, Outcome::updated)
        << refresher.status().last_error;
    ScheduleSnapshot first = refresher.schedule();
    EXPECT_EQ(refresher.refresh(test::wall_now()).outcome, Outcome::unchanged);
    EXPECT_EQ(refresher.schedule().get(), first.get());

    auto lines = requests("/feed.json", 2);
    EXPECT_TRUE(lines[0].starts_with("200 ")) << lines[0];
    EXPECT_NE(lines[0].find("inm=\"-\""), std::string::npos) << lines[0];
    EXPECT_TRUE(lines[1].starts_with("304 ")) << lines[1];
    EXPECT_EQ(lines[1].find("inm=\"-\""), std::string::npos) << lines[1];  // an ETag was sent
    EXPECT_NE(lines[1].find("bytes=0"), std::string::npos) << lines[1];

    // A changed file is fetched again despite the validators.
    test::write_file(tmp_ / "www" / "feed.json", test::read_file(test::net_data("feed-b.json")));
    ASSERT_EQ(refresher.refresh(test::wall_now()).outcome, Outcome::updated);
    EXPECT_EQ(test::session_ids(refresher.schedule()), "b-1,b-2,b-3");
    lines = requests("/feed.json", 3);
    EXPECT_TRUE(lines[2].starts_with("200 ")) << lines[2];
}

TEST_F(NginxFetch, LastModifiedGivesNotModified) {
    FeedRefresher refresher(config_for(url("/noetag/feed.json")), fetcher_);
    ASSERT_EQ(refresher.refresh(test::wall_now()).outcome, Outcome::updated)
        << refresher.status().last_error;
    EXPECT_EQ(refresher.refresh(test::wall_now()).outcome, Outcome::unchanged);
    auto lines = requests("/noetag/feed.json", 2);
    EXPECT_TRUE(lines[0].starts_with("200 ")) << lines[0];
    EXPECT_TRUE(lines[1].starts_with("304 ")) << lines[1];
    EXPECT_NE(lines[1].find("inm=\"-\""), std::string::npos) << lines[1];  // no ETag to send
    EXPECT_NE(lines[1].find(" GMT\""), std::string::npos) << lines[1];     // If-Modified-Since
}

TEST_F(NginxFetch, ValidatorsSurviveARestartThroughTheCache) {
    {
        FeedRefresher refresher(config_for(url("/feed.json")), fetcher_);
        ASSERT_EQ(refresher.refresh(test::wall_now()).outcome, Outcome::updated);
    }
    FeedRefresher restarted(config_for(url("/feed.json")), fetcher_);
    ASSERT_TRUE(restarted.load_cache());
    EXPECT_EQ(restarted.status().source, FeedDataSource::cache);
    EXPECT_TRUE(restarted.status().stale);
    EXPECT_EQ(restarted.refresh(test::wall_now()).outcome, Outcome::unchanged);
    EXPECT_EQ(restarted.status().source, FeedDataSource::network);
    EXPECT_FALSE(restarted.status().stale);
    auto lines = requests("/feed.json", 2);
    EXPECT_TRUE(lines[1].starts_with("304 ")) << lines[1];
}

TEST_F(NginxFetch, GzipIsAcceptedAndDecoded) {
    FeedRefresher refresher(config_for(url("/gz/feed.json")), fetcher_);
    ASSERT_EQ(refresher.refresh(test::wall_now()).outcome, Outcome::updated)
        << refresher.status().last_error;
    EXPECT_EQ(test::session_ids(refresher.schedule()), "a-1,a-2");
    auto lines = requests("/gz/feed.json", 1);
    EXPECT_NE(lines[0].find("ae=\"gzip, deflate\""), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find("ce=\"gzip\""), std::string::npos) << lines[0];
    auto bytes = std::stoul(lines[0].substr(lines[0].find("bytes=") + 6));
    EXPECT_LT(bytes, fs::file_size(test::net_data("feed-a.json")));
}

TEST_F(NginxFetch, RedirectsAreFollowedUpToFive) {
    FeedRefresher moved(config_for(url("/moved.json")), fetcher_);
    EXPECT_EQ(moved.refresh(test::wall_now()).outcome, Outcome::updated)
        << moved.status().last_error;

    FeedRefresher five(config_for(url("/r2")), fetcher_);
    EXPECT_EQ(five.refresh(test::wall_now()).outcome, Outcome::updated) << five.status().last_error;

    FeedRefresher six(config_for(url("/r1")), fetcher_);
    RefreshResult result = six.refresh(test::wall_now());
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.failure_key, "curl-47") << result.failure_message;
}

TEST_F(NginxFetch, RedirectsToOtherProtocolsAreRefused) {
    for (const char* path : {"/to-ftp", "/to-file"}) {
        FeedRefresher refresher(config_for(url(path)), fetcher_);
        RefreshResult result = refresher.refresh(test::wall_now());
        EXPECT_EQ(result.outcome, Outcome::failed) << path;
        EXPECT_EQ(result.failure_key, "curl-1") << path << ": " << result.failure_message;
    }
}

TEST_F(NginxFetch, HeaderFileIsSentAndNeverLogged) {
    test::write_file(tmp_ / "token", std::string("Authorization: Bearer ") + kToken + "\n");
    test::LogCapture logs;
    LocationConfig config = config_for(url("/private/feed.json"));
    config.fetch.header_file = tmp_ / "token";
    FeedRefresher refresher(config, fetcher_);
    ASSERT_EQ(refresher.refresh(test::wall_now()).outcome, Outcome::updated)
        << refresher.status().last_error;

    // A wrong token: 401, reported without the token.
    test::write_file(tmp_ / "token", "Authorization: Bearer wrong-and-secret\n");
    RefreshResult denied = refresher.refresh(test::wall_now());
    EXPECT_EQ(denied.failure_key, "http-401");
    // A broken header file is named, its content is not quoted.
    test::write_file(tmp_ / "token", "Bearer s3cret-without-a-name\n");
    RefreshResult broken = refresher.refresh(test::wall_now());
    EXPECT_EQ(broken.failure_key, "header-file");
    EXPECT_NE(broken.failure_message.find((tmp_ / "token").string()), std::string::npos);

    std::string everything = logs.joined() + denied.failure_message + broken.failure_message +
                             refresher.status().last_error;
    EXPECT_EQ(everything.find(kToken), std::string::npos);
    EXPECT_EQ(everything.find("wrong-and-secret"), std::string::npos);
    EXPECT_EQ(everything.find("s3cret-without"), std::string::npos);
    // Two requests reached nginx; the broken file sent nothing. A later request
    // marks the point where every earlier line is in the log.
    FeedRefresher marker(config_for(url("/feed.json")), fetcher_);
    ASSERT_EQ(marker.refresh(test::wall_now()).outcome, Outcome::updated);
    ASSERT_EQ(log_for("/feed.json", 1).size(), 1u);
    EXPECT_EQ(log_for("/private/feed.json", 0).size(), 2u);
}

TEST_F(NginxFetch, AuthorizationDoesNotFollowARedirectToAnotherServer) {
    test::write_file(tmp_ / "token", std::string("Authorization: Bearer ") + kToken + "\n");
    LocationConfig config = config_for(url("/private-elsewhere"));
    config.fetch.header_file = tmp_ / "token";
    FeedRefresher refresher(config, fetcher_);
    ASSERT_EQ(refresher.refresh(test::wall_now()).outcome, Outcome::updated)
        << refresher.status().last_error;
    auto first = log_for("/private-elsewhere", 1);
    auto second = log_for("/feed.json", 1);
    ASSERT_EQ(first.size(), 1u);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_NE(first[0].find(std::string("au=\"Bearer ") + kToken), std::string::npos) << first[0];
    EXPECT_NE(second[0].find("au=\"-\""), std::string::npos) << second[0];
}

TEST_F(NginxFetch, HttpsWithTheVenueCa) {
    LocationConfig config = config_for(url("/feed.json", 1));
    config.base_dir = tmp_.path();
    config.fetch.ca_file = "ca.pem";  // relative: resolved against base_dir
    FeedRefresher refresher(config, fetcher_);
    RefreshResult result = refresher.refresh(test::wall_now());
    ASSERT_EQ(result.outcome, Outcome::updated) << result.failure_message;
    EXPECT_EQ(test::session_ids(refresher.schedule()), "a-1,a-2");
}

TEST_F(NginxFetch, HttpsWithoutTheCaIsRejected) {
    FeedRefresher refresher(config_for(url("/feed.json", 1)), fetcher_);
    RefreshResult result = refresher.refresh(test::wall_now());
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.failure_key, "curl-60") << result.failure_message;
}

TEST_F(NginxFetch, HttpsWithAWrongHostNameIsRejected) {
    LocationConfig config = config_for(url("/feed.json", 2));
    config.fetch.ca_file = tmp_ / "ca.pem";
    FeedRefresher refresher(config, fetcher_);
    RefreshResult result = refresher.refresh(test::wall_now());
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.failure_key, "curl-60") << result.failure_message;
    EXPECT_NE(result.failure_message.find("127.0.0.1"), std::string::npos)
        << result.failure_message;
}

}  // namespace
}  // namespace signpost

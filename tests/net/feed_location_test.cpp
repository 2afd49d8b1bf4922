#include "net/feed_location.h"

#include <gtest/gtest.h>

namespace signpost {
namespace {

TEST(LocateFeed, UrlsAndFiles) {
    using Kind = FeedLocation::Kind;
    // The feed setting and the config's folder; what it becomes, and the URL
    // (as configured) or the path it is read from.
    struct Case {
        const char* feed;
        const char* base_dir;
        Kind kind;
        const char* url_or_path;
    };
    const Case cases[] = {
        {"https://example.org/feed.json", "/etc/signpost", Kind::http,
         "https://example.org/feed.json"},
        {"HTTP://example.org/feed.json", "", Kind::http, "HTTP://example.org/feed.json"},
        {"feeds/venue.json", "/etc/signpost", Kind::file, "/etc/signpost/feeds/venue.json"},
        {"/srv/feed.json", "/etc/signpost", Kind::file, "/srv/feed.json"},
    };
    for (const Case& c : cases) {
        auto located = locate_feed(c.feed, c.base_dir);
        ASSERT_TRUE(located) << c.feed;
        EXPECT_EQ(located->kind, c.kind) << c.feed;
        EXPECT_EQ(c.kind == Kind::http ? located->url : located->path.string(), c.url_or_path)
            << c.feed;
    }
}

TEST(LocateFeed, OtherSchemesAndEmptyAreRefused) {
    EXPECT_FALSE(locate_feed("ftp://example.org/feed.json", ""));
    EXPECT_FALSE(locate_feed("file:///etc/passwd", ""));
    EXPECT_FALSE(locate_feed("", ""));
    EXPECT_FALSE(locate_feed("https://example.org/a feed.json", ""));
    // A colon in a file name is not a scheme.
    auto odd = locate_feed("feeds/day:1.json", "/x");
    ASSERT_TRUE(odd);
    EXPECT_EQ(odd->kind, FeedLocation::Kind::file);
}

TEST(RedactUrl, DropsCredentialsQueryAndFragment) {
    EXPECT_EQ(redact_url("https://user:secret@example.org/feed.json"),
              "https://example.org/feed.json");
    EXPECT_EQ(redact_url("https://example.org:8443/feed.json?token=abc&x=1#top"),
              "https://example.org:8443/feed.json?...");
    EXPECT_EQ(redact_url("http://a@b@example.org"), "http://example.org");
    EXPECT_EQ(redact_url("http://example.org/p@th"), "http://example.org/p@th");
    EXPECT_EQ(redact_url("http://example.org?k=v"), "http://example.org?...");
}

}  // namespace
}  // namespace signpost

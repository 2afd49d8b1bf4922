#include "net/feed_location.h"

#include <gtest/gtest.h>

namespace signpost {
namespace {

TEST(LocateFeed, UrlsAndFiles) {
    auto http = locate_feed("https://example.org/feed.json", "/etc/signpost");
    ASSERT_TRUE(http);
    EXPECT_EQ(http->kind, FeedLocation::Kind::http);
    EXPECT_EQ(http->url, "https://example.org/feed.json");

    auto upper = locate_feed("HTTP://example.org/feed.json", "");
    ASSERT_TRUE(upper);
    EXPECT_EQ(upper->kind, FeedLocation::Kind::http);

    auto relative = locate_feed("feeds/venue.json", "/etc/signpost");
    ASSERT_TRUE(relative);
    EXPECT_EQ(relative->kind, FeedLocation::Kind::file);
    EXPECT_EQ(relative->path, "/etc/signpost/feeds/venue.json");

    auto absolute = locate_feed("/srv/feed.json", "/etc/signpost");
    ASSERT_TRUE(absolute);
    EXPECT_EQ(absolute->path, "/srv/feed.json");
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

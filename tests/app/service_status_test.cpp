// The one-line service status (systemctl status): what is on screen, then the feed.
#include "app/service_status.h"

#include <gtest/gtest.h>

namespace signpost {
namespace {

FeedStatus fresh_file() {
    FeedStatus s;
    s.source = FeedDataSource::file;
    s.fetched_at = Instant{Seconds{1'700'000'000}};
    s.last_attempt = s.fetched_at;
    return s;
}

TEST(ServiceStatus, PageLine) {
    EXPECT_EQ(page_status_line(0, 3, fresh_file()), "page 1/3; feed fresh");
    EXPECT_EQ(page_status_line(2, 3, FeedStatus{}), "page 3/3; feed no data yet");
}

TEST(ServiceStatus, AFailureIsNamed) {
    FeedStatus s = fresh_file();
    s.stale = true;
    s.last_error = "HTTP status 503 from https://example.org/feed.json";
    EXPECT_EQ(page_status_line(0, 1, s),
              "page 1/1; feed stale (HTTP status 503 from https://example.org/feed.json)");
}

TEST(ServiceStatus, QuietLineGivesTheEndInTheVenuesTime) {
    auto seoul = TimeZone::locate("Asia/Seoul");
    ASSERT_TRUE(seoul);
    const Instant seven_in_seoul = *parse_iso8601("2026-11-25T22:00:00Z");
    EXPECT_EQ(quiet_status_line(seven_in_seoul, *seoul, fresh_file()),
              "quiet hours until 07:00 (screen off); feed fresh");
    EXPECT_EQ(quiet_status_line(seven_in_seoul, TimeZone{}, fresh_file()),
              "quiet hours until 22:00 (screen off); feed fresh");
}

}  // namespace
}  // namespace signpost

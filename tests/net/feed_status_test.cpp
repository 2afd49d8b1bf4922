#include "net/feed_status.h"

#include <gtest/gtest.h>

namespace signpost {
namespace {

TEST(FeedStatus, FreshnessAndAge) {
    const Instant t = *parse_iso8601("2030-05-01T09:00:00Z");
    FeedStatus none;
    EXPECT_EQ(freshness(none).state, FeedFreshness::State::none);
    EXPECT_FALSE(data_age(none, t));

    FeedStatus fresh{FeedDataSource::network, t - Seconds{90}, t - Seconds{90}, false, ""};
    EXPECT_EQ(freshness(fresh).state, FeedFreshness::State::fresh);
    EXPECT_EQ(freshness(fresh).updated_at, t - Seconds{90});
    EXPECT_EQ(data_age(fresh, t), Seconds{90});

    FeedStatus cached{FeedDataSource::cache, t - Seconds{7200}, std::nullopt, true, ""};
    EXPECT_EQ(freshness(cached).state, FeedFreshness::State::stale);
    EXPECT_EQ(data_age(cached, t), Seconds{7200});

    // A clock stepped back does not give a negative age.
    EXPECT_EQ(data_age(fresh, t - Seconds{3600}), Seconds{0});
    EXPECT_EQ(to_string(FeedDataSource::file), "file");
}

}  // namespace
}  // namespace signpost

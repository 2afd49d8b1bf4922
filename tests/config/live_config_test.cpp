// The "live" section and "metrics_file": defaults, values, warnings.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config/config_loader.h"
#include "config_test_support.h"

using namespace signpost;
using namespace signpost::test;
using ::testing::ElementsAre;

TEST(LiveConfig, AbsentMeansNoLiveSourceAndNoMetrics) {
    ConfigCheck check = check_inline(minimal_with(""));
    ASSERT_TRUE(check.config);
    EXPECT_FALSE(check.config->live);
    EXPECT_FALSE(check.config->metrics_file);
}

TEST(LiveConfig, OnlySourceIsRequired) {
    ConfigCheck check = check_inline(minimal_with(R"("live": {"source": "live/rooms.json"})"));
    ASSERT_TRUE(check.config) << as_lines(check.errors).size();
    const LiveConfig& live = *check.config->live;
    EXPECT_EQ(live.source, (inline_config_file().parent_path() / "live/rooms.json").string());
    EXPECT_FALSE(live.source_is_url());
    EXPECT_EQ(live.format, "auto");
    EXPECT_EQ(live.poll_interval, Seconds{10});
    EXPECT_EQ(live.max_age, Seconds{300});
}

TEST(LiveConfig, EveryKeyRead) {
    ConfigCheck check = check_inline(minimal_with(
        R"("live": {"source": "HTTPS://api.example.org/roomstatus", "format": "fosdem-roomstatus",
                    "poll_seconds": 2, "max_age_seconds": 120},
           "metrics_file": "/var/lib/prometheus/node-exporter/signpost-a.prom")"));
    ASSERT_TRUE(check.config);
    const LiveConfig& live = *check.config->live;
    EXPECT_EQ(live.source, "https://api.example.org/roomstatus");
    EXPECT_TRUE(live.source_is_url());
    EXPECT_EQ(live.format, "fosdem-roomstatus");
    EXPECT_EQ(live.poll_interval, Seconds{2});
    EXPECT_EQ(live.max_age, Seconds{120});
    EXPECT_EQ(*check.config->metrics_file, "/var/lib/prometheus/node-exporter/signpost-a.prom");
}

TEST(LiveConfig, WarnsWhereTheResultWouldSurprise) {
    ConfigCheck check = check_inline(minimal_with(
        R"("live": {"source": "https://x.org/l", "poll_seconds": 30, "max_age_seconds": 20},
           "metrics_file": "/tmp/signpost.txt")"));
    ASSERT_TRUE(check.config);
    std::vector<std::string> where;
    for (const Error& w : check.warnings) {
        where.push_back(w.where);
    }
    EXPECT_THAT(where, ElementsAre("/live/max_age_seconds", "/metrics_file"));
}

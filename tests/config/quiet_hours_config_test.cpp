// The "quiet_hours" key: two venue-local times, possibly wrapping midnight,
// and the feed's poll interval meanwhile.
#include <gtest/gtest.h>

#include "config/quiet_hours.h"
#include "config_test_support.h"

namespace signpost::test {
namespace {

TEST(QuietHoursConfig, ReadsStartAndEndAsMinutes) {
    auto check = check_inline(minimal_with(R"("quiet_hours": {"start": "23:00", "end": "07:30"})"));
    ASSERT_TRUE(check.config) << ::testing::PrintToString(as_lines(check.errors));
    ASSERT_TRUE(check.config->quiet_hours);
    EXPECT_EQ(check.config->quiet_hours->start_minute, 23 * 60);
    EXPECT_EQ(check.config->quiet_hours->end_minute, 7 * 60 + 30);
    EXPECT_FALSE(check.config->quiet_hours->poll_interval);
}

TEST(QuietHoursConfig, PollSecondsDefaultsToFourTimesTheFeedsAndAtLeastFifteenMinutes) {
    auto check = check_inline(minimal_with(R"("quiet_hours": {"start": "23:00", "end": "07:00"})"));
    ASSERT_TRUE(check.config) << ::testing::PrintToString(as_lines(check.errors));
    const QuietHours& quiet = *check.config->quiet_hours;
    // The feed's default is 60 s: 4 x 60 s is less than 15 min.
    EXPECT_EQ(quiet_poll_interval(quiet, check.config->fetch.poll_interval), Seconds{900});
    EXPECT_EQ(quiet_poll_interval(quiet, Seconds{300}), Seconds{1200});
    EXPECT_EQ(quiet_poll_interval(quiet, Seconds{5}), Seconds{900});
}

TEST(QuietHoursConfig, PollSecondsIsRead) {
    auto check = check_inline(
        minimal_with(R"("quiet_hours": {"start": "23:00", "end": "07:00", "poll_seconds": 3600})"));
    ASSERT_TRUE(check.config) << ::testing::PrintToString(as_lines(check.errors));
    EXPECT_TRUE(check.warnings.empty()) << ::testing::PrintToString(as_lines(check.warnings));
    ASSERT_TRUE(check.config->quiet_hours->poll_interval);
    EXPECT_EQ(*check.config->quiet_hours->poll_interval, Seconds{3600});
    EXPECT_EQ(quiet_poll_interval(*check.config->quiet_hours, Seconds{60}), Seconds{3600});
}

TEST(QuietHoursConfig, PollSecondsBelowTheFeedsIsAWarning) {
    auto check = check_inline(R"({"id": "kiosk-1",
        "location": {"name": "Main hall", "building": "main"},
        "feed": {"source": "feeds/empty-feed.json", "poll_seconds": 120},
        "quiet_hours": {"start": "23:00", "end": "07:00", "poll_seconds": 30}})");
    ASSERT_TRUE(check.config) << ::testing::PrintToString(as_lines(check.errors));
    ASSERT_EQ(check.warnings.size(), 1u) << ::testing::PrintToString(as_lines(check.warnings));
    EXPECT_EQ(check.warnings[0].where, "/quiet_hours/poll_seconds");
    EXPECT_NE(check.warnings[0].what.find("feed.poll_seconds (120)"), std::string::npos)
        << check.warnings[0].to_string();
}

TEST(QuietHoursConfig, TheFullFixtureHasThem) {
    auto loaded = load_config(config_data("full.json"));
    ASSERT_TRUE(loaded) << loaded.error().to_string();
    ASSERT_TRUE(loaded->config.quiet_hours);
    EXPECT_EQ(loaded->config.quiet_hours->start_minute, 23 * 60 + 30);
    EXPECT_EQ(loaded->config.quiet_hours->end_minute, 6 * 60 + 45);
    EXPECT_EQ(loaded->config.quiet_hours->poll_interval, Seconds{1800});
}

TEST(QuietHoursConfig, AbsentMeansNone) {
    auto check = check_inline(minimal_with(""));
    ASSERT_TRUE(check.config);
    EXPECT_FALSE(check.config->quiet_hours);
}

TEST(QuietHoursConfig, BadValuesAreErrorsNamingTheKey) {
    struct Case {
        const char* extra;
        const char* where;
    };
    const Case cases[] = {
        {R"("quiet_hours": {"start": "24:00", "end": "07:00"})", "/quiet_hours/start"},
        {R"("quiet_hours": {"start": "23:00", "end": "7:00"})", "/quiet_hours/end"},
        {R"("quiet_hours": {"start": "23:60", "end": "07:00"})", "/quiet_hours/start"},
        {R"("quiet_hours": {"start": 23, "end": "07:00"})", "/quiet_hours/start"},
        {R"("quiet_hours": {"start": "23:00", "end": "23:00"})", "/quiet_hours/end"},
        {R"("quiet_hours": {"start": "23:00"})", "/quiet_hours"},
        {R"("quiet_hours": {"start": "23:00", "end": "07:00", "days": 5})", "/quiet_hours"},
        {R"("quiet_hours": "23:00-07:00")", "/quiet_hours"},
        {R"("quiet_hours": {"start": "23:00", "end": "07:00", "poll_seconds": 4})",
         "/quiet_hours/poll_seconds"},
        {R"("quiet_hours": {"start": "23:00", "end": "07:00", "poll_seconds": 86401})",
         "/quiet_hours/poll_seconds"},
        {R"("quiet_hours": {"start": "23:00", "end": "07:00", "poll_seconds": "900"})",
         "/quiet_hours/poll_seconds"},
    };
    for (const Case& c : cases) {
        auto check = check_inline(minimal_with(c.extra));
        EXPECT_FALSE(check.config) << c.extra;
        ASSERT_EQ(check.errors.size(), 1u) << c.extra << "\n"
                                           << ::testing::PrintToString(as_lines(check.errors));
        EXPECT_EQ(check.errors[0].where.rfind(c.where, 0), 0u)
            << c.extra << ": " << check.errors[0].to_string();
    }
}

}  // namespace
}  // namespace signpost::test

// The "quiet_hours" key: two venue-local times, possibly wrapping midnight.
#include <gtest/gtest.h>

#include "config_test_support.h"

namespace signpost::test {
namespace {

TEST(QuietHoursConfig, ReadsStartAndEndAsMinutes) {
    auto check = check_inline(minimal_with(R"("quiet_hours": {"start": "23:00", "end": "07:30"})"));
    ASSERT_TRUE(check.config) << ::testing::PrintToString(as_lines(check.errors));
    ASSERT_TRUE(check.config->quiet_hours);
    EXPECT_EQ(check.config->quiet_hours->start_minute, 23 * 60);
    EXPECT_EQ(check.config->quiet_hours->end_minute, 7 * 60 + 30);
}

TEST(QuietHoursConfig, TheFullFixtureHasThem) {
    auto loaded = load_config(config_data("full.json"));
    ASSERT_TRUE(loaded) << loaded.error().to_string();
    ASSERT_TRUE(loaded->config.quiet_hours);
    EXPECT_EQ(loaded->config.quiet_hours->start_minute, 23 * 60 + 30);
    EXPECT_EQ(loaded->config.quiet_hours->end_minute, 6 * 60 + 45);
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

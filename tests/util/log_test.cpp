#include "util/log.h"

#include <gtest/gtest.h>

#include "support/log_capture.h"

using namespace signpost;

TEST(Log, LinesNameTheLevelAndTheComponent) {
    test::LogCapture logs;
    log_warning("feed", "a warning");
    log_error("net", "an error");
    const auto lines = logs.lines();
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_NE(lines[0].find("warning"), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find("feed"), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find("a warning"), std::string::npos) << lines[0];
    EXPECT_NE(lines[1].find("error"), std::string::npos) << lines[1];
}

TEST(Log, TheThresholdDropsWhatIsBelowIt) {
    test::LogCapture logs;
    set_log_threshold(LogLevel::warning);
    log_info("app", "not shown");
    log_warning("app", "shown");
    set_log_threshold(LogLevel::info);
    log_debug("app", "not shown either");
    log_info("app", "shown again");
    EXPECT_EQ(logs.count_containing("not shown"), 0) << logs.joined();
    EXPECT_EQ(logs.count_containing("shown"), 2) << logs.joined();
}

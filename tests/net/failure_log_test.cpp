#include "net/failure_log.h"

#include <gtest/gtest.h>

namespace signpost {
namespace {

using namespace std::chrono_literals;

TEST(FailureLog, LogsTheFirstAndSummarisesRepeats) {
    FailureLog log(10min);
    FailureLog::Clock::time_point t0{};
    auto first = log.failure("curl-7", "feed http://x/: curl error 7", t0);
    ASSERT_TRUE(first);
    EXPECT_EQ(*first, "feed http://x/: curl error 7");
    // Polls every few seconds for nine minutes: silent.
    for (int i = 1; i <= 100; ++i) {
        EXPECT_FALSE(log.failure("curl-7", "feed http://x/: curl error 7", t0 + i * 5s));
    }
    auto summary = log.failure("curl-7", "feed http://x/: curl error 7", t0 + 10min);
    ASSERT_TRUE(summary);
    EXPECT_NE(summary->find("101 more times"), std::string::npos) << *summary;
    EXPECT_NE(summary->find("102 failed attempts in a row"), std::string::npos) << *summary;
    EXPECT_FALSE(log.failure("curl-7", "again", t0 + 11min));
}

TEST(FailureLog, ADifferentFailureIsLoggedAndClosesTheRun) {
    FailureLog log(10min);
    FailureLog::Clock::time_point t0{};
    ASSERT_TRUE(log.failure("curl-28", "timeout after 30001 ms", t0));
    EXPECT_FALSE(log.failure("curl-28", "timeout after 30002 ms", t0 + 1s));
    EXPECT_FALSE(log.failure("curl-28", "timeout after 30003 ms", t0 + 2s));
    auto line = log.failure("http-500", "HTTP status 500", t0 + 3s);
    ASSERT_TRUE(line);
    EXPECT_EQ(*line, "HTTP status 500 (the previous failure repeated 2 more times)");
}

TEST(FailureLog, RecoveryIsReportedOnce) {
    FailureLog log;
    EXPECT_FALSE(log.success());
    FailureLog::Clock::time_point t0{};
    log.failure("http-404", "HTTP status 404", t0);
    log.failure("http-404", "HTTP status 404", t0 + 5s);
    auto line = log.success();
    ASSERT_TRUE(line);
    EXPECT_NE(line->find("after 2 failed attempts"), std::string::npos) << *line;
    EXPECT_NE(line->find("repeated 1 more time unlogged"), std::string::npos) << *line;
    EXPECT_FALSE(log.success());
    // After recovery the same failure is news again.
    EXPECT_TRUE(log.failure("http-404", "HTTP status 404", t0 + 10s));
}

}  // namespace
}  // namespace signpost

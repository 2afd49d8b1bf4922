// The program as a subprocess: exit codes and messages of the command line,
// --check-config.
#include <gtest/gtest.h>

#include "app_test_support.h"

namespace signpost::app_test {
namespace {

bool contains(const std::string& text, const std::string& needle) {
    return text.find(needle) != std::string::npos;
}

TEST(Program, HelpPrintsUsageAndExitsZero) {
    RunResult r = run_signpost({"--help"});
    ASSERT_EQ(r.exit_code, 0) << r.describe();
    EXPECT_TRUE(contains(r.out, "Usage:")) << r.describe();
    EXPECT_TRUE(contains(r.out, "--snapshot-all")) << r.describe();
    EXPECT_TRUE(r.err.empty()) << r.describe();
}

TEST(Program, VersionPrintsTheVersionAndExitsZero) {
    RunResult r = run_signpost({"--version"});
    ASSERT_EQ(r.exit_code, 0) << r.describe();
    EXPECT_EQ(r.out.rfind("signpost ", 0), 0u) << r.describe();
    EXPECT_TRUE(contains(r.out, SIGNPOST_EXPECTED_VERSION)) << r.describe();
}

TEST(Program, UnknownOptionIsBadUsage) {
    RunResult r = run_signpost({"--config", demo_config().string(), "--frobnicate"});
    ASSERT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_TRUE(contains(r.err, "--frobnicate: unknown option")) << r.describe();
    EXPECT_TRUE(contains(r.err, "Usage:")) << r.describe();
    EXPECT_TRUE(r.out.empty()) << r.describe();
}

TEST(Program, MissingConfigIsBadUsage) {
    RunResult r = run_signpost({"--dump", "--offline"});
    ASSERT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_TRUE(contains(r.err, "--config FILE is required")) << r.describe();
}

TEST(Program, ConfigFileThatDoesNotExistIsExitTwoNamingIt) {
    const std::string missing = "/nonexistent/signpost-app-test.json";
    RunResult r = run_signpost({"--config", missing, "--dump", "--offline"});
    ASSERT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_TRUE(contains(r.err, missing)) << r.describe();
}

TEST(Program, BadConfigFileIsExitTwoNamingTheKey) {
    const std::string config = app_data("bad-key.json").string();
    for (const char* mode : {"--dump", "--snapshot-all"}) {
        std::vector<std::string> args{"--config", config, mode};
        if (std::string(mode) == "--snapshot-all") {
            args.push_back("/nonexistent/never-written");
        }
        args.push_back("--offline");
        RunResult r = run_signpost(args);
        ASSERT_EQ(r.exit_code, 2) << mode << "\n" << r.describe();
        EXPECT_TRUE(contains(r.err, "poll_secnds")) << mode << "\n" << r.describe();
        EXPECT_TRUE(contains(r.err, "poll_seconds")) << "suggests the key\n" << r.describe();
        EXPECT_TRUE(r.out.empty()) << r.describe();
    }
}

TEST(Program, BadConfigStopsTheKioskBeforeItOpensAWindow) {
    RunResult r = run_signpost({"--config", app_data("bad-key.json").string()}, 10s,
                               {{"SDL_VIDEODRIVER", "dummy"}});
    ASSERT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_TRUE(contains(r.err, "poll_secnds")) << r.describe();
}

TEST(Program, CheckConfigAcceptsTheDemo) {
    RunResult r = run_signpost({"--check-config", demo_config().string(), "--offline"});
    ASSERT_EQ(r.exit_code, 0) << r.describe();
    EXPECT_TRUE(contains(r.out, ": ok")) << r.describe();
    EXPECT_TRUE(contains(r.out, "28 room(s)")) << r.describe();
    EXPECT_TRUE(contains(r.out, "361 session(s)")) << r.describe();
    EXPECT_TRUE(contains(r.out, "Europe/Madrid")) << r.describe();
    EXPECT_FALSE(contains(r.err, "error:")) << r.describe();
}

TEST(Program, CheckConfigPrintsEveryError) {
    const std::string config = app_data("several-errors.json").string();
    RunResult r = run_signpost({"--check-config", config, "--offline"});
    ASSERT_EQ(r.exit_code, 2) << r.describe();
    // Three mistakes, three errors, each at its key.
    EXPECT_TRUE(contains(r.err, "rotation")) << r.describe();
    EXPECT_TRUE(contains(r.err, "agenda")) << r.describe();
    EXPECT_TRUE(contains(r.err, "Europe/Madird")) << r.describe();
    size_t errors = 0;
    for (size_t at = r.err.find("error: "); at != std::string::npos;
         at = r.err.find("error: ", at + 1)) {
        ++errors;
    }
    EXPECT_GE(errors, 3u) << r.describe();
    EXPECT_TRUE(contains(r.err, "error(s)")) << r.describe();
    EXPECT_FALSE(contains(r.out, ": ok")) << r.describe();
}

TEST(Program, CheckConfigWithAMalformedFeedNamesTheJsonPath) {
    RunResult r = run_signpost({"--check-config", demo_config().string(), "--feed",
                                app_data("malformed-feed.json").string(), "--offline"});
    ASSERT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_TRUE(contains(r.err, "malformed-feed.json")) << r.describe();
    // Its venue's buildings are a string: the feed is refused, and the
    // message says where.
    EXPECT_TRUE(contains(r.err, "/venue/buildings: must be an array")) << r.describe();
    EXPECT_FALSE(contains(r.out, ": ok")) << r.describe();
}

TEST(Program, CheckConfigWithAFeedFileThatDoesNotExist) {
    RunResult r = run_signpost({"--check-config", demo_config().string(), "--feed",
                                "/nonexistent/feed.json", "--offline"});
    ASSERT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_TRUE(contains(r.err, "/nonexistent/feed.json")) << r.describe();
}

size_t count(const std::string& text, const std::string& needle) {
    size_t n = 0;
    for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
        ++n;
    }
    return n;
}

// A cosmetic fault costs no room or session, and each feed warning is printed
// once, not once by the fetcher and again by the command.
TEST(Program, CosmeticFeedFaultsKeepEverythingAndAreReportedOnce) {
    const std::string feed = app_data("cosmetic-errors-feed.json").string();
    RunResult check =
        run_signpost({"--check-config", demo_config().string(), "--feed", feed, "--offline"});
    ASSERT_EQ(check.exit_code, 0) << check.describe();
    EXPECT_TRUE(contains(check.out, "4 room(s), 4 session(s)")) << check.describe();
    RunResult dump =
        run_signpost({"--config", demo_config().string(), "--dump", "--feed", feed, "--offline"});
    ASSERT_EQ(dump.exit_code, 0) << dump.describe();
    for (const RunResult* r : {&check, &dump}) {
        EXPECT_EQ(count(r->err,
                        "/venue/buildings/0/rooms/0/capacity (room \"hall-e\"): must be "
                        "a whole number, not a string (dropped; the room is kept)"),
                  1u)
            << r->describe();
        EXPECT_EQ(count(r->err, "/sessions/1/speakers/1 (session \"t2\")"), 1u) << r->describe();
        EXPECT_EQ(count(r->err, "n301"), 0u) << "an empty floor is no floor\n" << r->describe();
    }
}

}  // namespace
}  // namespace signpost::app_test

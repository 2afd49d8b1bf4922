// The demo at the instant docs/display.md's glance figures are measured at
// (2016-10-26 11:40, its busiest): with the real fonts, through --dump, every
// room with a session on now or starting within the hour is named on a
// now/next screen, and those screens are at most four at each size (stacked
// rows, two tables side by side in landscape; one room a row took six).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "app_test_support.h"
#include "util/time.h"

namespace signpost::app_test {
namespace {

constexpr const char* kAt = "2016-10-26T11:40:00+02:00";

TEST(DemoGlance, NowNextTakesAtMostFourScreensAtEachSize) {
    const std::filesystem::path portrait = demo_config().parent_path() / "demo-portrait.json";
    const struct {
        std::filesystem::path config;
        std::string size;
    } cases[] = {
        {demo_config(), "1920x1080"}, {demo_config(), "1280x720"}, {portrait, "1080x1920"}};
    for (const auto& c : cases) {
        SCOPED_TRACE(c.size);
        const RunResult r = run_signpost(
            {"--config", c.config.string(), "--dump", "--offline", "--at", kAt, "--size", c.size});
        ASSERT_EQ(r.exit_code, 0) << r.describe();
        const nlohmann::json j = nlohmann::json::parse(r.out);
        const auto at = parse_iso8601(kAt);
        ASSERT_TRUE(at);
        std::set<std::string> active;
        for (const auto& [id, room] : j["rooms"].items()) {
            bool soon = false;
            if (room["next_start"].is_string()) {
                const auto start = parse_iso8601(room["next_start"].get<std::string>());
                soon = start && *start - *at <= std::chrono::minutes{60};
            }
            if (!room["now"].is_null() || soon) {
                active.insert(id);
            }
        }
        int screens = 0;
        std::set<std::string> named;
        for (const auto& page : j["pages"]) {
            if (page.value("kind", "") != "now_next") {
                continue;
            }
            ++screens;
            for (const auto& item : page["items"]) {
                if (item.contains("room")) {
                    named.insert(item.value("room", ""));
                }
            }
        }
        EXPECT_EQ(active.size(), 22u);
        EXPECT_EQ(named, active);
        EXPECT_LE(screens, 4);
    }
}

// The demo's directory at the same instant: every room of the feed on a
// directory screen, in at most four screens at each size (five before the
// way beside its rooms, the QR code on the last screen, the repeated
// building's one line and ways beside their whole text).
TEST(DemoGlance, DirectoryTakesAtMostFourScreensAtEachSize) {
    const std::filesystem::path portrait = demo_config().parent_path() / "demo-portrait.json";
    const struct {
        std::filesystem::path config;
        std::string size;
    } cases[] = {
        {demo_config(), "1920x1080"}, {demo_config(), "1280x720"}, {portrait, "1080x1920"}};
    for (const auto& c : cases) {
        SCOPED_TRACE(c.size);
        const RunResult r = run_signpost(
            {"--config", c.config.string(), "--dump", "--offline", "--at", kAt, "--size", c.size});
        ASSERT_EQ(r.exit_code, 0) << r.describe();
        const nlohmann::json j = nlohmann::json::parse(r.out);
        std::set<std::string> rooms;
        for (const auto& [id, room] : j["rooms"].items()) {
            rooms.insert(id);
        }
        int screens = 0;
        std::set<std::string> named;
        for (const auto& page : j["pages"]) {
            if (page.value("kind", "") != "directory") {
                continue;
            }
            ++screens;
            for (const auto& item : page["items"]) {
                if (item.contains("room")) {
                    named.insert(item.value("room", ""));
                }
            }
        }
        EXPECT_EQ(rooms.size(), 28u);
        EXPECT_EQ(named, rooms);
        EXPECT_LE(screens, 4);
    }
}

}  // namespace
}  // namespace signpost::app_test

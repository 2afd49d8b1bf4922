// Computed directions in --dump (docs/wayfinding.md): every arrow of a way
// names the place(s) it leads to and its route; a step-free line appears
// under a way that takes stairs or an escalator and under no other.
#include <set>

#include <gtest/gtest.h>

#include "app_test_support.h"

namespace signpost::app_test {
namespace {

nlohmann::json dump_demo(const std::string& config) {
    RunResult r = run_signpost({"--config", (source_dir() / "config" / config).string(),
                                "--offline", "--dump", "--at", "2016-10-25T11:40:00+02:00"});
    EXPECT_EQ(r.exit_code, 0) << r.describe();
    return r.exit_code == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::object();
}

TEST(WayfindingDump, ArrowsNameTheirPlacesAndRoutes) {
    const auto doc = dump_demo("demo.json");
    std::set<std::string> step_free, shortest;
    int arrows = 0;
    for (const auto& page : doc["pages"]) {
        if (page["kind"] != "directory") {
            continue;
        }
        for (const auto& item : page["items"]) {
            const std::string role = item["role"];
            if (role != "direction-arrow" && role != "step-free-arrow" &&
                role != "step-free-text") {
                continue;
            }
            if (role == "direction-arrow") {
                ++arrows;
            }
            EXPECT_TRUE(item.contains("destination") || item.contains("destinations"))
                << item.dump();
            std::vector<std::string> ids;
            if (item.contains("destination")) {
                ids.push_back(item["destination"]);
            } else {
                ids = item["destinations"].get<std::vector<std::string>>();
                EXPECT_GE(ids.size(), 2u) << item.dump();
            }
            if (role == "direction-arrow" && item.contains("route")) {
                EXPECT_EQ(item["route"], "shortest") << item.dump();
                shortest.insert(ids.begin(), ids.end());
            }
            if (role != "direction-arrow") {
                EXPECT_EQ(item["route"], "step-free") << item.dump();
                step_free.insert(ids.begin(), ids.end());
            }
        }
    }
    EXPECT_GT(arrows, 5);
    // P1 and P2 rooms are reached by escalator from the main entrance: they
    // have a step-free line; the P0 halls are not.
    EXPECT_TRUE(step_free.count("ccib-p1-room-111")) << doc.dump().substr(0, 500);
    EXPECT_TRUE(step_free.count("ccib-p2-room-211"));
    EXPECT_FALSE(step_free.count("ccib-p0-marketplace"));
    EXPECT_FALSE(step_free.count("ccib-p0-hall-c"));
    EXPECT_TRUE(shortest.count("ccib-p0-marketplace"));
}

TEST(WayfindingDump, NoStepFreeRouteIsSaidWithoutAnArrow) {
    // From the auditorium foyer, its hall 2 is up a staircase and nothing else.
    const auto doc = dump_demo("demo-auditorium.json");
    bool said = false;
    for (const auto& page : doc["pages"]) {
        for (const auto& item : page["items"]) {
            if (item.value("destination", "") != "auditorium-hall-2") {
                continue;
            }
            EXPECT_NE(item["role"], "step-free-arrow");
            if (item["role"].get<std::string>().starts_with("step-free-text") &&
                item["text"].get<std::string>().find("no step-free route") != std::string::npos) {
                said = true;
            }
        }
    }
    EXPECT_TRUE(said);
}

}  // namespace
}  // namespace signpost::app_test

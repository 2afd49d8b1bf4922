// FOSDEM with a venue map and FOSDEM's own room-status list: rooms marked
// full ("1") carry the badge on every page that names them, matched by
// name (with or without the building in brackets), at three sizes; one room
// evacuating ("2") turns every page into the emergency page naming it.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "app_test_support.h"

namespace signpost::app_test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kAt = "2025-02-01T11:30:00+01:00";  // Saturday morning
const char* const kSizes[] = {"1920x1080", "1280x720", "1080x1920"};

class FosdemLive : public ::testing::Test {
  protected:
    // A screen in building K, taking the FOSDEM defaults, with `live` as its
    // fosdem-roomstatus document.
    fs::path screen(const std::string& live) {
        const fs::path live_file = dir_ / "roomstatus.json";
        test::write_file(live_file, live);
        const fs::path config = dir_ / "k-entrance.json";
        write_json_file_atomically(
            config,
            {{"defaults", (source_dir() / "tests/data/app/fosdem-venue.json").string()},
             {"id", "k-entrance"},
             {"location", {{"name", "K building, entrance"}, {"building", "K"}}},
             {"cache_dir", (dir_ / "cache").string()},
             {"pages", {{{"kind", "directory"}}, {{"kind", "now_next"}}, {{"kind", "upcoming"}}}},
             {"live", {{"source", live_file.string()}, {"format", "fosdem-roomstatus"}}}});
        return config;
    }
    nlohmann::json dump(const fs::path& config, const std::string& size) {
        RunResult r = run_signpost(
            {"--config", config.string(), "--offline", "--dump", "--at", kAt, "--size", size});
        EXPECT_EQ(r.exit_code, 0) << r.describe();
        return r.exit_code == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::object();
    }
    TempDir dir_;
};

TEST_F(FosdemLive, FullRoomsCarryTheBadgeOnEveryKindOfPageAtThreeSizes) {
    // By name as FOSDEM writes it, and without the building in brackets.
    const fs::path config = screen(R"js([{"roomname": "K.3.401", "state": "1"},
                                       {"roomname": "UB2.252A", "state": "1"},
                                       {"roomname": "Janson", "state": "0"}])js");
    for (const char* size : kSizes) {
        const nlohmann::json doc = dump(config, size);
        ASSERT_TRUE(doc.contains("live")) << size;
        EXPECT_TRUE(doc["live"]["error"].is_null()) << doc["live"];
        EXPECT_EQ(doc["rooms"]["K.3.401"].value("state", ""), "full") << size;
        EXPECT_EQ(doc["rooms"]["UB2.252A (Lameere)"].value("state", ""), "full") << size;
        EXPECT_EQ(doc["rooms"]["Janson"].value("state", "open"), "open") << size;
        std::map<std::string, std::set<std::string>> badges;  // page kind -> rooms
        for (const auto& page : doc["pages"]) {
            EXPECT_NE(page["kind"], "emergency") << size;
            for (const auto& item : page["items"]) {
                if (item["role"] == "room-state") {
                    // English first as the config orders the languages; "Full —
                    // no entry · 만석", or the short "Full · 만석" where that is
                    // too wide, never a word cut.
                    const std::string text = item.value("text", "");
                    EXPECT_TRUE(text.starts_with("Full")) << size << item.dump();
                    EXPECT_EQ(text.find("…"), std::string::npos) << size << item.dump();
                    badges[page["kind"]].insert(item.value("room", ""));
                }
            }
        }
        // The directory names every room; the full ones carry the badge there.
        EXPECT_EQ(badges["directory"], (std::set<std::string>{"K.3.401", "UB2.252A (Lameere)"}))
            << size;
        // Now/next and the upcoming board name the rooms with sessions then:
        // a full room among them is marked, no other.
        for (const char* kind : {"now_next", "upcoming"}) {
            EXPECT_FALSE(badges[kind].empty()) << size << " " << kind;
            for (const std::string& room : badges[kind]) {
                EXPECT_TRUE(room == "K.3.401" || room == "UB2.252A (Lameere)") << room;
            }
        }
    }
}

TEST_F(FosdemLive, OneRoomEvacuatingTakesOverEveryPageNamingIt) {
    const fs::path config = screen(R"js([{"roomname": "K.3.401", "state": "1"},
                                       {"roomname": "H.1302 (Depage)", "state": "2"}])js");
    for (const char* size : kSizes) {
        const nlohmann::json doc = dump(config, size);
        ASSERT_FALSE(doc["pages"].empty()) << size;
        EXPECT_EQ(doc["rooms"]["H.1302 (Depage)"].value("state", ""), "evacuate") << size;
        for (const auto& page : doc["pages"]) {
            EXPECT_EQ(page["kind"], "emergency") << size;
            std::string text;
            bool exit_arrow = false;
            for (const auto& item : page["items"]) {
                if (item["role"] == "emergency-text") {
                    text += item.value("text", "") + " ";  // its lines, joined
                }
                exit_arrow = exit_arrow || item["role"] == "exit-arrow";
            }
            EXPECT_NE(text.find("Evacuate H.1302 (Depage)"), std::string::npos) << size << text;
            EXPECT_TRUE(exit_arrow) << size;
        }
    }
}

}  // namespace
}  // namespace signpost::app_test

// --dump as a subprocess: the JSON's shape, and now/next checked against the
// native rule computed here, independently, from the demo feed itself.
#include <chrono>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "app_test_support.h"

namespace signpost::app_test {
namespace {

using SysSeconds = std::chrono::sys_seconds;

// "YYYY-MM-DDTHH:MM:SS+HH:MM" (the only shape the demo feed and these tests
// use), parsed here without the program's own time code.
SysSeconds parse_offset_time(const std::string& s) {
    if (s.size() != 25 || s[10] != 'T' || (s[19] != '+' && s[19] != '-')) {
        ADD_FAILURE() << "unexpected time shape: " << s;
        return {};
    }
    auto num = [&](size_t at, size_t len) { return std::stoi(s.substr(at, len)); };
    const std::chrono::year_month_day ymd{std::chrono::year{num(0, 4)},
                                          std::chrono::month{unsigned(num(5, 2))},
                                          std::chrono::day{unsigned(num(8, 2))}};
    const auto local = std::chrono::sys_days{ymd} + std::chrono::hours{num(11, 2)} +
                       std::chrono::minutes{num(14, 2)} + std::chrono::seconds{num(17, 2)};
    const auto offset = std::chrono::hours{num(20, 2)} + std::chrono::minutes{num(23, 2)};
    return s[19] == '+' ? local - offset : local + offset;
}

struct FeedSession {
    std::string id;
    std::string room;
    SysSeconds start;
    SysSeconds end;
};

struct DemoFeed {
    std::vector<std::string> rooms;
    std::vector<FeedSession> sessions;
};

const DemoFeed& demo() {
    static const DemoFeed feed = [] {
        DemoFeed f;
        nlohmann::json j = read_json_file(demo_feed());
        for (const auto& b : j.at("venue").at("buildings")) {
            for (const auto& r : b.at("rooms")) {
                f.rooms.push_back(r.at("id").get<std::string>());
            }
        }
        for (const auto& s : j.at("sessions")) {
            f.sessions.push_back({s.at("id").get<std::string>(), s.at("room").get<std::string>(),
                                  parse_offset_time(s.at("start").get<std::string>()),
                                  parse_offset_time(s.at("end").get<std::string>())});
        }
        return f;
    }();
    return feed;
}

// The native rule (docs/feed-format.md): now is start <= t < end, with
// overlaps the latest start, ties to the smallest id; next is the earliest
// start > t, ties to the smallest id.
nlohmann::json expected_now_next(const std::string& room, SysSeconds t) {
    const FeedSession* now = nullptr;
    const FeedSession* next = nullptr;
    for (const auto& s : demo().sessions) {
        if (s.room != room) {
            continue;
        }
        if (s.start <= t && t < s.end) {
            if (!now || s.start > now->start || (s.start == now->start && s.id < now->id)) {
                now = &s;
            }
        }
        if (s.start > t) {
            if (!next || s.start < next->start || (s.start == next->start && s.id < next->id)) {
                next = &s;
            }
        }
    }
    auto id = [](const FeedSession* s) { return s ? nlohmann::json(s->id) : nlohmann::json(); };
    return {{"now", id(now)}, {"next", id(next)}};
}

nlohmann::json dump(const std::vector<std::string>& extra, RunResult* result = nullptr) {
    std::vector<std::string> args{"--config", demo_config().string(), "--dump", "--offline"};
    args.insert(args.end(), extra.begin(), extra.end());
    RunResult r = run_signpost(args);
    if (result) {
        *result = r;
    }
    EXPECT_EQ(r.exit_code, 0) << r.describe();
    try {
        return nlohmann::json::parse(r.out);
    } catch (const std::exception& e) {
        ADD_FAILURE() << "--dump printed no JSON: " << e.what() << "\n" << r.describe();
        return {};
    }
}

TEST(Dump, DemoAtTheDemoStartHasEveryPart) {
    nlohmann::json j = dump({"--at", "2016-10-25T11:20:00+02:00"});
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j.value("at", ""), "2016-10-25T11:20:00+02:00");
    EXPECT_EQ(j.value("timezone", ""), "Europe/Madrid");
    ASSERT_TRUE(j.contains("size"));
    EXPECT_EQ(j["size"].value("width", 0), 1920);
    EXPECT_EQ(j["size"].value("height", 0), 1080);

    ASSERT_TRUE(j["rooms"].is_object());
    std::set<std::string> dumped;
    for (const auto& [id, value] : j["rooms"].items()) {
        dumped.insert(id);
        EXPECT_TRUE(value.contains("now") && value.contains("next")) << id;
    }
    const std::set<std::string> venue(demo().rooms.begin(), demo().rooms.end());
    EXPECT_EQ(dumped, venue);
    EXPECT_EQ(venue.size(), 28u);

    ASSERT_TRUE(j["pages"].is_array());
    ASSERT_FALSE(j["pages"].empty());
    long cycle = 0;
    std::set<std::string> named;
    for (size_t i = 0; i < j["pages"].size(); ++i) {
        const auto& page = j["pages"][i];
        EXPECT_EQ(page.value("index", -1), static_cast<int>(i));
        EXPECT_NE(page.value("kind", ""), "emergency");
        EXPECT_TRUE(page["items"].is_array() && !page["items"].empty()) << "page " << i;
        EXPECT_GT(page.value("dwell_seconds", 0), 0) << "page " << i;
        cycle += page.value("dwell_seconds", 0);
        for (const auto& item : page["items"]) {
            if (page.value("kind", "") == "directory" && item.contains("room"))
                named.insert(item.value("room", ""));
            // An arrow names its place, or its places when it serves several
            // (rooms sharing a way: docs/wayfinding.md).
            if (item.value("type", "") == "arrow") {
                EXPECT_TRUE(!item.value("destination", "").empty() ||
                            !item.value("destinations", nlohmann::json::array()).empty())
                    << "page " << i;
            }
        }
    }
    // "cycle_seconds" is the sum of the screens' dwell; the directory names
    // every room of the feed by its id.
    EXPECT_EQ(j.value("cycle_seconds", 0L), cycle);
    EXPECT_EQ(named, std::set<std::string>(demo().rooms.begin(), demo().rooms.end()));
    // The demo's two config pages, the default set: now/next then the directory.
    EXPECT_EQ(j["pages"].front().value("kind", ""), "now_next");
    EXPECT_EQ(j["pages"].back().value("kind", ""), "directory");

    ASSERT_TRUE(j["feed"].is_object());
    EXPECT_EQ(j["feed"].value("source", ""), "file");
    EXPECT_EQ(j["feed"].value("sessions", 0), 361);
    EXPECT_EQ(j["feed"].value("rooms", 0), 28);
    EXPECT_TRUE(j["feed"]["error"].is_null()) << j["feed"];
}

TEST(Dump, NowAndNextFollowTheNativeRuleAtBoundaries) {
    // The first session of the feed, "Breakfast" in the auditorium foyer:
    // 07:30-09:00 on Tuesday.
    const std::string instants[] = {
        "2016-10-24T12:00:00+02:00",  // before the summit: nothing now, the first of each room next
        "2016-10-25T07:30:00+02:00",  // exactly a session start: it is now
        "2016-10-25T08:59:59+02:00",  // the last second of it
        "2016-10-25T09:00:00+02:00",  // exactly its end: no longer now
        "2016-10-25T11:20:00+02:00",  // between sessions (Hall C has its coffee break)
        "2016-10-26T15:40:00+02:00",  // two sessions overlap in Room 116
        "2016-10-27T12:00:00+02:00",  // Room 118 is empty all Thursday
        "2016-10-28T23:30:00+02:00",  // after the last session: nothing next
    };
    size_t nonempty_now = 0;
    for (const auto& at : instants) {
        nlohmann::json j = dump({"--at", at});
        ASSERT_TRUE(j.contains("rooms")) << at;
        const SysSeconds t = parse_offset_time(at);
        for (const auto& room : demo().rooms) {
            ASSERT_TRUE(j["rooms"].contains(room)) << at << " " << room;
            nlohmann::json got = j["rooms"][room];
            // "next_start" is the next session's start, null without one.
            EXPECT_EQ(got["next_start"].is_null(), got["next"].is_null()) << at << " " << room;
            got.erase("next_start");
            EXPECT_EQ(got, expected_now_next(room, t)) << "at " << at << ", " << room;
            nonempty_now += j["rooms"][room]["now"].is_null() ? 0 : 1;
        }
    }
    // The instants are not all empty ones (the check above would pass on a feed of nothing).
    EXPECT_GT(nonempty_now, 20u);
}

TEST(Dump, BoundaryInstantsPickTheExpectedSession) {
    // Spelled out for one room, so a wrong rule in both places still shows.
    const std::string room = "auditorium-foyer";
    EXPECT_EQ(dump({"--at", "2016-10-25T07:30:00+02:00"})["rooms"][room]["now"], "bcn16-1001");
    EXPECT_EQ(dump({"--at", "2016-10-25T07:29:59+02:00"})["rooms"][room]["next"], "bcn16-1001");
}

TEST(Dump, SizeOptionIsEchoed) {
    nlohmann::json j = dump({"--at", "2016-10-25T11:20:00+02:00", "--size", "1080x1920"});
    ASSERT_TRUE(j.contains("size"));
    EXPECT_EQ(j["size"].value("width", 0), 1080);
    EXPECT_EQ(j["size"].value("height", 0), 1920);
}

TEST(Dump, EmergencyInstantGivesOneEmergencyPage) {
    nlohmann::json j = dump({"--at", "2016-10-28T15:05:00+02:00"});
    ASSERT_TRUE(j["pages"].is_array());
    ASSERT_EQ(j["pages"].size(), 1u) << j["pages"];
    EXPECT_EQ(j["pages"][0].value("kind", ""), "emergency");
    // Ten minutes later the drill is over.
    nlohmann::json after = dump({"--at", "2016-10-28T15:10:00+02:00"});
    ASSERT_FALSE(after["pages"].empty());
    for (const auto& page : after["pages"]) {
        EXPECT_NE(page.value("kind", ""), "emergency");
    }
}

// The guid of a frab event in the 33C3 excerpt.
std::string guid_of(int event_id) {
    nlohmann::json feed = read_json_file(app_data("33c3-day1-excerpt.schedule.json"));
    for (const auto& day : feed["schedule"]["conference"]["days"]) {
        for (const auto& [room, events] : day["rooms"].items()) {
            for (const auto& e : events) {
                if (e.value("id", 0) == event_id)
                    return e.value("guid", "");
            }
        }
    }
    ADD_FAILURE() << "no event " << event_id << " in the excerpt";
    return "";
}

TEST(Dump, ARealFrabFeedWorksWithTheDemoConfig) {
    // tests/data/app/33c3-day1-excerpt.schedule.json: day 1 of 33C3, three
    // halls, four events each (see tests/data/app/README.md).
    RunResult r;
    nlohmann::json j = dump({"--feed", app_data("33c3-day1-excerpt.schedule.json").string(), "--at",
                             "2016-12-27T11:10:00+01:00"},
                            &r);
    ASSERT_TRUE(j.is_object()) << r.describe();
    EXPECT_EQ(j["feed"].value("source", ""), "file");
    EXPECT_EQ(j["feed"].value("sessions", 0), 12);
    EXPECT_EQ(j["feed"].value("rooms", 0), 3);
    ASSERT_EQ(j["rooms"].size(), 3u) << j["rooms"];
    // 11:10: only the opening ceremony (event 8429, Saal 1, 11:00-11:30)
    // runs; next in Saal 1 is 8425 at 11:30, the other halls start at 11:30
    // with 8399 (Saal 2) and 8044 (Saal G). frab sessions are known by guid.
    const nlohmann::json expected = {
        {"Saal 1", {{"now", "b8e0eb47-4832-4726-bc9b-9015bd96becf"}, {"next", guid_of(8425)}}},
        {"Saal 2", {{"now", nullptr}, {"next", guid_of(8399)}}},
        {"Saal G", {{"now", nullptr}, {"next", guid_of(8044)}}},
    };
    EXPECT_EQ(guid_of(8429), "b8e0eb47-4832-4726-bc9b-9015bd96becf");
    nlohmann::json rooms = j["rooms"];
    for (auto& [id, room] : rooms.items()) {
        room.erase("next_start");
    }
    EXPECT_EQ(rooms, expected);
    EXPECT_EQ(j["rooms"]["Saal 2"].value("next_start", ""), "2016-12-27T11:30:00+01:00");
    ASSERT_FALSE(j["pages"].empty());
    EXPECT_NE(j["pages"][0].value("kind", ""), "waiting");
}

}  // namespace
}  // namespace signpost::app_test

// A bad cosmetic field (a floor label, a capacity, a speaker, a track, one
// language of a text, an arrow) is dropped with a warning naming its JSON path;
// the room, building, session or announcement is kept.
#include <gtest/gtest.h>

#include "feed_test_support.h"

using namespace signpost;
using namespace signpost::test;

TEST(NativeCosmetic, ABadRoomFieldIsDroppedAndTheRoomKeptWithItsSessions) {
    const DocChange cases[] = {
        {"no floor", [](Doc& r) { r.erase("floor"); }, ""},
        {"empty floor label", [](Doc& r) { r["floor"] = ""; }, ""},
        {"floor null", [](Doc& r) { r["floor"] = nullptr; }, ""},
        {"fractional floor", [](Doc& r) { r["floor"] = 1.5; },
         "/venue/buildings/0/rooms/1/floor (room \"r2\"): must be a whole number or a label such "
         "as \"P1\", not a number (dropped; the room is kept)"},
        {"floor a boolean", [](Doc& r) { r["floor"] = true; },
         "/venue/buildings/0/rooms/1/floor (room \"r2\"): must be a whole number or a label such "
         "as \"P1\", not a boolean (dropped; the room is kept)"},
        {"negative capacity", [](Doc& r) { r["capacity"] = -5; },
         "/venue/buildings/0/rooms/1/capacity (room \"r2\"): must not be negative (dropped; the "
         "room is kept)"},
        {"capacity as text", [](Doc& r) { r["capacity"] = "100"; },
         "/venue/buildings/0/rooms/1/capacity (room \"r2\"): must be a whole number, not a string "
         "(dropped; the room is kept)"},
        {"huge capacity", [](Doc& r) { r["capacity"] = 99999999999999ULL; },
         "/venue/buildings/0/rooms/1/capacity (room \"r2\"): is too large (dropped; the room is "
         "kept)"},
        {"a second language not text",
         [](Doc& r) { r["name"] = json(R"({"ko": "2호실", "en": 5})"); },
         "/venue/buildings/0/rooms/1/name/en (room \"r2\"): must be a string, not an integer "
         "(dropped; the room is kept)"},
    };
    for (const auto& c : cases) {
        Doc doc = minimal_doc();
        c.change(doc["venue"]["buildings"][0]["rooms"][1]);
        doc["sessions"].push_back(session("in-r2", "r2"));
        auto feed = test::parse(doc);
        ASSERT_TRUE(feed.ok()) << c.name << ": " << feed.error().to_string();
        const Venue& v = feed->schedule->venue();
        ASSERT_EQ(v.rooms.size(), 3u) << c.name;
        EXPECT_EQ(test::session_ids(*feed), (std::vector<std::string>{"in-r2", "ok"})) << c.name;
        const Room& r2 = v.rooms[*v.find_room("r2")];
        EXPECT_FALSE(r2.capacity.has_value()) << c.name;
        expect_one_warning(*feed, c);
    }
}

TEST(NativeCosmetic, AnEmptyFloorLabelIsNoFloor) {
    Doc doc = minimal_doc();
    doc["venue"]["buildings"][0]["floors"] = {"1", "", "2"};
    doc["venue"]["buildings"][0]["rooms"][1]["floor"] = "";
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok()) << feed.error().to_string();
    const Venue& v = feed->schedule->venue();
    EXPECT_EQ(v.rooms[*v.find_room("r2")].floor, "");
    EXPECT_EQ(v.buildings[0].floors, (std::vector<std::string>{"1", "2"}));
    EXPECT_TRUE(feed->warnings.empty()) << test::all_warnings(*feed);
}

TEST(NativeCosmetic, ABadFloorListIsDroppedAndTheBuildingKept) {
    const DocChange cases[] = {
        {"floors not a list", [](Doc& b) { b["floors"] = "1-3"; },
         "/venue/buildings/1/floors (building \"annex\"): must be an array of floor labels, not a "
         "string (dropped; the building is kept)"},
        // The list lost an entry, so the room on "P1" is not warned about as well.
        {"a floor label not text", [](Doc& b) { b["floors"] = json(R"(["1", false])"); },
         "/venue/buildings/1/floors/1 (building \"annex\"): must be a whole number or a label such "
         "as \"P1\", not a boolean (dropped; the building is kept)"},
    };
    for (const auto& c : cases) {
        auto feed = parse_changed(c, "/venue/buildings/1");
        ASSERT_TRUE(feed.ok()) << c.name << ": " << feed.error().to_string();
        EXPECT_EQ(feed->schedule->venue().buildings.size(), 2u) << c.name;
        EXPECT_EQ(feed->schedule->venue().rooms.size(), 3u) << c.name;
        expect_one_warning(*feed, c);
    }
}

TEST(NativeCosmetic, ABadSessionFieldIsDroppedAndTheSessionKept) {
    const DocChange cases[] = {
        {"speakers not a list", [](Doc& s) { s["speakers"] = "Ada"; },
         "/sessions/1/speakers (session \"bad\"): must be an array of strings, not a string "
         "(dropped; the session is kept)"},
        {"speaker not a string", [](Doc& s) { s["speakers"] = json(R"(["Ada", 7])"); },
         "/sessions/1/speakers/1 (session \"bad\"): must be a string, not an integer (dropped; the "
         "session is kept)"},
        {"rsvp as text", [](Doc& s) { s["rsvp"] = "yes"; },
         "/sessions/1/rsvp (session \"bad\"): must be true or false, not a string (dropped; the "
         "session is kept)"},
        {"track not text", [](Doc& s) { s["track"] = json(R"({"en": "Main"})"); },
         "/sessions/1/track (session \"bad\"): must be a string, not an object (dropped; the "
         "session is kept)"},
        {"kind a number", [](Doc& s) { s["kind"] = 3; },
         "/sessions/1/kind (session \"bad\"): must be a string, not an integer (dropped; the "
         "session is kept)"},
        {"language a list", [](Doc& s) { s["language"] = Doc::array({"ko"}); },
         "/sessions/1/language (session \"bad\"): must be a string, not an array (dropped; the "
         "session is kept)"},
        {"abstract a number", [](Doc& s) { s["abstract"] = 1; },
         "/sessions/1/abstract (session \"bad\"): must be a string or an object from language tag "
         "to string, not an integer (dropped; the session is kept)"},
        {"abstract language not text",
         [](Doc& s) { s["abstract"] = json(R"({"en": "Fine", "ko": false})"); },
         "/sessions/1/abstract/ko (session \"bad\"): must be a string, not a boolean (dropped; "
         "the session is kept)"},
        {"title language not text", [](Doc& s) { s["title"] = json(R"({"ko": "발표", "en": 5})"); },
         "/sessions/1/title/en (session \"bad\"): must be a string, not an integer (dropped; the "
         "session is kept)"},
        {"title language null", [](Doc& s) { s["title"] = json(R"({"ko": "발표", "en": null})"); },
         ""},
    };
    for (const auto& c : cases) {
        Doc doc = minimal_doc();
        doc["sessions"].push_back(changed(session("bad"), c));
        auto feed = test::parse(doc);
        ASSERT_TRUE(feed.ok()) << c.name << ": " << feed.error().to_string();
        EXPECT_EQ(test::session_ids(*feed), (std::vector<std::string>{"bad", "ok"})) << c.name;
        expect_one_warning(*feed, c);
    }
}

TEST(NativeCosmetic, ATitleWithNoUsableLanguageStillSkipsTheSession) {
    Doc doc = minimal_doc();
    Doc bad = session("bad");
    bad["title"] = {{"ko", 1}, {"en", 2}};
    doc["sessions"].push_back(bad);
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(test::session_ids(*feed), (std::vector<std::string>{"ok"}));
    ASSERT_EQ(feed->warnings.size(), 1u) << test::all_warnings(*feed);
    EXPECT_EQ(feed->warnings[0].to_string(),
              "/sessions/1 (session \"bad\"): title/ko: must be a string, not an integer");
}

TEST(NativeCosmetic, ABadDirectionIsDroppedAndTheAnnouncementKept) {
    Doc doc = minimal_doc();
    doc["announcements"].push_back(
        {{"id", "exit"}, {"text", "Fire drill"}, {"level", "emergency"}, {"direction", "north"}});
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok());
    ASSERT_EQ(feed->schedule->announcements().size(), 1u);
    EXPECT_FALSE(feed->schedule->announcements()[0].direction.has_value());
    ASSERT_EQ(feed->warnings.size(), 1u) << test::all_warnings(*feed);
    EXPECT_EQ(feed->warnings[0].to_string(),
              "/announcements/0/direction (announcement \"exit\"): \"north\" is not one of ahead, "
              "left, right, back, up, down (dropped; the announcement is kept)");
}

TEST(NativeCosmetic, TheVenueNameAndTheAnnouncementListAreNotWorthTheSchedule) {
    const DocChange cases[] = {
        {"no venue name", [](Doc& d) { d["venue"].erase("name"); },
         "/venue/name: missing (dropped; the venue is kept)"},
        {"venue name blank", [](Doc& d) { d["venue"]["name"] = " "; },
         "/venue/name: is empty (dropped; the venue is kept)"},
        {"venue name variant not text",
         [](Doc& d) { d["venue"]["name"] = json(R"({"ko": "행사장", "en": 5})"); },
         "/venue/name/en: must be a string, not an integer (dropped; the venue is kept)"},
        {"announcements not a list", [](Doc& d) { d["announcements"] = "none"; },
         "/announcements: must be an array, not a string (dropped; the schedule is kept)"},
    };
    for (const auto& c : cases) {
        auto feed = parse_changed(c, "");
        ASSERT_TRUE(feed.ok()) << c.name << ": " << feed.error().to_string();
        EXPECT_EQ(test::session_ids(*feed), (std::vector<std::string>{"ok"})) << c.name;
        expect_one_warning(*feed, c);
    }
}

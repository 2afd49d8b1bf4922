// Bad elements of a list are skipped with a warning naming their path and id;
// the rest of the feed is kept.
#include <gtest/gtest.h>

#include "feed_test_support.h"

using namespace signpost;
using namespace signpost::test;

TEST(NativeSkip, EachKindOfBadSessionIsSkippedAndNamed) {
    // Applied to a valid session "bad" in r2; a part of the warning's reason.
    const DocChange cases[] = {
        {"unknown room", [](Doc& s) { s["room"] = "r9"; }, "room: unknown room \"r9\""},
        {"room not a string", [](Doc& s) { s["room"] = 2; }, "room: must be a string"},
        {"no room", [](Doc& s) { s.erase("room"); }, "room: missing"},
        {"end before start", [](Doc& s) { s["end"] = "2025-10-21T10:59:00+09:00"; },
         "end: must be after start"},
        {"end equal to start", [](Doc& s) { s["end"] = s["start"]; }, "end: must be after start"},
        {"unparseable start", [](Doc& s) { s["start"] = "tomorrow 9am"; },
         "start: \"tomorrow 9am\" is not an ISO 8601 time"},
        {"start without offset", [](Doc& s) { s["start"] = "2025-10-21T11:00:00"; },
         "start: \"2025-10-21T11:00:00\" has no UTC offset"},
        {"impossible date", [](Doc& s) { s["end"] = "2025-02-30T12:00:00Z"; },
         "end: \"2025-02-30T12:00:00Z\" is not an ISO 8601 time"},
        {"time as a number", [](Doc& s) { s["end"] = 1761012000; }, "end: must be a string"},
        {"no end", [](Doc& s) { s.erase("end"); }, "end: missing"},
        {"no title", [](Doc& s) { s.erase("title"); }, "title: missing"},
        {"empty title", [](Doc& s) { s["title"] = ""; }, "title: is empty"},
        {"title with an empty object", [](Doc& s) { s["title"] = Doc::object(); },
         "title: has no language in it"},
        {"bad status", [](Doc& s) { s["status"] = "postponed"; },
         "status: \"postponed\" is not one of scheduled, cancelled, full, moved"},
        {"moved without moved_to", [](Doc& s) { s["status"] = "moved"; }, "moved_to: missing"},
        {"moved to an unknown room",
         [](Doc& s) { s.update(json(R"({"status": "moved", "moved_to": "r7"})")); },
         "moved_to: unknown room \"r7\""},
    };
    for (const auto& c : cases) {
        Doc doc = minimal_doc();
        doc["sessions"].push_back(changed(session("bad"), c));
        doc["sessions"].push_back(session("after"));
        auto feed = test::parse(doc);
        ASSERT_TRUE(feed.ok()) << c.name << ": " << feed.error().to_string();
        EXPECT_EQ(test::session_ids(*feed), (std::vector<std::string>{"after", "ok"})) << c.name;
        expect_one_warning_at(*feed, "/sessions/1 (session \"bad\")", c);
    }
}

TEST(NativeSkip, ASessionWithoutAUsableIdIsNamedByItsPath) {
    Doc doc = minimal_doc();
    Doc no_id = session("x");
    no_id.erase("id");
    Doc numeric_id = session("x");
    numeric_id["id"] = 17;
    doc["sessions"].push_back(no_id);
    doc["sessions"].push_back(numeric_id);
    doc["sessions"].push_back("not an object");
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(test::session_ids(*feed), (std::vector<std::string>{"ok"}));
    ASSERT_EQ(feed->warnings.size(), 3u) << test::all_warnings(*feed);
    EXPECT_EQ(feed->warnings[0].to_string(), "/sessions/1: id: missing");
    EXPECT_EQ(feed->warnings[1].to_string(), "/sessions/2: id: must be a string, not an integer");
    EXPECT_EQ(feed->warnings[2].to_string(), "/sessions/3: must be an object, not a string");
}

TEST(NativeSkip, TheLaterDuplicateSessionIsSkipped) {
    Doc doc = minimal_doc();
    Doc dup = session("ok", "r3");
    doc["sessions"].push_back(dup);
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok());
    ASSERT_EQ(feed->schedule->sessions().size(), 1u);
    EXPECT_EQ(feed->schedule->sessions()[0].room_id, "r1");  // the first is kept
    ASSERT_EQ(feed->warnings.size(), 1u);
    EXPECT_EQ(feed->warnings[0].where, "/sessions/1 (session \"ok\")");
    EXPECT_NE(feed->warnings[0].what.find("duplicate session id"), std::string::npos);
}

TEST(NativeSkip, AnInvalidDuplicateDoesNotHideTheValidOne) {
    // The first "dup" is bad and skipped; the second is then the first valid one.
    Doc doc = minimal_doc();
    Doc bad = session("dup");
    bad["room"] = "nowhere";
    doc["sessions"].push_back(bad);
    doc["sessions"].push_back(session("dup"));
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(test::session_ids(*feed), (std::vector<std::string>{"dup", "ok"}));
    EXPECT_EQ(feed->warnings.size(), 1u);
}

TEST(NativeSkip, MovedToWithoutMovedStatusKeepsTheSessionAndWarns) {
    Doc doc = minimal_doc();
    doc["sessions"][0]["moved_to"] = "r2";
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok());
    ASSERT_EQ(feed->schedule->sessions().size(), 1u);
    EXPECT_TRUE(feed->schedule->sessions()[0].moved_to.empty());
    ASSERT_EQ(feed->warnings.size(), 1u);
    EXPECT_EQ(feed->warnings[0].where, "/sessions/0 (session \"ok\")");
    EXPECT_NE(feed->warnings[0].what.find("moved_to: ignored"), std::string::npos);
}

TEST(NativeSkip, ABadRoomIsSkippedAndItsSessionsSaySo) {
    Doc doc = minimal_doc();
    doc["venue"]["buildings"][0]["rooms"][1].erase("name");  // r2
    doc["sessions"].push_back(session("in-r2", "r2"));
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok()) << feed.error().to_string();
    const Venue& v = feed->schedule->venue();
    ASSERT_EQ(v.rooms.size(), 2u);
    EXPECT_EQ(v.rooms[1].id, "r3");
    EXPECT_EQ(v.rooms[1].building, 1u);
    EXPECT_EQ(v.buildings[0].rooms, (std::vector<size_t>{0}));
    EXPECT_EQ(v.buildings[1].rooms, (std::vector<size_t>{1}));
    ASSERT_EQ(feed->warnings.size(), 2u) << test::all_warnings(*feed);
    EXPECT_EQ(feed->warnings[0].to_string(),
              "/venue/buildings/0/rooms/1 (room \"r2\"): name: missing");
    EXPECT_EQ(feed->warnings[1].to_string(),
              "/sessions/1 (session \"in-r2\"): room: room \"r2\" was skipped (see its warning)");
    EXPECT_EQ(test::session_ids(*feed), (std::vector<std::string>{"ok"}));
}

TEST(NativeSkip, EachKindOfBadRoomIsSkipped) {
    const DocChange cases[] = {
        {"no id", [](Doc& r) { r.erase("id"); }, "/venue/buildings/0/rooms/2: id: missing"},
        {"empty id", [](Doc& r) { r["id"] = ""; }, "/venue/buildings/0/rooms/2: id: is empty"},
        {"no name", [](Doc& r) { r.erase("name"); },
         "/venue/buildings/0/rooms/2 (room \"new\"): name: missing"},
        {"not an object", [](Doc& r) { r = 3; },
         "/venue/buildings/0/rooms/2: must be an object, not an integer"},
    };
    for (const auto& c : cases) {
        Doc doc = minimal_doc();
        Doc room = {{"id", "new"}, {"name", "New"}, {"floor", -1}};
        c.change(room);
        doc["venue"]["buildings"][0]["rooms"].push_back(room);
        auto feed = test::parse(doc);
        ASSERT_TRUE(feed.ok()) << c.name << ": " << feed.error().to_string();
        EXPECT_EQ(feed->schedule->venue().rooms.size(), 3u) << c.name;
        expect_one_warning(*feed, c);
        EXPECT_EQ(feed->schedule->sessions().size(), 1u) << c.name;
    }
}

TEST(NativeSkip, ADuplicateRoomAcrossBuildingsKeepsTheFirst) {
    Doc doc = minimal_doc();
    doc["venue"]["buildings"][1]["rooms"].push_back(
        {{"id", "r1"}, {"name", "Again"}, {"floor", 5}});
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok());
    const Venue& v = feed->schedule->venue();
    ASSERT_EQ(v.rooms.size(), 3u);
    EXPECT_EQ(*v.rooms[*v.find_room("r1")].name.get(""), "Room 1");
    EXPECT_EQ(v.buildings[1].rooms.size(), 1u);
    ASSERT_EQ(feed->warnings.size(), 1u);
    EXPECT_EQ(feed->warnings[0].to_string(),
              "/venue/buildings/1/rooms/1 (room \"r1\"): id: duplicate room id: the first room "
              "with it (building \"main\") is kept");
    // The sessions in r1 go to the first room.
    EXPECT_EQ(feed->schedule->sessions()[0].room, *v.find_room("r1"));
}

TEST(NativeSkip, ARoomOnAFloorTheBuildingDoesNotListIsKeptWithAWarning) {
    Doc doc = minimal_doc();
    doc["venue"]["buildings"][0]["floors"] = {"1", "3"};
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(feed->schedule->venue().rooms.size(), 3u);
    ASSERT_EQ(feed->warnings.size(), 1u);
    EXPECT_EQ(feed->warnings[0].to_string(),
              "/venue/buildings/0/rooms/1 (room \"r2\"): floor: \"2\" is not in the building's "
              "floors (kept)");
}

TEST(NativeSkip, ABadBuildingIsSkippedWithItsRooms) {
    Doc doc = minimal_doc();
    doc["venue"]["buildings"][1].erase("name");
    doc["sessions"].push_back(session("in-annex", "r3"));
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok());
    const Venue& v = feed->schedule->venue();
    ASSERT_EQ(v.buildings.size(), 1u);
    EXPECT_EQ(v.rooms.size(), 2u);
    ASSERT_EQ(feed->warnings.size(), 2u) << test::all_warnings(*feed);
    EXPECT_EQ(feed->warnings[0].to_string(),
              "/venue/buildings/1 (building \"annex\"): name: missing");
    EXPECT_EQ(feed->warnings[1].to_string(),
              "/sessions/1 (session \"in-annex\"): room: room \"r3\" was skipped (see its "
              "warning)");
}

TEST(NativeSkip, EachKindOfBadBuildingIsSkipped) {
    const DocChange cases[] = {
        {"duplicate id", [](Doc& b) { b["id"] = "main"; },
         "/venue/buildings/1 (building \"main\"): id: duplicate building id: the first building "
         "with it is kept"},
        {"no rooms", [](Doc& b) { b.erase("rooms"); },
         "/venue/buildings/1 (building \"annex\"): rooms: missing (write [] for a building "
         "without rooms)"},
        {"not an object", [](Doc& b) { b = "annex"; },
         "/venue/buildings/1: must be an object, not a string"},
    };
    for (const auto& c : cases) {
        auto feed = parse_changed(c, "/venue/buildings/1");
        ASSERT_TRUE(feed.ok()) << c.name << ": " << feed.error().to_string();
        EXPECT_EQ(feed->schedule->venue().buildings.size(), 1u) << c.name;
        expect_one_warning(*feed, c);
    }
}

TEST(NativeSkip, EachKindOfBadAnnouncementIsSkippedAndNamed) {
    // A part of the warning's reason.
    const DocChange cases[] = {
        {"no text", [](Doc& a) { a.erase("text"); }, "text: missing"},
        {"no level", [](Doc& a) { a.erase("level"); }, "level: missing"},
        {"bad level", [](Doc& a) { a["level"] = "critical"; },
         "level: \"critical\" is not one of info, warning, emergency"},
        {"bad start", [](Doc& a) { a["start"] = "soon"; }, "start: \"soon\" is not an ISO 8601"},
        {"end before start",
         [](Doc& a) {
             a.update(json(R"({"start": "2025-10-21T10:00:00Z", "end": "2025-10-21T09:00:00Z"})"));
         },
         "end: must be after start"},
        {"duplicate id", [](Doc& a) { a["id"] = "first"; }, "duplicate announcement id"},
    };
    for (const auto& c : cases) {
        Doc doc = minimal_doc();
        doc["announcements"].push_back({{"id", "first"}, {"text", "Hello"}, {"level", "info"}});
        Doc bad = {{"id", "bad"}, {"text", {{"ko", "안내"}}}, {"level", "warning"}};
        c.change(bad);
        doc["announcements"].push_back(bad);
        doc["announcements"].push_back({{"id", "last"}, {"text", "Bye"}, {"level", "info"}});
        auto feed = test::parse(doc);
        ASSERT_TRUE(feed.ok()) << c.name;
        ASSERT_EQ(feed->schedule->announcements().size(), 2u) << c.name;
        EXPECT_EQ(feed->schedule->announcements()[1].id, "last") << c.name;
        const std::string id = bad["id"];
        expect_one_warning_at(*feed, "/announcements/1 (announcement \"" + id + "\")", c);
    }
}

TEST(NativeSkip, ALongIdIsShortenedInTheWarning) {
    Doc doc = minimal_doc();
    Doc bad = session(std::string(5000, 'x'), "nowhere");
    doc["sessions"].push_back(bad);
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok());
    ASSERT_EQ(feed->warnings.size(), 1u);
    EXPECT_LT(feed->warnings[0].where.size(), 100u);
}

TEST(NativeSkip, SessionsBeforeTheVenueAreCheckedTheSameWay) {
    Doc doc;
    doc["sessions"] = minimal_doc()["sessions"];
    doc["sessions"].push_back(session("lost", "r9"));
    doc["venue"] = minimal_doc()["venue"];
    auto feed = test::parse(doc);
    ASSERT_TRUE(feed.ok()) << feed.error().to_string();
    EXPECT_EQ(test::session_ids(*feed), (std::vector<std::string>{"ok"}));
    ASSERT_EQ(feed->warnings.size(), 1u);
    EXPECT_EQ(feed->warnings[0].to_string(),
              "/sessions/1 (session \"lost\"): room: unknown room \"r9\"");
}

// The live formats (docs/live-format.md): both read, auto detection, and bad
// documents rejected whole with the JSON path of the problem.
#include <gtest/gtest.h>

#include "feed/live_parser.h"

using namespace signpost;

namespace {

ParsedLive parse_ok(std::string_view bytes, std::string_view format = "auto") {
    auto parsed = parse_live_document(bytes, format);
    EXPECT_TRUE(parsed) << (parsed ? "" : parsed.error().to_string());
    return parsed ? std::move(*parsed) : ParsedLive{};
}

Error parse_error(std::string_view bytes, std::string_view format = "auto") {
    auto parsed = parse_live_document(bytes, format);
    EXPECT_FALSE(parsed) << "accepted: " << bytes;
    return parsed ? Error{} : parsed.error();
}

}  // namespace

TEST(LiveParser, SignpostLiveWithEverything) {
    auto p = parse_ok(R"({
      "updated": "2025-02-01T10:00:00+01:00",
      "rooms": {
        "janson": {"state": "full", "note": {"en": "Next talk at 11:00", "ko": "11시 다음 발표"}},
        "k3401": {"state": "evacuate"},
        "h2215": {"state": "open"},
        "aw1": {"state": "closed"}
      },
      "announcements": [
        {"id": "fire", "level": "emergency", "text": "Leave by the north exit",
         "direction": "left"}
      ]
    })");
    EXPECT_EQ(p.format, "signpost-live");
    EXPECT_EQ(p.document.updated, parse_iso8601("2025-02-01T09:00:00Z"));
    ASSERT_EQ(p.document.rooms.size(), 4u);
    EXPECT_EQ(p.document.rooms[0].room, "janson");
    EXPECT_EQ(p.document.rooms[0].state, RoomState::full);
    ASSERT_NE(p.document.rooms[0].note.get("ko"), nullptr);
    EXPECT_EQ(p.document.rooms[1].state, RoomState::evacuate);
    EXPECT_EQ(p.document.rooms[2].state, RoomState::open);
    EXPECT_EQ(p.document.rooms[3].state, RoomState::closed);
    ASSERT_EQ(p.document.announcements.size(), 1u);
    EXPECT_EQ(p.document.announcements[0].level, AnnouncementLevel::emergency);
    EXPECT_TRUE(p.warnings.empty());
}

TEST(LiveParser, SignpostLiveMinimal) {
    auto p = parse_ok(R"({"rooms": {}})", "signpost-live");
    EXPECT_FALSE(p.document.updated);
    EXPECT_TRUE(p.document.rooms.empty());
}

TEST(LiveParser, FosdemRoomstatus) {
    auto p = parse_ok(R"json([{"roomname": "Janson", "state": "0"},
                          {"roomname": "K.3.401", "state": "1"},
                          {"roomname": "UB2.252A (Lameere)", "state": "2", "id": 7},
                          {"roomname": "H.2215", "state": 1}])json");
    EXPECT_EQ(p.format, "fosdem-roomstatus");
    ASSERT_EQ(p.document.rooms.size(), 4u);
    EXPECT_EQ(p.document.rooms[0].state, RoomState::open);
    EXPECT_EQ(p.document.rooms[1].room, "K.3.401");
    EXPECT_EQ(p.document.rooms[1].state, RoomState::full);
    EXPECT_EQ(p.document.rooms[2].state, RoomState::evacuate);
    EXPECT_EQ(p.document.rooms[3].state, RoomState::full);
    EXPECT_FALSE(p.document.updated);
    EXPECT_EQ(parse_ok("\xEF\xBB\xBF []").format, "fosdem-roomstatus");
}

TEST(LiveParser, ForcedFormatMustMatchTheDocument) {
    EXPECT_EQ(parse_error("[]", "signpost-live").what.find("a signpost-live document"), 0u);
    EXPECT_EQ(parse_error(R"({"rooms": {}})", "fosdem-roomstatus").where, "");
    EXPECT_EQ(parse_error("[]", "pentabarf").where, "format");
}

TEST(LiveParser, BadDocumentsNameThePath) {
    struct Case {
        const char* doc;
        const char* where;
    };
    const Case cases[] = {
        {R"({"rooms": {"janson": {"state": "packed"}}})", "/rooms/janson/state"},
        {R"({"rooms": {"a/b": {"state": "FULL"}}})", "/rooms/a~1b/state"},
        {R"({"rooms": {"janson": {}}})", "/rooms/janson/state"},
        {R"({"rooms": {"janson": {"state": 1}}})", "/rooms/janson/state"},
        {R"({"rooms": {"janson": "full"}})", "/rooms/janson"},
        {R"({"rooms": []})", "/rooms"},
        {R"({"updated": "2025-02-01 10:00", "rooms": {}})", "/updated"},
        {R"({"updated": 17, "rooms": {}})", "/updated"},
        {R"({"announcements": []})", "/rooms"},
        {R"({"rooms": {}, "announcements": {}})", "/announcements"},
        {R"([{"roomname": "Janson", "state": "3"}])", "/0/state"},
        {R"([{"roomname": "Janson", "state": "0"}, {"state": "1"}])", "/1/roomname"},
        {R"([{"roomname": "", "state": "1"}])", "/0/roomname"},
        {R"([{"roomname": "Janson"}])", "/0/state"},
        {R"([["Janson", "1"]])", "/0"},
        {R"({"rooms": {"janson": {"state": "full"}})", ""},  // cut short
        {"", ""},
        {"<html><title>Login</title></html>", ""},
        {"{\"rooms\": {\"\xC3\x28\": {}}}", ""},
        {"17", ""},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.doc);
        Error e = parse_error(c.doc);
        EXPECT_EQ(e.where, c.where) << e.to_string();
        EXPECT_FALSE(e.what.empty());
    }
}

TEST(LiveParser, ABadNoteOrAnnouncementCostsOnlyThatPart) {
    auto p = parse_ok(R"({"rooms": {"janson": {"state": "full", "note": {}}},
                          "announcements": [{"id": "x", "level": "loud", "text": "Hi"},
                                            {"id": "y", "level": "info", "text": "Coffee"}],
                          "extra": true})");
    ASSERT_EQ(p.document.rooms.size(), 1u);
    EXPECT_EQ(p.document.rooms[0].state, RoomState::full);
    EXPECT_TRUE(p.document.rooms[0].note.empty());
    ASSERT_EQ(p.document.announcements.size(), 1u);
    EXPECT_EQ(p.document.announcements[0].id, "y");
    ASSERT_EQ(p.warnings.size(), 3u);
    EXPECT_EQ(p.warnings[0].where, "/extra");
    EXPECT_EQ(p.warnings[1].where.rfind("/rooms/janson/note", 0), 0u) << p.warnings[1].where;
    EXPECT_EQ(p.warnings[2].where.rfind("/announcements/0", 0), 0u) << p.warnings[2].where;
}

TEST(LiveParser, DeepNestingIsAnErrorNotACrash) {
    std::string deep =
        R"({"rooms": {}, "x": )" + std::string(100000, '[') + std::string(100000, ']') + "}";
    auto parsed = parse_live_document(deep);
    // Either read (with a warning about "x") or refused: it must not crash.
    if (parsed) {
        EXPECT_EQ(parsed->warnings.size(), 1u);
    }
}

// Good native documents: every field read into the model.
#include <gtest/gtest.h>

#include <filesystem>

#include "feed_test_support.h"
#include "util/file_read.h"

using namespace signpost;
using signpost::test::Doc;
using signpost::test::minimal_doc;

namespace {

Instant at(const char* iso) {
    return parse_iso8601(iso).value();
}

ParsedFeed parse_example(FeedOptions options = {}) {
    auto bytes = read_file_bytes(std::filesystem::path(SIGNPOST_TEST_DATA) / "feed/example.json");
    EXPECT_TRUE(bytes.ok());
    auto feed = parse_feed(bytes.ok() ? *bytes : "", options);
    EXPECT_TRUE(feed.ok()) << feed.error().to_string();
    return feed.ok() ? std::move(feed).value() : ParsedFeed{};
}

}  // namespace

TEST(NativeFeed, ReadsTheDocumentedExampleWithoutWarnings) {
    const ParsedFeed feed = parse_example();
    ASSERT_TRUE(feed.schedule);
    EXPECT_EQ(feed.format, "signpost");
    EXPECT_TRUE(feed.warnings.empty()) << test::all_warnings(feed);
    const Schedule& s = *feed.schedule;
    EXPECT_EQ(s.zone().name(), "Asia/Seoul");
    EXPECT_EQ(s.venue().timezone, "Asia/Seoul");
    EXPECT_EQ(s.sessions().size(), 4u);
    EXPECT_EQ(s.announcements().size(), 2u);
}

TEST(NativeFeed, ReadsLocalizedTextsInFeedOrder) {
    const ParsedFeed feed = parse_example();
    const Venue& v = feed.schedule->venue();
    ASSERT_EQ(v.name.variants().size(), 2u);
    EXPECT_EQ(v.name.variants()[0].first, "ko");  // the feed's order is kept
    EXPECT_EQ(*v.name.get("ko"), "코엑스 컨퍼런스룸");
    EXPECT_EQ(*v.name.get("en"), "COEX Conference Rooms");
    const Session* k1 = feed.schedule->find_session("k1");
    ASSERT_NE(k1, nullptr);
    EXPECT_EQ(*k1->title.get("ko"), "개막 기조연설");
    EXPECT_EQ(*k1->abstract.get("en"), "The conference opens.");
    // A plain string is stored untagged.
    const Session* t2 = feed.schedule->find_session("t2");
    ASSERT_NE(t2, nullptr);
    ASSERT_EQ(t2->title.variants().size(), 1u);
    EXPECT_EQ(t2->title.variants()[0].first, "");
    EXPECT_EQ(t2->title.variants()[0].second, "Rust in embedded kiosks");
}

TEST(NativeFeed, ReadsBuildingsRoomsAndFloors) {
    const ParsedFeed feed = parse_example();
    const Venue& v = feed.schedule->venue();
    ASSERT_EQ(v.buildings.size(), 2u);
    ASSERT_EQ(v.rooms.size(), 4u);
    EXPECT_EQ(v.buildings[0].id, "coex-north");
    EXPECT_EQ(v.buildings[0].floors, (std::vector<std::string>{"B1", "1", "3"}));
    EXPECT_EQ(v.buildings[0].rooms, (std::vector<size_t>{0, 1, 2}));
    EXPECT_TRUE(v.buildings[1].floors.empty());
    EXPECT_EQ(v.buildings[1].rooms, (std::vector<size_t>{3}));
    // Numeric floors become their label; labels stay as written.
    EXPECT_EQ(v.rooms[0].floor, "1");
    EXPECT_EQ(v.rooms[1].floor, "3");
    EXPECT_EQ(v.rooms[2].floor, "B1");
    EXPECT_EQ(v.rooms[3].floor, "P1");
    EXPECT_EQ(floor_number(v.rooms[2].floor), -1);
    EXPECT_EQ(v.rooms[0].capacity, 1800);
    EXPECT_EQ(v.rooms[2].capacity, std::nullopt);
    EXPECT_EQ(v.rooms[3].building, 1u);
    EXPECT_EQ(*v.rooms[1].name.get(""), "301");
}

TEST(NativeFeed, ReadsEveryOptionalSessionField) {
    const ParsedFeed feed = parse_example();
    const Session* k1 = feed.schedule->find_session("k1");
    ASSERT_NE(k1, nullptr);
    EXPECT_EQ(k1->room_id, "hall-e");
    EXPECT_EQ(feed.schedule->venue().rooms[k1->room].id, "hall-e");
    EXPECT_EQ(k1->speakers, (std::vector<std::string>{"김서연", "Ada Lovelace"}));
    EXPECT_EQ(k1->track, "Main");
    EXPECT_EQ(k1->kind, "keynote");
    EXPECT_EQ(k1->language, "ko");
    EXPECT_EQ(k1->status, SessionStatus::scheduled);
    EXPECT_FALSE(k1->rsvp);

    const Session* t2 = feed.schedule->find_session("t2");
    EXPECT_EQ(t2->status, SessionStatus::full);
    EXPECT_TRUE(t2->rsvp);
    EXPECT_TRUE(t2->track.empty());
    EXPECT_TRUE(t2->abstract.empty());

    const Session* l3 = feed.schedule->find_session("l3");
    EXPECT_EQ(l3->status, SessionStatus::moved);
    EXPECT_EQ(l3->moved_to, "lab-b1");
    EXPECT_EQ(feed.schedule->find_session("b4")->status, SessionStatus::cancelled);
}

TEST(NativeFeed, ReadsTimesWrittenInUtcAndWithOffsetsAsTheSameInstants) {
    const ParsedFeed feed = parse_example();
    // k1: 09:00+09:00 is 00:00Z; t2 is written in UTC.
    const Session* k1 = feed.schedule->find_session("k1");
    EXPECT_EQ(k1->start, at("2025-10-21T00:00:00Z"));
    EXPECT_EQ(k1->end, at("2025-10-21T01:00:00Z"));
    const Session* t2 = feed.schedule->find_session("t2");
    EXPECT_EQ(t2->start, at("2025-10-21T10:30:00+09:00"));
    EXPECT_EQ(feed.schedule->zone().format_hhmm(t2->start), "10:30");

    Doc doc = minimal_doc();
    doc["sessions"][0]["start"] = "2025-10-21T00:00:00Z";
    doc["sessions"][0]["end"] = "2025-10-20T21:00:00-04:00";  // 01:00Z, an hour later
    auto parsed = test::parse(doc);
    ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
    ASSERT_EQ(parsed->schedule->sessions().size(), 1u);
    EXPECT_EQ(parsed->schedule->sessions()[0].end - parsed->schedule->sessions()[0].start,
              Seconds{3600});
}

TEST(NativeFeed, ReadsAnnouncements) {
    const ParsedFeed feed = parse_example();
    const auto list = feed.schedule->announcements();
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].id, "wifi");
    EXPECT_EQ(list[0].level, AnnouncementLevel::info);
    EXPECT_FALSE(list[0].start);
    EXPECT_FALSE(list[0].direction);
    EXPECT_EQ(list[1].level, AnnouncementLevel::emergency);
    EXPECT_EQ(list[1].start, at("2025-10-21T06:00:00Z"));
    EXPECT_EQ(list[1].direction, Arrow::left);
    EXPECT_EQ(*list[1].text.get("ko"), "소방 훈련: 비상구로 이동하세요");
    const auto active = feed.schedule->active_announcements(at("2025-10-21T15:05:00+09:00"));
    ASSERT_EQ(active.size(), 2u);
    EXPECT_EQ(active[0]->id, "fire-drill");
}

TEST(NativeFeed, TheTimezoneOptionOverridesTheFeed) {
    FeedOptions options;
    options.timezone = "Europe/Madrid";
    const ParsedFeed feed = parse_example(options);
    EXPECT_EQ(feed.schedule->zone().name(), "Europe/Madrid");
    EXPECT_EQ(feed.schedule->venue().timezone, "Asia/Seoul");  // what the feed says

    // It also stands in for a missing or wrong venue.timezone.
    Doc doc = minimal_doc();
    doc["venue"]["timezone"] = "Mars/Olympus_Mons";
    auto parsed = test::parse(doc, options);
    ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
    EXPECT_EQ(parsed->schedule->zone().name(), "Europe/Madrid");
    doc["venue"].erase("timezone");
    parsed = test::parse(doc, options);
    ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
    EXPECT_EQ(parsed->schedule->venue().timezone, "Europe/Madrid");
}

TEST(NativeFeed, AnUnknownTimezoneOptionFallsBackToTheFeedWithAWarning) {
    FeedOptions options;
    options.timezone = "Asia/Nowhere";
    auto parsed = test::parse(minimal_doc(), options);
    ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
    EXPECT_EQ(parsed->schedule->zone().name(), "Asia/Seoul");
    ASSERT_EQ(parsed->warnings.size(), 1u);
    EXPECT_EQ(parsed->warnings[0].where, "timezone option");
    EXPECT_NE(parsed->warnings[0].what.find("\"Asia/Nowhere\""), std::string::npos);
}

TEST(NativeFeed, IgnoresUnknownKeysAndTreatsNullAsAbsent) {
    Doc doc = minimal_doc();
    doc["generator"] = {{"name", "future-tool"}, {"features", {1, 2, 3}}};
    doc["venue"]["map_url"] = "https://example.org/map.png";
    doc["venue"]["buildings"][0]["rooms"][0]["accessibility"] = {"step-free"};
    doc["sessions"][0]["recording"] = true;
    doc["sessions"][0]["track"] = nullptr;
    doc["sessions"][0]["speakers"] = nullptr;
    doc["venue"]["buildings"][0]["rooms"][0]["capacity"] = nullptr;
    auto parsed = test::parse(doc);
    ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
    EXPECT_TRUE(parsed->warnings.empty()) << test::all_warnings(*parsed);
    EXPECT_EQ(parsed->schedule->sessions().size(), 1u);
    EXPECT_TRUE(parsed->schedule->sessions()[0].track.empty());
}

TEST(NativeFeed, VersionIsOptionalAndMinorVersionsAreRead) {
    Doc doc = minimal_doc();
    doc.erase("version");
    EXPECT_TRUE(test::parse(doc).ok());
    doc["version"] = 1.3;  // a later minor version adds only optional keys
    EXPECT_TRUE(test::parse(doc).ok());
}

TEST(NativeFeed, ListsMayBeEmptyOrAbsent) {
    Doc doc = minimal_doc();
    doc.erase("sessions");
    doc.erase("announcements");
    doc["venue"]["buildings"][1]["rooms"] = Doc::array();
    auto parsed = test::parse(doc);
    ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
    EXPECT_TRUE(parsed->schedule->sessions().empty());
    EXPECT_EQ(parsed->schedule->venue().rooms.size(), 2u);
    EXPECT_TRUE(parsed->schedule->venue().buildings[1].rooms.empty());
}

TEST(NativeFeed, KindIsStoredInLowerCase) {
    Doc doc = minimal_doc();
    doc["sessions"][0]["kind"] = "Keynote";
    auto parsed = test::parse(doc);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->schedule->sessions()[0].kind, "keynote");
}

TEST(NativeFeed, ParseNativeFeedCanBeCalledDirectly) {
    auto parsed = parse_native_feed(minimal_doc().dump(), {});
    ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
    EXPECT_EQ(parsed->format, "signpost");
}

TEST(NativeFeed, ReadsALargeFeed) {
    Doc doc = minimal_doc();
    auto& sessions = doc["sessions"];
    for (int i = 0; i < 5000; ++i) {
        Doc s = test::session("s" + std::to_string(i), i % 2 ? "r2" : "r3");
        sessions.push_back(std::move(s));
    }
    auto parsed = test::parse(doc);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->schedule->sessions().size(), 5001u);
    EXPECT_TRUE(parsed->warnings.empty());
    EXPECT_EQ(parsed->schedule->sessions_in_room(2).size(), 2500u);
}

TEST(NativeFeed, TheExampleInTheDocsParsesWithoutWarnings) {
    auto page = read_file_bytes(std::filesystem::path(SIGNPOST_SOURCE_DIR) / "docs/feed-format.md");
    ASSERT_TRUE(page.ok()) << page.error().to_string();
    const size_t begin = page->find("```json\n");
    ASSERT_NE(begin, std::string::npos);
    const size_t end = page->find("\n```", begin + 8);
    ASSERT_NE(end, std::string::npos);
    auto feed = parse_feed(std::string_view(*page).substr(begin + 8, end - begin - 8), {});
    ASSERT_TRUE(feed.ok()) << feed.error().to_string();
    EXPECT_TRUE(feed->warnings.empty()) << test::all_warnings(*feed);
    EXPECT_EQ(feed->schedule->sessions().size(), 4u);
    EXPECT_EQ(*feed->schedule->venue().name.get("ko"), "코엑스 컨퍼런스룸");
}

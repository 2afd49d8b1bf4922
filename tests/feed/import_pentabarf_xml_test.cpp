// frab / Pentabarf XML: the real feeds in tests/data/import (counts and
// now/next read off the files by hand), FOSDEM's rooms placed by a venue map,
// and old files with events directly under <day>.
#include <gtest/gtest.h>

#include "feed/importers.h"
#include "import_test_support.h"

namespace signpost {
namespace {

using namespace import_test;

ParsedFeed import_xml(std::string_view xml, FeedOptions options = {}) {
    return expect_imported(import_pentabarf_xml(xml, options));
}

// The FOSDEM campus as docs/importers.md describes it.
VenueMap fosdem_map() {
    VenueMap map;
    for (const char* id : {"U", "K", "H", "AW", "J", "ULB"}) {
        map.buildings.push_back(VenueMapBuilding{id, LocalizedText::plain(id), {}, {}, {}});
    }
    map.rules.push_back(RoomRule::exact("Janson", "J", "0"));
    map.rules.push_back(RoomRule::pattern(R"(^U[A-D](\d)\.)", "U", "$1").value());
    map.rules.push_back(RoomRule::pattern(R"(^K\.(\d)\.)", "K", "$1").value());
    map.rules.push_back(RoomRule::pattern(R"(^H\.(\d))", "H", "$1").value());
    map.rules.push_back(RoomRule::pattern(R"(^AW(\d)\.)", "AW", "$1").value());
    map.rules.push_back(RoomRule::pattern(R"(^J\.(\d)\.)", "J", "$1").value());
    map.default_building = "ULB";
    return map;
}

TEST(ImportPentabarfXml, Congress33c3MatchesItsJson) {
    const ParsedFeed feed = import_xml(read_import_fixture("33c3.schedule.xml"));
    const Schedule& s = *feed.schedule;
    EXPECT_EQ(feed.format, "frab-xml");
    EXPECT_EQ(summary(s), "rooms 5, sessions 150, zone Etc/GMT-1");
    expect_now_next(s,
                    {{"Saal 1", "2016-12-27T11:10:00+01:00", "b8e0eb47-4832-4726-bc9b-9015bd96becf",
                      "87092ad2-d3fd-4a37-bb58-1fe71217a06b"},
                     {"Saal 1", "2016-12-28T00:30:00+01:00", "2689ebfe-0d84-4c88-9ea6-5cadad9d4fa4",
                      "d1681340-162c-48ce-8c0b-61c3e176696d"},
                     {"dradio", "2016-12-27T11:10:00+01:00", "", ""}});
}

TEST(ImportPentabarfXml, Fosdem2025) {
    const ParsedFeed feed = import_xml(read_import_fixture("fosdem-2025.xml"));
    const Schedule& s = *feed.schedule;
    // Janson and J.1.106 are rooms without events.
    EXPECT_EQ(summary(s), "rooms 40, sessions 943, zone Europe/Brussels");
    EXPECT_TRUE(feed.warnings.empty());
    expect_now_next(
        s, {{"K.3.401", "2025-02-01T10:45:00+01:00", "39915b32-0363-561f-a6f8-bf75ee6120a7",
             "93bf0cad-3ab9-51f6-8012-d029493d5804"},
            {"K.3.401", "2025-02-01T11:02:00+01:00", "", "93bf0cad-3ab9-51f6-8012-d029493d5804"},
            // After Saturday's last talk (18:20-18:50) the next is Sunday 09:00.
            {"K.3.401", "2025-02-01T20:00:00+01:00", "", "222336fa-d8c2-582b-b036-5d8d76c5cf30"},
            {"UB2.252A (Lameere)", "2025-02-02T09:02:00+01:00", "",
             "74b1540e-0701-5507-bf33-4053c82618ae"},
            {"Janson", "2025-02-01T12:00:00+01:00", "", ""}});
    // Abstracts are HTML escaped into the XML; the sign gets text.
    const Session* llvm = s.find_session("852280ac-61d3-588c-b74c-8d87f9d9d2c6");
    ASSERT_NE(llvm, nullptr);
    EXPECT_EQ(llvm->abstract.pick({}).rfind("Currently LLVM saves and restores", 0), 0u);
    EXPECT_EQ(llvm->abstract.pick({}).find("<p>"), std::string::npos);
}

TEST(ImportPentabarfXml, Fosdem2025RoomsPlacedByTheVenueMap) {
    FeedOptions options;
    options.venue_map = fosdem_map();
    const ParsedFeed feed = import_xml(read_import_fixture("fosdem-2025.xml"), options);
    const Venue& v = feed.schedule->venue();
    EXPECT_TRUE(feed.warnings.empty());
    auto placed = [&](std::string_view room) {
        const Room& r = v.rooms[v.find_room(room).value()];
        return v.buildings[r.building].id + " " + r.floor;
    };
    // Room -> "building floor".
    const std::pair<const char*, const char*> places[] = {
        {"UB2.252A (Lameere)", "U 2"}, {"K.3.401", "K 3"}, {"H.1302 (Depage)", "H 1"},
        {"AW1.120", "AW 1"},           {"Janson", "J 0"},  {"J.1.106", "J 1"}};
    for (const auto& [room, place] : places) {
        EXPECT_EQ(placed(room), place) << room;
    }
    // Every room is claimed, so the default building stays empty; K's floors
    // are the ones its rooms got, lowest first.
    const Building& ulb = v.buildings[v.find_building("ULB").value()];
    EXPECT_TRUE(ulb.rooms.empty());
    const Building& k = v.buildings[v.find_building("K").value()];
    EXPECT_EQ(k.floors, (std::vector<std::string>{"1", "3", "4"}));
}

TEST(ImportPentabarfXml, Fosdem2013HasNoZoneAndNoDates) {
    const ParsedFeed utc = import_xml(read_import_fixture("fosdem-2013.xml"));
    EXPECT_EQ(summary(*utc.schedule), "rooms 24, sessions 487, zone UTC");
    EXPECT_TRUE(has_warning(utc, "time_zone_name", "read as UTC"));
    EXPECT_EQ(now_next_ids(*utc.schedule, "Janson", "2013-02-02T10:40:00Z"),
              (ExpectedNowNext{"1113", "966"}));

    FeedOptions brussels;
    brussels.timezone = "Europe/Brussels";
    const ParsedFeed feed = import_xml(read_import_fixture("fosdem-2013.xml"), brussels);
    const Schedule& s = *feed.schedule;
    EXPECT_TRUE(feed.warnings.empty());
    expect_now_next(s, {{"Janson", "2013-02-02T10:40:00+01:00", "1113", "966"},
                        {"K.3.401", "2013-02-03T09:10:00+01:00", "1464", "1516"}});
}

TEST(ImportPentabarfXml, OldFilesWithEventsDirectlyUnderDay) {
    const ParsedFeed feed = import_xml(R"(<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>Old</title><day_change>06:00</day_change></conference>
  <day index="1" date="2008-02-23">
    <event id="10"><start>10:00</start><duration>00:45</duration><room>Janson</room>
      <title> Welcome </title><persons><person id="1">Staff</person></persons></event>
    <room name="H.1301"><event id="11"><start>10:00</start><duration>1:00</duration>
      <room>H.1301</room><title>In a room</title></event></room>
    <event id="12"><start>01:30</start><duration>00:30</duration><room>Janson</room>
      <title>Night owls</title></event>
    <event id="10"><start>16:00</start><duration>00:45</duration><room>Janson</room>
      <title>Welcome again</title></event>
  </day>
</schedule>)",
                                       [] {
                                           FeedOptions o;
                                           o.timezone = "Europe/Brussels";
                                           return o;
                                       }());
    const Schedule& s = *feed.schedule;
    ASSERT_EQ(s.sessions().size(), 4u);
    EXPECT_EQ(s.venue().rooms[0].id, "Janson");
    EXPECT_EQ(s.venue().rooms[1].id, "H.1301");
    EXPECT_EQ(s.find_session("10")->title.pick({}), "Welcome");
    EXPECT_EQ(s.find_session("10")->speakers, (std::vector<std::string>{"Staff"}));
    EXPECT_EQ(s.find_session("10#2")->start, at("2008-02-23T16:00:00+01:00"));
    // 01:30 is before the 06:00 day change: the night after.
    EXPECT_EQ(s.find_session("12")->start, at("2008-02-24T01:30:00+01:00"));
}

TEST(ImportPentabarfXml, BrokenDocumentsAreErrorsThatSayWhere) {
    EXPECT_THAT(
        import_error(import_pentabarf_xml("<schedule><day date='2024-01-01'><room name='A'>", {}))
            .where,
        HasSubstr("at byte"));
    EXPECT_THAT(
        import_error(import_pentabarf_xml("<?xml version='1.0'?><rss><channel/></rss>", {})).what,
        HasSubstr("<rss>"));
    EXPECT_EQ(import_error(import_pentabarf_xml("<schedule><conference/></schedule>", {})).where,
              "/schedule");
}

TEST(ImportPentabarfXml, EventsWithoutDurationOrStartAreSkippedWithWarnings) {
    const ParsedFeed feed = import_xml(R"(<schedule><conference><title>C</title>
      <time_zone_name>Europe/Brussels</time_zone_name></conference>
      <day date="2025-02-01"><room name="A">
        <event guid="a"><start>10:00</start><duration>soon</duration></event>
        <event guid="b"><duration>00:30</duration></event>
        <event guid="c"><start>11:00</start><duration>00:30</duration></event>
      </room></day></schedule>)");
    ASSERT_EQ(feed.schedule->sessions().size(), 1u);
    EXPECT_EQ(feed.schedule->sessions()[0].id, "c");
    EXPECT_EQ(feed.schedule->sessions()[0].start, at("2025-02-01T11:00:00+01:00"));
    EXPECT_TRUE(has_warning(feed, "/schedule/day[1]/room[1]/event[1]/duration", "soon"));
    EXPECT_TRUE(has_warning(feed, "/schedule/day[1]/room[1]/event[2]", "no readable start"));
}

}  // namespace
}  // namespace signpost

// The importers keep an event or a room whose cosmetic member is of the wrong
// type, drop that member and say where it was (the rule of feed-format.md).
#include <gtest/gtest.h>

#include "feed/importers.h"
#include "import_test_support.h"

namespace signpost {
namespace {

using import_test::has_warning;

TEST(ImportCosmetic, FrabJsonKeepsTheEventAndTheRoomAndNamesTheDroppedMember) {
    auto feed = import_frab_json(R"({"schedule": {"conference": {"acronym": "c", "title": "C",
      "time_zone_name": "Europe/Berlin",
      "rooms": [{"name": "Hall", "capacity": "many"}, {"name": "Lab", "capacity": -3}],
      "days": [{"index": 1, "date": "2024-05-01", "rooms": {"Hall": [
        {"id": 1, "date": "2024-05-01T10:00:00+02:00", "duration": "01:00", "title": ["T"],
         "abstract": 5, "persons": "Ada", "track": {"x": 1}, "language": false, "type": 1.5},
        {"id": 2, "date": "2024-05-01T12:00:00+02:00", "duration": "01:00", "title": "Fine",
         "persons": [{"public_name": "Grace"}, 7, "Ada"]}]}}]}}})",
                                 {});
    ASSERT_TRUE(feed.ok()) << feed.error().to_string();
    const Schedule& s = *feed->schedule;
    ASSERT_EQ(s.sessions().size(), 2u);
    ASSERT_EQ(s.venue().rooms.size(), 2u);
    EXPECT_FALSE(s.venue().rooms[0].capacity.has_value());
    const std::string event = "/schedule/conference/days/0/rooms/Hall/0";
    EXPECT_TRUE(
        has_warning(*feed, event + "/title", "not an array (dropped; the session is kept)"));
    EXPECT_TRUE(has_warning(*feed, event + "/abstract", "not an integer (dropped"));
    EXPECT_TRUE(has_warning(*feed, event + "/persons", "must be an array, not a string"));
    EXPECT_TRUE(has_warning(*feed, event + "/track", "not an object (dropped"));
    EXPECT_TRUE(has_warning(*feed, event + "/language", "not a boolean (dropped"));
    EXPECT_TRUE(has_warning(*feed, event + "/type", "not a number (dropped"));
    EXPECT_TRUE(has_warning(*feed, "/schedule/conference/days/0/rooms/Hall/1/persons/1",
                            "not an integer (dropped; the session is kept)"));
    EXPECT_EQ(s.find_session("2")->speakers, (std::vector<std::string>{"Grace", "Ada"}));
    EXPECT_TRUE(has_warning(*feed, "/schedule/conference/rooms/0/capacity",
                            "not a string (dropped; the room is kept)"));
    EXPECT_TRUE(has_warning(*feed, "/schedule/conference/rooms/1/capacity", "not -3 (dropped"));
}

}  // namespace
}  // namespace signpost

// The live states' expiry rule and how a report finds its room.
#include <gtest/gtest.h>

#include "model/live_state.h"
#include "model_test_support.h"

using namespace signpost;

namespace {

using test::at;

Venue venue() {
    Venue v;
    v.timezone = "Europe/Brussels";
    Building b;
    b.id = "u";
    auto add = [&](std::string id, LocalizedText name) {
        Room r;
        r.id = std::move(id);
        r.name = std::move(name);
        b.rooms.push_back(v.rooms.size());
        v.rooms.push_back(std::move(r));
    };
    LocalizedText hall;
    hall.set("en", "Main hall");
    hall.set("ko", "대강당");
    add("janson", hall);
    add("ub2252a", LocalizedText::plain("UB2.252A (Lameere)"));
    add("k3401", LocalizedText::plain("K.3.401"));
    v.buildings.push_back(b);
    return v;
}

LiveData data(std::vector<LiveRoomReport> rooms, std::optional<Instant> updated, Instant fetched) {
    LiveData d;
    d.document.updated = updated;
    d.document.rooms = std::move(rooms);
    d.fetched_at = fetched;
    return d;
}

}  // namespace

TEST(RoomState, NamesRoundTrip) {
    for (RoomState s : {RoomState::open, RoomState::full, RoomState::closed, RoomState::evacuate}) {
        EXPECT_EQ(parse_room_state(to_string(s)), s);
    }
    EXPECT_FALSE(parse_room_state("Full"));
    EXPECT_FALSE(parse_room_state(""));
}

TEST(MatchRoom, ByIdThenByNameInAnyLanguage) {
    const Venue v = venue();
    EXPECT_EQ(match_room(v, "k3401"), 2u);
    EXPECT_EQ(match_room(v, "K.3.401"), 2u);
    EXPECT_EQ(match_room(v, "대강당"), 0u);
    EXPECT_EQ(match_room(v, "Main hall"), 0u);
    EXPECT_EQ(match_room(v, "main HALL"), 0u);
    EXPECT_EQ(match_room(v, "UB2.252A (Lameere)"), 1u);
    EXPECT_EQ(match_room(v, "UB2.252A"), 1u);
    EXPECT_FALSE(match_room(v, "UB2.252"));
    EXPECT_FALSE(match_room(v, "Lameere"));
    EXPECT_FALSE(match_room(v, ""));
}

TEST(MatchRoom, AnIdWinsOverAnotherRoomsName) {
    Venue v = venue();
    v.rooms[2].name = LocalizedText::plain("janson");  // room 2 is *named* like room 0's id
    EXPECT_EQ(match_room(v, "janson"), 0u);
}

TEST(LiveView, AgeIsFromUpdatedOrElseFromTheFetch) {
    const Venue v = venue();
    const Instant now = at("2025-02-01T10:05:00Z");
    auto with_updated = live_view(data({{"janson", RoomState::full, {}}},
                                       at("2025-02-01T10:00:00Z"), at("2025-02-01T10:04:00Z")),
                                  v, now, Seconds{600});
    ASSERT_EQ(with_updated.rooms.size(), 1u);
    EXPECT_EQ(with_updated.rooms[0].age, Seconds{300});
    auto without =
        live_view(data({{"janson", RoomState::full, {}}}, std::nullopt, at("2025-02-01T10:04:00Z")),
                  v, now, Seconds{600});
    ASSERT_EQ(without.rooms.size(), 1u);
    EXPECT_EQ(without.rooms[0].age, Seconds{60});
    // A document from the future (a source's clock ahead) is not negative.
    auto ahead = live_view(data({{"janson", RoomState::full, {}}}, at("2025-02-01T10:06:00Z"), now),
                           v, now, Seconds{600});
    EXPECT_EQ(ahead.rooms.at(0).age, Seconds{0});
}

// An `updated` far ahead of the fetch does not keep a "full" alive: the
// document is dated by its fetch then, and runs out max_age after it.
TEST(LiveView, AnUpdatedAheadOfTheFetchDoesNotOutliveMaxAge) {
    const Venue v = venue();
    const Instant fetched = at("2025-02-01T10:00:00Z");
    const LiveData d = data({{"janson", RoomState::full, {}}}, at("2099-01-01T00:00:00Z"), fetched);
    const auto fresh = live_view(d, v, fetched + Seconds{60}, Seconds{300});
    ASSERT_EQ(fresh.rooms.size(), 1u);
    EXPECT_EQ(fresh.rooms[0].age, Seconds{60});
    EXPECT_EQ(fresh.next_expiry, fetched + Seconds{301});
    EXPECT_TRUE(live_view(d, v, fetched + Seconds{301}, Seconds{300}).rooms.empty());
}

TEST(LiveView, FullAndClosedExpireButAnEvacuationStays) {
    const Venue v = venue();
    const Instant updated = at("2025-02-01T10:00:00Z");
    LiveData d = data({{"janson", RoomState::full, {}},
                       {"k3401", RoomState::closed, {}},
                       {"UB2.252A", RoomState::evacuate, {}}},
                      updated, updated);
    auto fresh = live_view(d, v, updated + Seconds{300}, Seconds{300});
    ASSERT_EQ(fresh.rooms.size(), 3u);
    EXPECT_EQ(fresh.count(RoomState::full), 1u);
    EXPECT_EQ(fresh.next_expiry, updated + Seconds{301});

    auto old = live_view(d, v, updated + Seconds{301}, Seconds{300});
    ASSERT_EQ(old.rooms.size(), 1u);
    EXPECT_EQ(old.rooms[0].room, 1u);
    EXPECT_EQ(old.rooms[0].state, RoomState::evacuate);
    EXPECT_EQ(old.rooms[0].age, Seconds{301});
    EXPECT_FALSE(old.next_expiry);  // nothing left that expires

    auto days = live_view(d, v, updated + Seconds{86400 * 3}, Seconds{300});
    EXPECT_EQ(days.evacuated_rooms(), std::vector<size_t>{1});
}

TEST(LiveView, VenueOrderFirstReportWinsUnmatchedListed) {
    const Venue v = venue();
    const Instant t = at("2025-02-01T10:00:00Z");
    auto view = live_view(data({{"k3401", RoomState::full, {}},
                                {"nowhere", RoomState::closed, {}},
                                {"K.3.401", RoomState::open, {}},
                                {"janson", RoomState::closed, {}}},
                               t, t),
                          v, t, Seconds{300});
    ASSERT_EQ(view.rooms.size(), 2u);
    EXPECT_EQ(view.rooms[0].room, 0u);
    EXPECT_EQ(view.rooms[1].room, 2u);
    EXPECT_EQ(view.rooms[1].state, RoomState::full);
    ASSERT_NE(view.find(2), nullptr);
    EXPECT_EQ(view.find(1), nullptr);
    EXPECT_EQ(view.unmatched, std::vector<std::string>{"nowhere"});
}

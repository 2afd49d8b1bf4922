#include "generated_feed.h"

#include <cstdio>
#include <utility>

namespace signpost::bench {
namespace {

constexpr long kDayStart = 1477378800;  // 2016-10-25T07:00:00Z

struct Slot {
    size_t room;
    Instant start;
    Instant end;
};

// Sessions fill each room back to back, 150 per room-day cycle, with every
// 7th session overlapping its neighbour by ten minutes.
Slot slot(size_t i, size_t rooms) {
    const size_t room = i % rooms;
    const size_t k = i / rooms;
    const long day = static_cast<long>(k / 15);
    const long in_day = static_cast<long>(k % 15);
    long start = kDayStart + day * 86400 + in_day * 45 * 60;
    long end = start + 40 * 60 + ((i % 7 == 0) ? 15 * 60 : 0);
    return {room, Instant{Seconds{start}}, Instant{Seconds{end}}};
}

// One building, "CCIB" in Madrid, of `rooms` rooms "room-N", each named and
// on the floor `name_and_floor(N)` gives.
template <class NameAndFloor>
Venue one_building(size_t rooms, const NameAndFloor& name_and_floor) {
    Venue venue;
    venue.timezone = "Europe/Madrid";
    Building b;
    b.id = "ccib";
    b.name = LocalizedText::plain("CCIB");
    for (size_t r = 0; r < rooms; ++r) {
        auto [name, floor] = name_and_floor(r);
        Room room;
        room.id = "room-" + std::to_string(r);
        room.name = LocalizedText::plain(std::move(name));
        room.floor = std::move(floor);
        venue.rooms.push_back(room);
        b.rooms.push_back(r);
    }
    venue.buildings.push_back(b);
    return venue;
}

}  // namespace

Schedule generated_schedule(size_t sessions, size_t rooms) {
    Venue venue = one_building(rooms, [](size_t r) {
        return std::pair{"Room " + std::to_string(r), std::to_string(r % 4)};
    });
    std::vector<Session> list;
    list.reserve(sessions);
    for (size_t i = 0; i < sessions; ++i) {
        Slot sl = slot(i, rooms);
        Session s;
        s.id = "s" + std::to_string(i);
        s.room = sl.room;
        s.room_id = venue.rooms[sl.room].id;
        s.start = sl.start;
        s.end = sl.end;
        s.title = LocalizedText::plain("Session " + std::to_string(i));
        list.push_back(std::move(s));
    }
    return Schedule(std::move(venue), TimeZone::locate("Europe/Madrid").value(), std::move(list),
                    {});
}

std::string generated_native_json(size_t sessions, size_t rooms) {
    std::string out;
    out.reserve(sessions * 260);
    out += R"({"version":1,"venue":{"name":{"en":"Bench venue","ko":"벤치 행사장"},)";
    out += R"("timezone":"Europe/Madrid","buildings":[{"id":"ccib","name":"CCIB","rooms":[)";
    for (size_t r = 0; r < rooms; ++r) {
        char buf[160];
        std::snprintf(buf, sizeof buf, R"(%s{"id":"room-%zu","name":"Room %zu","floor":%zu})",
                      r ? "," : "", r, r, r % 4);
        out += buf;
    }
    out += "]}]},\"sessions\":[";
    for (size_t i = 0; i < sessions; ++i) {
        Slot sl = slot(i, rooms);
        char buf[400];
        std::snprintf(buf, sizeof buf,
                      R"(%s{"id":"s%zu","room":"room-%zu","start":"%s","end":"%s",)"
                      R"("title":{"en":"Session %zu","ko":"세션 %zu"},"speakers":["Ada Lovelace"],)"
                      R"("kind":"talk"})",
                      i ? "," : "", i, sl.room, format_iso8601_utc(sl.start).c_str(),
                      format_iso8601_utc(sl.end).c_str(), i, i);
        out += buf;
    }
    out += "],\"announcements\":[]}";
    return out;
}

Instant generated_midpoint() {
    return Instant{Seconds{kDayStart + 86400 + 5 * 3600 + 600}};
}

Schedule one_slot_schedule(size_t rooms) {
    static const char* const titles[] = {
        "Neutron routed networks in production at scale",
        "Designing a hybrid cloud for research data",
        "Ops meetup: upgrades without downtime",
        "Cross-project liaison: what we learned this cycle",
        "Hands-on: deploying containers with Kolla",
    };
    Venue venue = one_building(rooms, [](size_t r) {
        const size_t floor = r % 4 + 1;
        return std::pair{
            "B1 - P" + std::to_string(floor) + " - Room " + std::to_string(100 * floor + r),
            std::to_string(floor)};
    });
    std::vector<Session> list;
    // 07:00 UTC is 09:00 in Madrid (CEST) on 2016-10-25.
    for (size_t r = 0; r < rooms; ++r) {
        for (long k = 0; k < 8; ++k) {
            Session s;
            s.id = "s" + std::to_string(r) + "-" + std::to_string(k);
            s.room = r;
            s.room_id = venue.rooms[r].id;
            s.start = Instant{Seconds{kDayStart + k * 3600}};
            s.end = Instant{Seconds{kDayStart + k * 3600 + 45 * 60}};
            s.title = LocalizedText::plain(titles[(r + static_cast<size_t>(k)) % 5]);
            list.push_back(std::move(s));
        }
    }
    return Schedule(std::move(venue), TimeZone::locate("Europe/Madrid").value(), std::move(list),
                    {});
}

Instant one_slot_busiest() {
    return Instant{Seconds{kDayStart + 600}};
}

}  // namespace signpost::bench

// What the feed fuzz targets share: parse the bytes as the program would with
// the location config's "format" forced, then walk the schedule, so that a
// snapshot that only looks whole (a dangling room index, a session whose end
// is not after its start) is a finding too, not only a crash inside the parser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "feed/feed_parser.h"

namespace signpost::fuzz {

[[noreturn]] inline void finding(const std::string& what) {
    std::fprintf(stderr, "finding: %s\n", what.c_str());
    std::abort();
}

// Every session's room and moved_to exist, every end is after its start.
inline void check_schedule(const Schedule& s) {
    const Venue& v = s.venue();
    for (const Session& session : s.sessions()) {
        if (session.room >= v.rooms.size() || v.rooms[session.room].id != session.room_id) {
            finding("session " + session.id + " has a room index outside the venue");
        }
        if (session.end <= session.start) {
            finding("session " + session.id + " does not end after its start");
        }
        if (!session.moved_to.empty() && !v.find_room(session.moved_to)) {
            finding("session " + session.id + " moved to a room the venue does not have");
        }
    }
    for (const Room& room : v.rooms) {
        if (room.building >= v.buildings.size()) {
            finding("room " + room.id + " has a building index outside the venue");
        }
    }
    for (const Building& b : v.buildings) {
        for (size_t r : b.rooms) {
            if (r >= v.rooms.size()) {
                finding("building " + b.id + " lists a room index outside the venue");
            }
        }
    }
}

inline int parse_as(const uint8_t* data, size_t size, const char* format) {
    FeedOptions options;
    options.format = format;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto parsed = parse_feed(bytes, options);
    if (parsed) {
        if (!parsed->schedule) {
            finding("a parse that succeeds without a schedule");
        }
        check_schedule(*parsed->schedule);
    } else if (parsed.error().what.empty()) {
        finding("an error without a reason");
    }
    return 0;
}

}  // namespace signpost::fuzz

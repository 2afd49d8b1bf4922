// Helpers for the importer tests: fixtures from tests/data/import and
// now/next checks by session id.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <string_view>

#include "feed/parsed_feed.h"
#include "util/time.h"

namespace signpost::import_test {

using ::testing::HasSubstr;

inline std::string read_import_fixture(const std::string& name) {
    std::ifstream in(std::string(SIGNPOST_TEST_DATA) + "/import/" + name, std::ios::binary);
    EXPECT_TRUE(in.good()) << "missing fixture " << name;
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The feed an import gave, or (with a test failure naming the error) none.
inline ParsedFeed expect_imported(Result<ParsedFeed> r) {
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().to_string());
    return r.ok() ? std::move(r).value() : ParsedFeed{};
}

// The error an import failed with; a test failure (and an empty error) when it
// imported instead.
inline Error import_error(const Result<ParsedFeed>& r) {
    EXPECT_FALSE(r.ok()) << "imported, though it should have failed";
    return r.ok() ? Error{} : r.error();
}

inline Instant at(std::string_view iso) {
    auto t = parse_iso8601(iso);
    EXPECT_TRUE(t.has_value()) << iso;
    return t.value_or(Instant{});
}

// "" for "no session".
struct ExpectedNowNext {
    std::string now;
    std::string next;
};

inline ExpectedNowNext now_next_ids(const Schedule& schedule, std::string_view room,
                                    std::string_view iso) {
    auto r = schedule.venue().find_room(room);
    EXPECT_TRUE(r.has_value()) << "no room " << room;
    if (!r) {
        return {"<no room>", "<no room>"};
    }
    NowNext nn = schedule.now_next(*r, at(iso));
    return {nn.now ? nn.now->id : "", nn.next ? nn.next->id : ""};
}

inline bool operator==(const ExpectedNowNext& a, const ExpectedNowNext& b) {
    return a.now == b.now && a.next == b.next;
}

inline std::ostream& operator<<(std::ostream& out, const ExpectedNowNext& v) {
    return out << "{now: \"" << v.now << "\", next: \"" << v.next << "\"}";
}

// One now/next check: in `room` at `at`, the ids of the running and the next
// session ("" for none).
struct NowNextCase {
    std::string_view room;
    std::string_view at;
    std::string now;
    std::string next;
};

inline void expect_now_next(const Schedule& schedule, std::initializer_list<NowNextCase> cases) {
    for (const NowNextCase& c : cases) {
        EXPECT_EQ(now_next_ids(schedule, c.room, c.at), (ExpectedNowNext{c.now, c.next}))
            << c.room << " at " << c.at;
    }
}

// "rooms 5, sessions 150, zone Etc/GMT-1": what a whole imported feed came to.
inline std::string summary(const Schedule& schedule) {
    return "rooms " + std::to_string(schedule.venue().rooms.size()) + ", sessions " +
           std::to_string(schedule.sessions().size()) + ", zone " + schedule.zone().name();
}

inline bool has_warning(const ParsedFeed& feed, std::string_view where_part,
                        std::string_view what_part) {
    for (const auto& w : feed.warnings) {
        if (w.where.find(where_part) != std::string::npos &&
            w.what.find(what_part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

}  // namespace signpost::import_test

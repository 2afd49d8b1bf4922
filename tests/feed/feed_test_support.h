// Small helpers for the feed tests: a minimal valid native document to
// modify, and lookups in a parse result.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "feed/feed_parser.h"

namespace signpost::test {

using Doc = nlohmann::ordered_json;

// Two buildings, three rooms ("r1", "r2" in "main"; "r3" in "annex"), one
// valid session "ok" in r1, no announcements; time zone Asia/Seoul.
inline Doc minimal_doc() {
    return Doc::parse(R"({
      "version": 1,
      "venue": {
        "name": "Test venue",
        "timezone": "Asia/Seoul",
        "buildings": [
          {"id": "main", "name": "Main", "rooms": [
            {"id": "r1", "name": "Room 1", "floor": 1},
            {"id": "r2", "name": "Room 2", "floor": 2}]},
          {"id": "annex", "name": "Annex", "rooms": [
            {"id": "r3", "name": "Room 3", "floor": "P1"}]}
        ]
      },
      "sessions": [
        {"id": "ok", "room": "r1", "start": "2025-10-21T09:00:00+09:00",
         "end": "2025-10-21T10:00:00+09:00", "title": "Fine"}
      ],
      "announcements": []
    })");
}

// A JSON value written as the feed writes it: json(R"({"ko": "발표", "en": 5})").
inline Doc json(std::string_view text) {
    return Doc::parse(text);
}

// A valid session to push into "/sessions".
inline Doc session(std::string id, std::string room = "r2") {
    Doc s;
    s["id"] = std::move(id);
    s["room"] = std::move(room);
    s["start"] = "2025-10-21T11:00:00+09:00";
    s["end"] = "2025-10-21T12:00:00+09:00";
    s["title"] = "A talk";
    return s;
}

inline Result<ParsedFeed> parse(const Doc& doc, FeedOptions options = {}) {
    return parse_feed(doc.dump(), options);
}

inline std::vector<std::string> session_ids(const ParsedFeed& feed) {
    std::vector<std::string> ids;
    for (const auto& s : feed.schedule->sessions()) {
        ids.push_back(s.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

inline std::string all_warnings(const ParsedFeed& feed) {
    std::string out;
    for (const auto& w : feed.warnings) {
        out += w.to_string() + "\n";
    }
    return out;
}

// A row of the native-feed tables: a change to one part of minimal_doc() and
// the warning it gives — the whole warning, or a part of its reason where the
// test says so; "" for none.
struct DocChange {
    const char* name;
    std::function<void(Doc&)> change;
    const char* warning;
};

// `value` with c.change applied.
inline Doc changed(Doc value, const DocChange& c) {
    c.change(value);
    return value;
}

// minimal_doc() with c.change applied to the value at `pointer` (a JSON
// pointer such as "/venue/buildings/1"; "" for the whole document), parsed.
inline Result<ParsedFeed> parse_changed(const DocChange& c, const std::string& pointer) {
    Doc doc = minimal_doc();
    c.change(doc[Doc::json_pointer(pointer)]);
    return parse(doc);
}

// The feed has exactly c.warning (whole), or no warning when that is "".
inline void expect_one_warning(const ParsedFeed& feed, const DocChange& c) {
    if (std::string(c.warning).empty()) {
        EXPECT_TRUE(feed.warnings.empty()) << c.name << "\n" << all_warnings(feed);
        return;
    }
    ASSERT_EQ(feed.warnings.size(), 1u) << c.name << "\n" << all_warnings(feed);
    EXPECT_EQ(feed.warnings[0].to_string(), c.warning) << c.name;
}

// The feed has one warning, at `where`, whose reason holds c.warning.
inline void expect_one_warning_at(const ParsedFeed& feed, const std::string& where,
                                  const DocChange& c) {
    ASSERT_EQ(feed.warnings.size(), 1u) << c.name << "\n" << all_warnings(feed);
    EXPECT_EQ(feed.warnings[0].where, where) << c.name;
    EXPECT_NE(feed.warnings[0].what.find(c.warning), std::string::npos)
        << c.name << ": " << feed.warnings[0].to_string();
}

}  // namespace signpost::test

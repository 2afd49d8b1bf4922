// Documents that are rejected whole: the Error names the JSON path and why.
#include <gtest/gtest.h>

#include <functional>

#include "feed_test_support.h"

using namespace signpost;
using namespace signpost::test;

namespace {

struct Malformed {
    const char* name;
    std::function<void(Doc&)> change;
    const char* where;
    const char* what;  // a part of the reason
};

}  // namespace

TEST(NativeMalformed, EachCaseNamesThePathAndTheReason) {
    const Malformed cases[] = {
        {"not an object", [](Doc& d) { d = Doc::array({minimal_doc()}); }, "",
         "is a JSON object, not an array"},
        {"newer version", [](Doc& d) { d["version"] = 2; }, "/version",
         "version 2 is newer than this program reads (1)"},
        {"version as text", [](Doc& d) { d["version"] = "1"; }, "/version",
         "must be a number, not a string"},
        {"version zero", [](Doc& d) { d["version"] = 0; }, "/version", "does not exist"},
        {"no venue", [](Doc& d) { d.erase("venue"); }, "/venue", "missing"},
        {"venue is a list", [](Doc& d) { d["venue"] = Doc::array(); }, "/venue",
         "must be an object, not an array"},
        {"venue is null", [](Doc& d) { d["venue"] = nullptr; }, "/venue", "missing"},
        {"no timezone", [](Doc& d) { d["venue"].erase("timezone"); }, "/venue/timezone", "missing"},
        {"unknown timezone", [](Doc& d) { d["venue"]["timezone"] = "Asia/Seol"; },
         "/venue/timezone", "unknown time zone \"Asia/Seol\""},
        {"timezone as a number", [](Doc& d) { d["venue"]["timezone"] = 9; }, "/venue/timezone",
         "must be a string, not an integer"},
        {"no buildings", [](Doc& d) { d["venue"].erase("buildings"); }, "/venue/buildings",
         "missing"},
        {"buildings not a list", [](Doc& d) { d["venue"]["buildings"] = Doc::object(); },
         "/venue/buildings", "must be an array, not an object"},
        {"sessions not a list", [](Doc& d) { d["sessions"] = Doc::object(); }, "/sessions",
         "must be an array, not an object"},
    };
    for (const auto& c : cases) {
        Doc doc = minimal_doc();
        c.change(doc);
        FeedOptions forced;
        forced.format = "signpost";  // some cases are no longer detected as native
        auto feed = test::parse(doc, forced);
        ASSERT_FALSE(feed.ok()) << c.name;
        EXPECT_EQ(feed.error().where, c.where) << c.name << ": " << feed.error().to_string();
        EXPECT_NE(feed.error().what.find(c.what), std::string::npos)
            << c.name << ": " << feed.error().to_string();
    }
}

TEST(NativeMalformed, ASyntaxErrorGivesTheByteOffset) {
    const std::string doc = R"({"venue": {"name": "x",, "timezone": "UTC"}})";
    auto feed = parse_feed(doc, {});
    ASSERT_FALSE(feed.ok());
    // The second comma is byte 23.
    EXPECT_NE(feed.error().what.find("not valid JSON at byte 23"), std::string::npos)
        << feed.error().to_string();
    EXPECT_NE(feed.error().what.find("line 1, column 24"), std::string::npos)
        << feed.error().to_string();
}

TEST(NativeMalformed, ATruncatedDocumentIsRejected) {
    // Cut before its first "venue" key, detection would not even call it a
    // native feed; forced, every cut is a syntax error.
    const std::string whole = minimal_doc().dump();
    FeedOptions forced;
    forced.format = "signpost";
    for (size_t cut : {whole.size() - 1, whole.size() / 2, size_t{12}}) {
        auto feed = parse_feed(whole.substr(0, cut), forced);
        ASSERT_FALSE(feed.ok()) << cut;
        EXPECT_NE(feed.error().what.find("not valid JSON at byte"), std::string::npos)
            << feed.error().to_string();
    }
}

TEST(NativeMalformed, AnErrorAfterTheSessionsStillRejectsTheDocument) {
    // The sessions are read while the document streams by; a syntax error
    // after them must still reject everything.
    std::string doc = minimal_doc().dump();
    doc.insert(doc.size() - 1, R"(,"extra": [1, 2,])");
    auto feed = parse_feed(doc, {});
    ASSERT_FALSE(feed.ok());
    EXPECT_NE(feed.error().what.find("not valid JSON"), std::string::npos);

    Doc late_version = minimal_doc();
    late_version.erase("version");
    late_version["version"] = 3;  // after the sessions
    feed = test::parse(late_version);
    ASSERT_FALSE(feed.ok());
    EXPECT_EQ(feed.error().where, "/version");
}

TEST(NativeMalformed, TwoVenuesAreRejected) {
    std::string doc = minimal_doc().dump();
    const std::string venue = minimal_doc()["venue"].dump();
    doc.insert(doc.size() - 1, ",\"venue\":" + venue);
    auto feed = parse_feed(doc, {});
    ASSERT_FALSE(feed.ok());
    EXPECT_EQ(feed.error().where, "/venue");
    EXPECT_NE(feed.error().what.find("appears twice"), std::string::npos);
}

TEST(NativeMalformed, DeepNestingIsRejectedWithoutCrashing) {
    std::string doc = R"({"venue": {"name": "x", "timezone": "UTC", "buildings": []}, "junk": )";
    doc += std::string(100000, '[');
    doc += std::string(100000, ']');
    doc += "}";
    auto feed = parse_feed(doc, {});  // valid JSON: the junk is an unknown key
    ASSERT_TRUE(feed.ok()) << feed.error().to_string();
    doc.resize(doc.size() - 2);  // one bracket short
    feed = parse_feed(doc, {});
    ASSERT_FALSE(feed.ok());
}

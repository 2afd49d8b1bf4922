// parse_feed's own checks (empty, UTF-8, HTML, format detection and forcing)
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "feed/feed_formats.h"
#include "feed_test_support.h"

using namespace signpost;
using signpost::test::minimal_doc;

namespace {

std::string error_of(std::string_view bytes, FeedOptions options = {}) {
    auto feed = parse_feed(bytes, options);
    EXPECT_FALSE(feed.ok()) << bytes.substr(0, 80);
    return feed.ok() ? "" : feed.error().to_string();
}

}  // namespace

TEST(ParseFeed, RejectsAnEmptyBody) {
    EXPECT_EQ(error_of(""), "the feed is empty (0 bytes)");
    EXPECT_EQ(error_of(" \r\n\t"), "the feed is empty (only white space)");
    EXPECT_EQ(error_of("\xEF\xBB\xBF"), "the feed is empty (only white space)");
}

TEST(ParseFeed, RejectsInvalidUtf8WithItsOffset) {
    std::string doc = minimal_doc().dump();
    const size_t at = doc.find("Test venue");
    ASSERT_NE(at, std::string::npos);
    doc[at + 5] = '\xE9';  // "Test \xE9enue": Latin-1, not UTF-8
    const std::string error = error_of(doc);
    EXPECT_NE(error.find("invalid UTF-8 at byte " + std::to_string(at + 5)), std::string::npos)
        << error;
}

TEST(ParseFeed, SaysWhenTheBodyIsAnHtmlPage) {
    const std::string error = error_of(
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>nginx</body></html>\r\n");
    EXPECT_NE(error.find("HTML page, not a feed"), std::string::npos) << error;
    EXPECT_NE(error.find("502 Bad Gateway"), std::string::npos) << error;
    // Also when a format is forced: the body is still not a feed.
    FeedOptions forced;
    forced.format = "signpost";
    EXPECT_NE(error_of("<!DOCTYPE html><html><title>Login</title>", forced).find("HTML page"),
              std::string::npos);
}

TEST(ParseFeed, SaysWhatTheBodyStartsWithWhenNoFormatMatches) {
    const std::string error = error_of("Not Found\n");
    const std::string known = "not a feed in a format this program reads (" + feed_format_names();
    EXPECT_NE(error.find(known), std::string::npos) << error;
    EXPECT_NE(error.find("signpost"), std::string::npos) << error;
    EXPECT_NE(error.find("\"Not Found\""), std::string::npos) << error;
    // JSON, but no format's.
    EXPECT_NE(error_of(R"({"hello": "world"})").find("not a feed"), std::string::npos);
}

TEST(ParseFeed, DetectsTheNativeFormat) {
    auto feed = test::parse(minimal_doc());
    ASSERT_TRUE(feed.ok()) << feed.error().to_string();
    EXPECT_EQ(feed->format, "signpost");
    EXPECT_EQ(feed->schedule->sessions().size(), 1u);
    // With a BOM and with the sessions first.
    test::Doc reordered;
    reordered["sessions"] = minimal_doc()["sessions"];
    reordered["venue"] = minimal_doc()["venue"];
    feed = parse_feed("\xEF\xBB\xBF" + reordered.dump(2), {});
    ASSERT_TRUE(feed.ok()) << feed.error().to_string();
    EXPECT_EQ(feed->schedule->sessions().size(), 1u);
}

TEST(ParseFeed, AForcedFormatSkipsDetection) {
    FeedOptions forced;
    forced.format = "signpost";
    // Detection would not take this for a native feed (no venue, no sessions);
    // forced, the native parser says what is missing.
    auto feed = parse_feed(R"({"version": 1})", forced);
    ASSERT_FALSE(feed.ok());
    EXPECT_EQ(feed.error().where, "/venue");
    EXPECT_NE(error_of(R"({"version": 1})").find("not a feed"), std::string::npos);
}

TEST(ParseFeed, AnUnknownFormatNameIsAnError) {
    FeedOptions options;
    options.format = "frab-xml-2";
    auto feed = test::parse(minimal_doc(), options);
    ASSERT_FALSE(feed.ok());
    EXPECT_EQ(feed.error().where, "format");
    EXPECT_NE(feed.error().what.find("unknown feed format \"frab-xml-2\""), std::string::npos);
    EXPECT_NE(feed.error().what.find("signpost"), std::string::npos);
}

TEST(FeedFormats, TheTableNamesEveryRowOnce) {
    ASSERT_FALSE(feed_formats().empty());
    for (const auto& row : feed_formats()) {
        EXPECT_EQ(find_feed_format(row.name), &row);
        EXPECT_NE(row.detect, nullptr);
        EXPECT_NE(row.parse, nullptr);
    }
    EXPECT_EQ(find_feed_format("auto"), nullptr);
}

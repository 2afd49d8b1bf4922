// The importers through parse_feed: every real feed is detected as its format
// and gives the same snapshot as calling its importer; each detector claims
// only its own documents; a forced format skips detection.
#include <gtest/gtest.h>

#include "feed/feed_parser.h"
#include "feed/importers.h"
#include "import_test_support.h"

namespace signpost {
namespace {

using import_test::read_import_fixture;

struct RealFeed {
    const char* file;
    const char* format;
    size_t rooms;
    size_t sessions;
};

// Counts read off the files by hand (see tests/data/import/README.md).
constexpr RealFeed kRealFeeds[] = {
    {"33c3.schedule.json", "frab-json", 5, 150},   {"frab-camp2019.json", "frab-json", 2, 79},
    {"pretalx-rc3.json", "frab-json", 5, 48},      {"pretalx-democon.json", "frab-json", 2, 36},
    {"hub-schedule2.json", "frab-json", 5, 2},     {"invalid-example.json", "frab-json", 1, 1},
    {"33c3.schedule.xml", "frab-xml", 5, 150},     {"fosdem-2025.xml", "frab-xml", 40, 943},
    {"fosdem-2013.xml", "frab-xml", 24, 487},      {"33c3.schedule.ics", "ical", 4, 150},
    {"pyconuk2015.schedule.ics", "ical", 11, 162},
};

TEST(ImportDetect, EveryRealFeedIsDetectedAndImported) {
    for (const RealFeed& f : kRealFeeds) {
        SCOPED_TRACE(f.file);
        auto feed = parse_feed(read_import_fixture(f.file), {});
        ASSERT_TRUE(feed.ok()) << feed.error().to_string();
        EXPECT_EQ(feed->format, f.format);
        EXPECT_EQ(feed->schedule->venue().rooms.size(), f.rooms);
        EXPECT_EQ(feed->schedule->sessions().size(), f.sessions);
    }
}

TEST(ImportDetect, EachDetectorClaimsOnlyItsOwnFormat) {
    for (const RealFeed& f : kRealFeeds) {
        SCOPED_TRACE(f.file);
        const std::string bytes = read_import_fixture(f.file);
        const std::string_view format = f.format;
        EXPECT_EQ(looks_like_frab_json(bytes), format == "frab-json");
        EXPECT_EQ(looks_like_pentabarf_xml(bytes), format == "frab-xml");
        EXPECT_EQ(looks_like_icalendar(bytes), format == "ical");
    }
    // Neighbours that are not schedules: a JSON Schema, an XSD, an RSS feed,
    // the native format, a vCard.
    for (
        const char* other : {
            R"({"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {}})",
            R"(<?xml version="1.0"?><xs:schema xmlns:xs="x"><xs:element name="schedule"/></xs:schema>)",
            "<?xml version='1.0'?>\n<!-- a comment -->\n<rss><channel/></rss>",
            "<schedules><day/></schedules>",
            R"({"version": 1, "venue": {}, "sessions": [], "schedule": {}})",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n",
        }) {
        SCOPED_TRACE(other);
        EXPECT_FALSE(looks_like_pentabarf_xml(other));
        EXPECT_FALSE(looks_like_icalendar(other));
    }
    // With a byte order mark, a doctype, comments and any case.
    EXPECT_TRUE(looks_like_pentabarf_xml(
        "\xEF\xBB\xBF<?xml version='1.0'?>\n<!DOCTYPE schedule>\n<!-- x -->\n<schedule>"));
    EXPECT_TRUE(looks_like_icalendar("\xEF\xBB\xBF\r\nbegin:vcalendar\r\n"));
    EXPECT_TRUE(looks_like_frab_json("\xEF\xBB\xBF {\"$schema\": \"x\", \"schedule\": {}}"));
}

TEST(ImportDetect, AForcedFormatSkipsDetection) {
    FeedOptions ical;
    ical.format = "ical";
    auto wrong = parse_feed(read_import_fixture("hub-schedule2.json"), ical);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().where, "iCalendar");

    FeedOptions xml;
    xml.format = "frab-xml";
    auto fosdem = parse_feed(read_import_fixture("fosdem-2013.xml"), xml);
    ASSERT_TRUE(fosdem.ok());
    EXPECT_EQ(fosdem->format, "frab-xml");
}

}  // namespace
}  // namespace signpost

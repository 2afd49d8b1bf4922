// The importers' small text readers: durations, clock times, dates, HTML.
#include <gtest/gtest.h>

#include "feed/import_text.h"

namespace signpost {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

TEST(ImportText, ClockDurationsInEveryWayFeedsWriteThem) {
    EXPECT_EQ(parse_clock_duration("0:45"), minutes(45));
    EXPECT_EQ(parse_clock_duration("00:45"), minutes(45));
    EXPECT_EQ(parse_clock_duration("01:30:00"), minutes(90));
    EXPECT_EQ(parse_clock_duration("00:05:00"), minutes(5));
    EXPECT_EQ(parse_clock_duration(" 1:00 "), hours(1));
    EXPECT_EQ(parse_clock_duration("100:00"), hours(100));
    EXPECT_EQ(parse_clock_duration("00:00"), Seconds{0});
    for (const char* bad :
         {"", "45", "0:5", "0:60", "1:00:6", "a:00", "1:00:00:00", "-1:00", "1000:00", "1::00"}) {
        EXPECT_EQ(parse_clock_duration(bad), std::nullopt) << bad;
    }
}

TEST(ImportText, Iso8601Durations) {
    EXPECT_EQ(parse_iso8601_duration("PT15M"), minutes(15));
    EXPECT_EQ(parse_iso8601_duration("PT1H30M"), minutes(90));
    EXPECT_EQ(parse_iso8601_duration("P1DT2H"), hours(26));
    EXPECT_EQ(parse_iso8601_duration("P1W"), hours(7 * 24));
    EXPECT_EQ(parse_iso8601_duration("PT1.5S"), Seconds{1});
    for (const char* bad : {"", "P", "PT", "15M", "PT15", "PTM", "P1M", "PT1H2D", "PT1.5M"}) {
        EXPECT_EQ(parse_iso8601_duration(bad), std::nullopt) << bad;
    }
}

TEST(ImportText, ClockTimesAndDates) {
    EXPECT_EQ(parse_clock_time("09:30"), minutes(9 * 60 + 30));
    EXPECT_EQ(parse_clock_time("9:30"), minutes(9 * 60 + 30));
    EXPECT_EQ(parse_clock_time("00:15:30"), Seconds{15 * 60 + 30});
    EXPECT_EQ(parse_clock_time("24:00"), std::nullopt);
    EXPECT_EQ(parse_clock_time("12"), std::nullopt);

    auto d = parse_calendar_date("2016-12-27");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->year, 2016);
    EXPECT_EQ(d->month, 12u);
    EXPECT_EQ(d->day, 27u);
    EXPECT_TRUE(parse_calendar_date("2024-02-29"));
    EXPECT_FALSE(parse_calendar_date("2023-02-29"));
    EXPECT_FALSE(parse_calendar_date("2016-13-01"));
    EXPECT_FALSE(parse_calendar_date("2016-12-27T10:00"));
}

TEST(ImportText, StripHtmlForDisplay) {
    EXPECT_EQ(strip_html("<p>FOSDEM welcome and opening talk.</p>"),
              "FOSDEM welcome and opening talk.");
    EXPECT_EQ(strip_html("<p>One</p>\n\n<p>Two &amp; <em>three</em></p>"), "One\n\nTwo & three");
    EXPECT_EQ(strip_html("Line<br />next<BR>last"), "Line\nnext\nlast");
    EXPECT_EQ(strip_html("<ul><li>a</li><li>b</li></ul>"), "• a\n• b");
    EXPECT_EQ(strip_html("x &lt;tag&gt; &#233;&#xE9; &nbsp;y &bogus; AT&T"),
              "x <tag> éé y &bogus; AT&T");
    EXPECT_EQ(strip_html("<script>alert(1)</script><style>p{}</style>ok<!-- hidden -->"), "ok");
    EXPECT_EQ(strip_html("<a href=\"https://x\">link</a>  and   spaces"), "link and spaces");
    // No tags: the text's own line breaks (CR LF too) are kept.
    EXPECT_EQ(strip_html("First.\r\n\r\nSecond\nline "), "First.\n\nSecond\nline");
    EXPECT_EQ(strip_html("a < b and c > d"), "a < b and c > d");
    EXPECT_EQ(strip_html(""), "");
    EXPECT_EQ(strip_html("<p>unterminated"), "unterminated");
    EXPECT_EQ(strip_html("&#0; &#xD800; &#x110000;"), "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD");
}

TEST(ImportText, Trim) {
    EXPECT_EQ(trim("  Saal 1 \r\n"), "Saal 1");
    EXPECT_EQ(trim(""), "");
    EXPECT_EQ(trim(" \t "), "");
}

}  // namespace
}  // namespace signpost

namespace signpost {
namespace {

// Abstracts come from the network. These shapes (many '<', many '&', many
// <script> blocks, tags with no '>') once cost a scan to the end per byte;
// each is a few hundred kilobytes and must still come out right.
TEST(ImportText, StripHtmlStaysLinearOnHostileText) {
    const std::string many_lt(300000, '<');
    EXPECT_EQ(strip_html(many_lt + ">").size(), 300001u);
    std::string scripts;
    for (int i = 0; i < 20000; ++i) {
        scripts += "<script>x</script>y";
    }
    EXPECT_EQ(strip_html(scripts), std::string(20000, 'y'));
    const std::string many_amp(300000, '&');
    EXPECT_EQ(strip_html(many_amp), many_amp);
    std::string tags_no_close;
    for (int i = 0; i < 50000; ++i) {
        tags_no_close += "<a";
    }
    EXPECT_EQ(strip_html("<b>x</b>" + tags_no_close).size(), 1u + tags_no_close.size());
}

}  // namespace
}  // namespace signpost

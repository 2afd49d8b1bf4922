// Invalid configs: each kind of error names its key, and all errors come together.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "config/config_loader.h"
#include "config_test_support.h"
#include "support/temp_dir.h"

using namespace signpost;
using namespace signpost::test;

namespace {

struct ErrorCase {
    const char* name;
    std::string json;      // a whole config
    std::string expected;  // the one error, "where: what"
};

std::ostream& operator<<(std::ostream& os, const ErrorCase& c) {
    return os << c.name;
}

const char* kHead = R"("id": "k", "location": {"name": "n", "building": "b"})";
const char* kFeed = R"("feed": {"source": "feeds/empty-feed.json"})";

// The minimal config with this JSON value as its id.
std::string with_id(std::string_view id) {
    return "{\"id\": " + std::string(id) + R"(, "location": {"name": "n", "building": "b"}, )" +
           kFeed + "}";
}
// The minimal config plus one more top-level key.
std::string plus(std::string_view extra) {
    return minimal_with(extra);
}
// The minimal config with this "feed" object.
std::string feed(std::string_view body) {
    return "{" + std::string(kHead) + ", \"feed\": {" + std::string(body) + "}}";
}

std::vector<ErrorCase> error_cases() {
    return {
        {"IdMissing",
         "{\"location\": {\"name\": \"n\", \"building\": \"b\"}, " + std::string(kFeed) + "}",
         "/id: is required"},
        {"IdEmpty", with_id("\"\""), "/id: must not be empty"},
        {"IdWithSlash", with_id("\"../etc\""),
         "/id: must be 1 to 64 letters, digits, '-', '_' or '.' (it names the cache folder), not "
         "\"../etc\""},
        {"IdNotString", with_id("7"), "/id: must be a string, not a whole number"},
        {"LocationMissing", "{\"id\": \"k\", " + std::string(kFeed) + "}",
         "/location: is required"},
        {"LocationNotObject", "{\"id\": \"k\", \"location\": \"hall\", " + std::string(kFeed) + "}",
         "/location: must be an object, not a string"},
        {"LocationNameMissing",
         "{\"id\": \"k\", \"location\": {\"building\": \"b\"}, " + std::string(kFeed) + "}",
         "/location/name: is required"},
        {"LocationNameBadTag",
         "{\"id\": \"k\", \"location\": {\"name\": {\"Korean\": \"x\", \"e n\": \"y\"}, "
         "\"building\": \"b\"}, " +
             std::string(kFeed) + "}",
         "/location/name/e n: is not a language tag like \"ko\" or \"en-GB\""},
        {"LocationNameNumber",
         "{\"id\": \"k\", \"location\": {\"name\": 5, \"building\": \"b\"}, " + std::string(kFeed) +
             "}",
         "/location/name: must be a string or an object from language tag to string, not a whole "
         "number"},
        {"LocationNameNoLanguages",
         "{\"id\": \"k\", \"location\": {\"name\": {}, \"building\": \"b\"}, " +
             std::string(kFeed) + "}",
         "/location/name: must have at least one language"},
        {"BuildingBlank",
         "{\"id\": \"k\", \"location\": {\"name\": \"n\", \"building\": \"  \"}, " +
             std::string(kFeed) + "}",
         "/location/building: must not be empty"},
        {"FeedMissing", "{" + std::string(kHead) + "}", "/feed: is required"},
        {"FeedSourceMissing", feed(R"("format": "auto")"), "/feed/source: is required"},
        {"FeedSourceOtherScheme", feed(R"("source": "file:///srv/feed.json")"),
         "/feed/source: only http:// and https:// URLs can be fetched; \"file:///srv/feed.json\" "
         "is neither (write a file path without a scheme)"},
        {"FeedUrlWithoutHost", feed(R"("source": "https:///feed.json")"),
         "/feed/source: the URL has no host"},
        {"FeedUrlWithSpace", feed(R"("source": "https://example.org/my feed.json")"),
         "/feed/source: a URL may not contain spaces (write them as %20)"},
        {"FormatEmpty", feed(R"("source": "f.json", "format": "")"),
         "/feed/format: must not be empty"},
        {"PollTooShort", feed(R"("source": "f.json", "poll_seconds": 4)"),
         "/feed/poll_seconds: must be between 5 and 86400 seconds, not 4"},
        {"PollInMilliseconds", feed(R"("source": "f.json", "poll_seconds": 60000000)"),
         "/feed/poll_seconds: must be between 5 and 86400 seconds, not 60000000"},
        {"PollFraction", feed(R"("source": "f.json", "poll_seconds": 7.5)"),
         "/feed/poll_seconds: must be a whole number between 5 and 86400 seconds, not 7.5"},
        {"PollHuge", feed(R"("source": "f.json", "poll_seconds": 1e300)"),
         "/feed/poll_seconds: must be between 5 and 86400 seconds, not 1e+300"},
        {"RotationFraction", plus(R"("display": {"rotation": 90.5})"),
         "/display/rotation: must be one of 0, 90, 180, 270, not 90.5"},
        {"PollString", feed(R"("source": "f.json", "poll_seconds": "60")"),
         "/feed/poll_seconds: must be a whole number between 5 and 86400 seconds, not a string"},
        {"ConnectTimeoutZero", feed(R"("source": "f.json", "connect_timeout_seconds": 0)"),
         "/feed/connect_timeout_seconds: must be between 1 and 3600 seconds, not 0"},
        {"TimeoutNegative", feed(R"("source": "f.json", "timeout_seconds": -30)"),
         "/feed/timeout_seconds: must be between 1 and 3600 seconds, not -30"},
        {"BodyTooSmall", feed(R"("source": "f.json", "max_body_bytes": 1023)"),
         "/feed/max_body_bytes: must be between 1024 and 1073741824 bytes, not 1023"},
        {"BodyTooLarge", feed(R"("source": "f.json", "max_body_bytes": 18446744073709551615)"),
         "/feed/max_body_bytes: must be between 1024 and 1073741824 bytes, not "
         "18446744073709551615"},
        {"CaFileEmpty", feed(R"("source": "https://x.org/f", "ca_file": "")"),
         "/feed/ca_file: must not be empty"},
        {"HeaderFileNull", feed(R"("source": "https://x.org/f", "header_file": null)"),
         "/feed/header_file: must be a string, not null"},
        {"CacheDirList", plus(R"("cache_dir": ["/a"])"),
         "/cache_dir: must be a string, not a list"},
        {"DisplayNotObject", plus(R"("display": [1920, 1080])"),
         "/display: must be an object, not a list"},
        {"FullscreenString", plus(R"("display": {"fullscreen": "yes"})"),
         "/display/fullscreen: must be true or false, not a string"},
        {"WidthTooSmall", plus(R"("display": {"width": 319})"),
         "/display/width: must be between 320 and 7680 pixels, not 319"},
        {"HeightTooLarge", plus(R"("display": {"height": 7681})"),
         "/display/height: must be between 320 and 7680 pixels, not 7681"},
        {"Rotation45", plus(R"("display": {"rotation": 45})"),
         "/display/rotation: must be one of 0, 90, 180, 270, not 45"},
        {"RotationString", plus(R"("display": {"rotation": "90"})"),
         "/display/rotation: must be one of 0, 90, 180, 270, not \"90\""},
        {"PagesEmpty", plus(R"("pages": [])"),
         "/pages: must list at least one page (leave \"pages\" out for the default)"},
        {"PagesNotList", plus(R"("pages": {"kind": "directory"})"),
         "/pages: must be a list of pages like {\"kind\": \"directory\"}"},
        {"PageNotObject", plus(R"("pages": ["directory"])"),
         "/pages/0: must be an object, not a string"},
        {"PageKindMissing", plus(R"("pages": [{"dwell_seconds": 10}])"),
         "/pages/0/kind: is required"},
        {"PageKindUnknown", plus(R"("pages": [{"kind": "directory"}, {"kind": "agenda"}])"),
         "/pages/1/kind: must be one of directory, now_next, upcoming, not \"agenda\""},
        {"LookAheadOnTheWrongKind",
         plus(R"("pages": [{"kind": "directory", "look_ahead_minutes": 30}])"),
         "/pages/0/look_ahead_minutes: goes with kind now_next only"},
        {"WindowTooShort", plus(R"("pages": [{"kind": "upcoming", "window_minutes": 2}])"),
         "/pages/0/window_minutes: must be between 5 and 1440 minutes, not 2"},
        {"DwellTooShort", plus(R"("pages": [{"kind": "directory", "dwell_seconds": 2}])"),
         "/pages/0/dwell_seconds: must be between 3 and 600 seconds, not 2"},
        {"DwellTooLong", plus(R"("pages": [{"kind": "now_next", "dwell_seconds": 601}])"),
         "/pages/0/dwell_seconds: must be between 3 and 600 seconds, not 601"},
        {"PageBuildingsString", plus(R"("pages": [{"kind": "now_next", "buildings": "ccib"}])"),
         "/pages/0/buildings: must be a list of strings, not a string"},
        {"PageBuildingEmpty", plus(R"("pages": [{"kind": "now_next", "buildings": ["a", ""]}])"),
         "/pages/0/buildings/1: must not be empty"},
        {"LanguagesEmpty", plus(R"("languages": [])"),
         "/languages: must list at least one language, e.g. [\"ko\", \"en\"]"},
        {"LanguageEmptyTag", plus(R"("languages": ["ko", ""])"), "/languages/1: must not be empty"},
        {"LanguageBadTag", plus(R"("languages": ["ko", "english language"])"),
         "/languages/1: \"english language\" is not a language tag like \"ko\" or \"en-GB\""},
        {"LanguagesString", plus(R"("languages": "ko")"),
         "/languages: must be a list of strings, not a string"},
        {"FontNumber", plus(R"("fonts": ["noto-sans-cjk-kr", 3])"),
         "/fonts/1: must be a string, not a whole number"},
        {"TimezoneUnknown", plus(R"("timezone": "Europe/Madird")"),
         "/timezone: \"Europe/Madird\" is not a time zone this system knows; write an IANA name "
         "like \"Europe/Madrid\" or \"Asia/Seoul\""},
        {"TimezoneOffset", plus(R"("timezone": "+02:00")"),
         "/timezone: \"+02:00\" is not a time zone this system knows; write an IANA name like "
         "\"Europe/Madrid\" or \"Asia/Seoul\""},
        {"ClockStartMissing", plus(R"("simulated_clock": {})"),
         "/simulated_clock/start: is required"},
        {"ClockStartNoOffset", plus(R"("simulated_clock": {"start": "2016-10-25T10:20:00"})"),
         "/simulated_clock/start: must be an ISO 8601 time with a UTC offset, like "
         "\"2016-10-25T10:20:00+02:00\", not \"2016-10-25T10:20:00\""},
        {"ClockStartGarbage", plus(R"("simulated_clock": {"start": "tomorrow 10am"})"),
         "/simulated_clock/start: must be an ISO 8601 time with a UTC offset, like "
         "\"2016-10-25T10:20:00+02:00\", not \"tomorrow 10am\""},
        {"ClockSpeedZero",
         plus(R"("simulated_clock": {"start": "2016-10-25T10:20:00Z", "speed": 0})"),
         "/simulated_clock/speed: must be between 1 and 1000000, not 0"},
        {"ClockSpeedFraction",
         plus(R"("simulated_clock": {"start": "2016-10-25T10:20:00Z", "speed": 2.5})"),
         "/simulated_clock/speed: must be a whole number between 1 and 1000000, not 2.5"},
        {"ColourName", plus(R"("theme": {"accent": "yellow"})"),
         "/theme/accent: must be a colour written #RRGGBB, like \"#0B0F14\", not \"yellow\""},
        {"ColourShort", plus(R"("theme": {"text": "#FFF"})"),
         "/theme/text: must be a colour written #RRGGBB, like \"#0B0F14\", not \"#FFF\""},
        {"ColourNoHash", plus(R"("theme": {"background": "0B0F14"})"),
         "/theme/background: must be a colour written #RRGGBB, like \"#0B0F14\", not \"0B0F14\""},
        {"ColourBadDigit", plus(R"("theme": {"secondary": "#B8B8BG"})"),
         "/theme/secondary: must be a colour written #RRGGBB, like \"#0B0F14\", not \"#B8B8BG\""},
        {"LowContrastText", plus(R"("theme": {"text": "#555555"})"),
         "/theme/text: contrast 2.5:1 against the background #0B0F14 is too low; text needs at "
         "least 7:1"},
        {"LowContrastBackground",
         plus(R"("theme": {"background": "#FFFFFF", "text": "#000000", "secondary": "#333333"})"),
         "/theme/background: contrast 2.3:1 against the default accent colour #56B4E9 is too "
         "low; arrows and highlights need at least 3:1 (set \"accent\" too)"},
        {"LogoEmpty", plus(R"("theme": {"logo": ""})"), "/theme/logo: must not be empty"},
        {"DirectionsList", plus(R"("directions": [{"arrow": "left"}])"),
         "/directions: must be an object from building or room id to {\"arrow\", \"text\"}"},
        {"DirectionEmptyId", plus(R"("directions": {"": {"arrow": "left"}})"),
         "/directions/: a building or room id must not be empty"},
        {"ArrowMissing", plus(R"("directions": {"ccib": {"text": "Ahead"}})"),
         "/directions/ccib/arrow: is required"},
        {"ArrowUnknown", plus(R"("directions": {"ccib": {"arrow": "north"}})"),
         "/directions/ccib/arrow: must be one of ahead, ahead-left, ahead-right, left, right, "
         "back, back-left, back-right, up, down, not "
         "\"north\""},
        {"DirectionTextEmpty", plus(R"("directions": {"a/b": {"arrow": "up", "text": ""}})"),
         "/directions/a~1b/text: must not be empty"},
        {"LiveSourceMissing", plus(R"("live": {"poll_seconds": 5})"), "/live/source: is required"},
        {"LiveSourceOtherScheme", plus(R"("live": {"source": "ftp://x.org/live.json"})"),
         "/live/source: only http:// and https:// URLs can be fetched; \"ftp://x.org/live.json\" "
         "is neither (write a file path without a scheme)"},
        {"LiveFormatUnknown", plus(R"("live": {"source": "l.json", "format": "fosdem"})"),
         "/live/format: \"fosdem\" is not a live format (one of auto, signpost-live, "
         "fosdem-roomstatus)"},
        {"LivePollTooShort", plus(R"("live": {"source": "l.json", "poll_seconds": 1})"),
         "/live/poll_seconds: must be between 2 and 3600 seconds, not 1"},
        {"LiveMaxAgeZero", plus(R"("live": {"source": "l.json", "max_age_seconds": 0})"),
         "/live/max_age_seconds: must be between 1 and 604800 seconds, not 0"},
        {"LiveUnknownKey", plus(R"("live": {"source": "l.json", "poll": 5})"),
         "/live/poll: unknown key; did you mean \"poll_seconds\"?"},
        {"LiveNotObject", plus(R"("live": "l.json")"), "/live: must be an object, not a string"},
        {"MetricsFileEmpty", plus(R"("metrics_file": "")"), "/metrics_file: must not be empty"},
        {"SchemaNotString", plus(R"("$schema": 1)"),
         "/$schema: must be a string, not a whole number"},
    };
}

class ConfigError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ConfigError, IsReportedAtItsKey) {
    const ErrorCase& c = GetParam();
    ConfigCheck check = check_inline(c.json);
    EXPECT_FALSE(check.config);
    EXPECT_THAT(as_lines(check.errors), ElementsAre(c.expected)) << c.json;
    // The Result form carries the same line, after the file name.
    auto loaded = parse_config(c.json, inline_config_file());
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().where, inline_config_file().string());
    EXPECT_EQ(loaded.error().what, c.expected);
}

INSTANTIATE_TEST_SUITE_P(EveryKind, ConfigError, ::testing::ValuesIn(error_cases()),
                         [](const auto& test_info) { return std::string(test_info.param.name); });

}  // namespace

TEST(ConfigErrors, ReportsEveryErrorInTheFileTogether) {
    auto check = check_config_file(config_data("many-errors.json"));
    EXPECT_FALSE(check.config);
    EXPECT_THAT(
        as_lines(check.errors),
        ElementsAre(
            "/refresh: unknown key; known keys here: $schema, id, location, feed, cache_dir, "
            "display, pages, languages, fonts, timezone, simulated_clock, quiet_hours, theme, "
            "directions, venue_map, venue_graph, position, qr, live, metrics_file",
            "/id: must not be empty", "/location/name/ko: must not be empty",
            "/feed/source: only http:// and https:// URLs can be fetched; "
            "\"ftp://example.org/feed.json\" is neither (write a file path without a scheme)",
            "/feed/poll_seconds: must be between 5 and 86400 seconds, not 1",
            "/display/width: must be a whole number between 320 and 7680 pixels, not a string",
            "/display/rotation: must be one of 0, 90, 180, 270, not 45",
            "/pages/0/kind: must be one of directory, now_next, upcoming, not \"agenda\"",
            "/pages/0/dwell_seconds: must be between 3 and 600 seconds, not 2",
            "/languages: must list at least one language, e.g. [\"ko\", \"en\"]",
            "/timezone: \"Europe/Madird\" is not a time zone this system knows; write an IANA "
            "name like \"Europe/Madrid\" or \"Asia/Seoul\"",
            "/theme/background: must be a colour written #RRGGBB, like \"#0B0F14\", not "
            "\"black\"",
            "/directions/ccib/arrow: must be one of ahead, ahead-left, ahead-right, left, right, "
            "back, back-left, back-right, up, down, not "
            "\"north\""));
}

TEST(ConfigErrors, TheResultErrorListsThemOnePerLine) {
    const fs::path file = config_data("many-errors.json");
    auto loaded = load_config(file);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().where, file.string());
    const std::string& what = loaded.error().what;
    EXPECT_TRUE(what.starts_with("13 errors:\n  /refresh: unknown key")) << what;
    EXPECT_THAT(what, HasSubstr("\n  /display/rotation: must be one of 0, 90, 180, 270, not 45\n"));
    EXPECT_EQ(std::count(what.begin(), what.end(), '\n'), 13);
}

TEST(ConfigErrors, UnknownKeysAtEveryLevelSuggestTheNearestKnownOne) {
    auto check = check_inline(R"({"id": "k", "location": {"name": "n", "building": "b", "floor": 2},
        "feed": {"source": "f.json", "poll_second": 60},
        "display": {"rotate": 90},
        "pages": [{"kind": "directory", "dwell": 10}],
        "simulated_clock": {"start": "2016-10-25T10:20:00Z", "rate": 2},
        "theme": {"foreground": "#FFFFFF"},
        "directions": {"ccib": {"arrow": "up", "txt": "Up"}},
        "langauges": ["ko"]})");
    EXPECT_FALSE(check.config);
    EXPECT_THAT(
        as_lines(check.errors),
        ElementsAre("/langauges: unknown key; did you mean \"languages\"?",
                    "/location/floor: unknown key; known keys here: name, building",
                    "/feed/poll_second: unknown key; did you mean \"poll_seconds\"?",
                    "/display/rotate: unknown key; did you mean \"rotation\"?",
                    "/pages/0/dwell: unknown key; did you mean \"dwell_seconds\"?",
                    "/simulated_clock/rate: unknown key; known keys here: start, speed",
                    "/theme/foreground: unknown key; known keys here: background, text, secondary, "
                    "accent, logo",
                    "/directions/ccib/txt: unknown key; did you mean \"text\"?"));
}

TEST(ConfigErrors, AKeyWrittenTwiceIsAnErrorAtItsPath) {
    auto check = check_inline(R"({"id": "k", "location": {"name": "n", "building": "b"},
        "feed": {"source": "f.json"},
        "pages": [{"kind": "directory"}, {"kind": "now_next", "dwell_seconds": 10,
                                          "dwell_seconds": 30}],
        "directions": {"ccib": {"arrow": "up"}, "ccib": {"arrow": "left"}},
        "id": "k2"})");
    EXPECT_FALSE(check.config);
    EXPECT_THAT(as_lines(check.errors),
                ElementsAre("/pages/1/dwell_seconds: key written twice in one object; only one "
                            "may stay",
                            "/directions/ccib: key written twice in one object; only one may stay",
                            "/id: key written twice in one object; only one may stay"));
}

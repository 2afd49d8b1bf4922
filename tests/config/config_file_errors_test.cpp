// The config file as bytes: syntax errors, a document that is not an object,
// files that cannot be read, echoed values, deep nesting and keys written twice
// deep inside (config_errors_test.cpp has the errors of each key).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>

#include "config/config_loader.h"
#include "config_test_support.h"
#include "support/temp_dir.h"

using namespace signpost;
using namespace signpost::test;

TEST(ConfigErrors, SyntaxErrorsSayWhereTheParserStopped) {
    auto check = check_config_file(config_data("not-json.json"));
    EXPECT_FALSE(check.config);
    ASSERT_EQ(check.errors.size(), 1u);
    EXPECT_EQ(check.errors[0].where, "");
    EXPECT_THAT(check.errors[0].what, HasSubstr("parse error at line 3, column 37"));
    EXPECT_THAT(check.errors[0].what, ::testing::Not(HasSubstr("json.exception")));

    for (std::string_view text : {"", "   ", "{\"id\": \"k\",}", "{\"id\": \"\xff\"}", "[1, 2"}) {
        auto c = check_inline(text);
        EXPECT_FALSE(c.config) << text;
        EXPECT_EQ(c.errors.size(), 1u) << text;
    }
}

TEST(ConfigErrors, ADocumentThatIsNotAnObjectIsOneError) {
    for (std::string_view text : {"[]", "42", "\"entrance-a\"", "null"}) {
        auto check = check_inline(text);
        EXPECT_FALSE(check.config);
        ASSERT_EQ(check.errors.size(), 1u) << text;
        EXPECT_THAT(check.errors[0].what, HasSubstr("must be an object, not")) << text;
    }
}

TEST(ConfigErrors, FilesThatCannotBeReadAreOneErrorNamingTheFile) {
    auto missing = load_config(config_data("no-such-config.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().to_string(),
              config_data("no-such-config.json").string() + ": cannot read: no such file");

    auto folder = load_config(config_data("site"));
    ASSERT_FALSE(folder.ok());
    EXPECT_THAT(folder.error().what, HasSubstr("is a folder"));

    // A huge file is refused before it is parsed.
    test::TempDir tmp;
    const fs::path huge =
        tmp.write("huge.json", "{\"id\": \"" + std::string(kMaxConfigFileBytes, 'x') + "\"}");
    auto big = load_config(huge);
    ASSERT_FALSE(big.ok());
    EXPECT_THAT(big.error().what, HasSubstr("larger than 1048576 bytes"));
}

TEST(ConfigErrors, EchoedValuesAreEscapedAndCut) {
    std::string kind = "\\u001b[2J" + std::string(300, 'x');
    auto check = check_inline(minimal_with(R"("pages": [{"kind": ")" + kind + R"("}])"));
    ASSERT_EQ(check.errors.size(), 1u);
    const std::string& what = check.errors[0].what;
    // The escape character stays escaped; the value is cut to 80 bytes.
    EXPECT_EQ(what, "must be one of directory, now_next, upcoming, not \"\\u001b[2J" +
                        std::string(76, 'x') + "...\"");
    // A cut never splits a Hangul syllable (3 bytes in UTF-8).
    std::string hangul;
    for (int i = 0; i < 40; ++i) {
        hangul += "층";
    }
    check = check_inline(minimal_with(R"("timezone": ")" + hangul + "\""));
    ASSERT_EQ(check.errors.size(), 1u);
    EXPECT_THAT(check.errors[0].what, HasSubstr("\"" + hangul.substr(0, 78) + "...\""));
}

TEST(ConfigErrors, DeeplyNestedValuesAreOneErrorAndReportedByKind) {
    constexpr int kDepth = 100000;
    std::string deep = std::string(kDepth, '[') + std::string(kDepth, ']');
    auto check = check_inline(
        minimal_with(R"("display": {"rotation": )" + deep + "}, " + R"("unknown": )" + deep));
    std::string at_depth_64 = "/display/rotation";
    for (int i = 0; i < 61; ++i) {
        at_depth_64 += "/0";
    }
    EXPECT_THAT(
        as_lines(check.errors),
        ElementsAre(at_depth_64 + ": nested deeper than 64 levels; a location config "
                                  "needs about five",
                    "/unknown: unknown key; known keys here: $schema, id, location, feed, "
                    "cache_dir, display, pages, languages, fonts, timezone, "
                    "simulated_clock, quiet_hours, theme, directions, venue_map, venue_graph, "
                    "position, qr, live, metrics_file",
                    "/display/rotation: must be one of 0, 90, 180, 270, not a list"));
}

TEST(ConfigErrors, DuplicateKeysDeepInsideAreFoundAtTheirPath) {
    auto check = check_inline(minimal_with(
        R"("directions": {"ccib": {"arrow": "up", "text": {"ko": "위", "en": "Up", "ko": "위로"}}})"));
    EXPECT_THAT(as_lines(check.errors),
                ElementsAre("/directions/ccib/text/ko: key written twice in one object; only one "
                            "may stay"));
}

#include <gtest/gtest.h>

#include "config/theme_colours.h"

using namespace signpost;

TEST(ThemeColours, ParsesOnlyHashAndSixHexDigits) {
    EXPECT_EQ(parse_hex_colour("#0B0F14"), (Rgb{0x0B, 0x0F, 0x14}));
    EXPECT_EQ(parse_hex_colour("#56b4e9"), (Rgb{0x56, 0xB4, 0xE9}));
    for (const char* bad : {"", "#", "#FFF", "0B0F14", "#0B0F1", "#0B0F145", "#GGGGGG", " #000000",
                            "#00000 ", "rgb(0,0,0)"}) {
        EXPECT_FALSE(parse_hex_colour(bad)) << bad;
    }
}

TEST(ThemeColours, ContrastRatiosMatchWcagAndTheDesignNotes) {
    EXPECT_NEAR(contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0, 1e-9);
    EXPECT_NEAR(contrast_ratio({10, 20, 30}, {10, 20, 30}), 1.0, 1e-9);
    auto bg = *parse_hex_colour(kDefaultBackground);
    // docs/sign-design.md: text 19:1 (19.2, rounded there), secondary 9.7:1, next #56B4E9
    // 8.3:1, now #F0E442 14.5:1.
    EXPECT_NEAR(contrast_ratio(*parse_hex_colour(kDefaultText), bg), 19.2, 0.05);
    EXPECT_NEAR(contrast_ratio(*parse_hex_colour(kDefaultSecondary), bg), 9.7, 0.1);
    EXPECT_NEAR(contrast_ratio(*parse_hex_colour(kDefaultAccent), bg), 8.3, 0.1);
    EXPECT_NEAR(contrast_ratio(*parse_hex_colour("#F0E442"), bg), 14.5, 0.1);
    // Symmetric.
    EXPECT_DOUBLE_EQ(contrast_ratio(bg, {255, 255, 255}), contrast_ratio({255, 255, 255}, bg));
}

TEST(ThemeColours, TheDefaultThemeMeetsItsOwnMinimums) {
    Problems problems;
    check_theme_contrast(ThemeConfig{}, "/theme", problems);
    ThemeConfig spelled_out{std::string(kDefaultBackground),
                            std::string(kDefaultText),
                            std::string(kDefaultSecondary),
                            std::string(kDefaultAccent),
                            {}};
    check_theme_contrast(spelled_out, "/theme", problems);
    EXPECT_TRUE(problems.errors.empty());
}

TEST(ThemeColours, AccentNeedsThreeToOneAndTextSevenToOne) {
    Problems problems;
    // #767676 on black is 4.6:1: enough for an accent, not for text.
    ThemeConfig theme{"#000000", "#767676", "#FFFFFF", "#767676", {}};
    check_theme_contrast(theme, "/theme", problems);
    ASSERT_EQ(problems.errors.size(), 1u);
    EXPECT_EQ(problems.errors[0].to_string(),
              "/theme/text: contrast 4.6:1 against the background #000000 is too low; text needs "
              "at least 7:1");
}

TEST(ThemeColours, RatiosAreRoundedDownSoTheyNeverLookPassing) {
    Problems problems;
    // #59595A on white is 6.997:1, just under 7; #595959 is 7.005:1 and passes.
    ThemeConfig passing{"#FFFFFF", "#595959", "#000000", "#000000", {}};
    check_theme_contrast(passing, "/theme", problems);
    EXPECT_TRUE(problems.errors.empty());
    ThemeConfig theme{"#FFFFFF", "#59595A", "#000000", "#000000", {}};
    check_theme_contrast(theme, "/theme", problems);
    ASSERT_EQ(problems.errors.size(), 1u);
    EXPECT_NE(problems.errors[0].what.find("contrast 6.9:1"), std::string::npos)
        << problems.errors[0].what;
}

// A codepoint that no font of the chain has: the program still draws the
// page, and says which codepoint (render/font_chain.cpp warns once per codepoint).
#include <gtest/gtest.h>

#include "app_test_support.h"

namespace signpost::app_test {
namespace {

const char* const kDejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

TEST(FontMissing, SnapshotNamesTheCodepointNoFontHas) {
    if (!std::filesystem::exists(kDejaVu)) {
        GTEST_SKIP() << kDejaVu << " is not installed (fonts-dejavu-core)";
    }
    TempDir dir;
    // dejavu-only.json: the chain is DejaVu Sans alone; the feed's title in
    // room-a holds U+0378 (unassigned, in no font).
    RunResult r = run_signpost({"--config", app_data("dejavu-only.json").string(), "--snapshot",
                                (dir / "page.png").string(), "--offline", "--at",
                                "2016-10-25T11:20:00+02:00"});
    ASSERT_EQ(r.exit_code, 0) << r.describe();
    EXPECT_TRUE(std::filesystem::exists(dir / "page.png"));
    EXPECT_NE(r.err.find("no glyph for U+0378"), std::string::npos) << r.describe();
    // Once, however often the title is measured.
    const size_t first = r.err.find("no glyph for U+0378");
    EXPECT_EQ(r.err.find("no glyph for U+0378", first + 1), std::string::npos) << r.describe();
    // Latin, which DejaVu has, is not reported.
    EXPECT_EQ(r.err.find("no glyph for U+0041"), std::string::npos) << r.describe();
}

TEST(FontMissing, DumpOfTheSameFeedShowsTheSession) {
    RunResult r = run_signpost({"--config", app_data("dejavu-only.json").string(), "--dump",
                                "--offline", "--at", "2016-10-25T11:20:00+02:00"});
    ASSERT_EQ(r.exit_code, 0) << r.describe();
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["rooms"]["room-a"]["now"], "s1");
    EXPECT_EQ(j["rooms"]["room-b"]["now"], "s2");
}

}  // namespace
}  // namespace signpost::app_test

// --contact-sheet: page 0 of every location in one PNG, a tile each; a broken
// config gets a tile naming its problem, exit code 2 and its file on stderr.
#include <SDL_image.h>

#include <gtest/gtest.h>

#include "app_test_support.h"

namespace signpost::app_test {
namespace {

namespace fs = std::filesystem;

TEST(ContactSheet, EveryLocationATileABrokenConfigNamed) {
    TempDir dir;
    const fs::path broken = dir / "broken.json";
    write_json_file_atomically(broken, nlohmann::json{{"id", "x"}});
    const fs::path out = dir / "sheet.png";
    const std::string demo = (fs::path(SIGNPOST_SOURCE_DIR) / "config" / "demo.json").string();
    const std::string portrait =
        (fs::path(SIGNPOST_SOURCE_DIR) / "config" / "demo-portrait.json").string();
    RunResult r =
        run_signpost({"--contact-sheet", out.string(), demo, broken.string(), portrait, "--offline",
                      "--at", "2016-10-26T11:40:00+02:00", "--size", "1280x720"});
    EXPECT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_NE(r.err.find(broken.string()), std::string::npos) << r.describe();
    ASSERT_TRUE(fs::exists(out)) << r.describe();
    std::unique_ptr<SDL_Surface, decltype(&SDL_FreeSurface)> img(IMG_Load(out.c_str()),
                                                                 SDL_FreeSurface);
    ASSERT_TRUE(img) << IMG_GetError();
    // Two columns of 640x360 tiles (and labels) for three locations.
    EXPECT_GT(img->w, 2 * 640);
    EXPECT_GT(img->h, 2 * 360);
    // No temporary tiles left beside it.
    size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) {
        ++files;
    }
    EXPECT_EQ(files, 2u);  // broken.json, sheet.png
}

TEST(ContactSheet, NeedsAtLeastOneConfig) {
    RunResult r = run_signpost({"--contact-sheet", "x.png"});
    EXPECT_EQ(r.exit_code, 2) << r.describe();
}

}  // namespace
}  // namespace signpost::app_test

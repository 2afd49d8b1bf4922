#include "render/font_manifest.h"

#include <gtest/gtest.h>

#include "render/font_faces.h"
#include "render_test_support.h"

namespace signpost {
namespace {

TEST(FontManifest, ParsesFacesCandidatesAndDefaultOrder) {
    test::LogCapture log;
    FontManifest m = parse_font_manifest(
        "# comment\n"
        "\n"
        "kr  regular 1 /fonts/A.ttc fonts-a\r\n"
        "kr  bold    1 /fonts/A-Bold.ttc fonts-a\n"
        "  latin\tregular 0 rel/L.ttf -\n"
        "kr  regular 0 /other/A.otf fonts-a2\n",
        "/base", "test.txt");
    ASSERT_EQ(m.faces.size(), 4u);
    EXPECT_EQ(m.names(), (std::vector<std::string>{"kr", "latin"}));
    auto regular = m.candidates("kr", FontWeight::regular);
    ASSERT_EQ(regular.size(), 2u);
    EXPECT_EQ(regular[0]->file, (FontFile{"/fonts/A.ttc", 1}));
    EXPECT_EQ(regular[0]->package, "fonts-a");
    EXPECT_EQ(regular[0]->line, 3);
    EXPECT_EQ(regular[1]->file.path, "/other/A.otf");
    EXPECT_EQ(m.candidates("latin", FontWeight::regular)[0]->file.path, "/base/rel/L.ttf");
    EXPECT_TRUE(m.candidates("latin", FontWeight::bold).empty());
    EXPECT_TRUE(m.has("latin"));
    EXPECT_FALSE(m.has("Latin"));
    EXPECT_TRUE(log.lines().empty());
}

TEST(FontManifest, SkipsBadLinesNamingTheLineAndKeepsTheRest) {
    test::LogCapture log;
    FontManifest m = parse_font_manifest(
        "a regular 0 /a.ttf pkg\n"
        "b italic 0 /b.ttf pkg\n"
        "c regular x /c.ttf pkg\n"
        "d regular -1 /d.ttf pkg\n"
        "e regular 0 /e.ttf\n"
        "f regular 0 /f.ttf pkg extra\n"
        "g bold 2 /g.ttc pkg\n",
        "/", "fonts/manifest.txt");
    ASSERT_EQ(m.faces.size(), 2u);
    EXPECT_EQ(m.faces[1].name, "g");
    EXPECT_EQ(log.count_containing("fonts/manifest.txt:2: weight \"italic\""), 1);
    EXPECT_EQ(log.count_containing("fonts/manifest.txt:3: face index \"x\""), 1);
    EXPECT_EQ(log.count_containing("fonts/manifest.txt:4:"), 1);
    EXPECT_EQ(log.count_containing("fonts/manifest.txt:5: expected 5 fields"), 1);
    EXPECT_EQ(log.count_containing("fonts/manifest.txt:6: expected 5 fields"), 1);
}

TEST(FontManifest, LoadErrorNamesTheFile) {
    auto missing = load_font_manifest("/nonexistent/manifest.txt");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().where, "/nonexistent/manifest.txt");
}

TEST(FontManifest, RepositoryManifestPointsAtInstalledDebianFonts) {
    FontManifest m = test::repo_manifest();
    EXPECT_EQ(m.names(),
              (std::vector<std::string>{"noto-sans-cjk-kr", "nanum-gothic", "dejavu-sans"}));
    for (const auto& face : m.faces) {
        EXPECT_TRUE(std::filesystem::exists(face.file.path)) << face.file.path;
        EXPECT_NE(face.package, "-");
    }
}

TEST(FontFaces, MissingFontsAreSkippedWithWarningsNamingThem) {
    test::LogCapture log;
    auto libraries = RenderLibraries::start();
    ASSERT_TRUE(libraries.ok());
    FontManifest m = test::repo_manifest();
    // A manifest entry whose file is gone, next to real ones.
    m.faces.push_back(ManifestFace{"ghost", FontWeight::regular,
                                   FontFile{"/nonexistent/Ghost.ttf", 0}, "fonts-ghost", 99});
    // A .ttc face index the collection does not have.
    m.faces.push_back(ManifestFace{"bad-index", FontWeight::regular,
                                   FontFile{m.faces[0].file.path, 40}, "fonts-noto-cjk", 100});
    auto chain = resolve_font_chain({"ghost", "dejavu-sans", "bad-index", "dejavu-sans",
                                     "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"},
                                    m);
    ASSERT_EQ(chain.size(), 2u);
    EXPECT_EQ(chain[0].name, "dejavu-sans");
    EXPECT_TRUE(chain[0].bold.has_value());
    EXPECT_EQ(chain[1].name, "/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
    EXPECT_FALSE(chain[1].bold.has_value());
    EXPECT_EQ(log.count_containing("font \"ghost\" is missing"), 1);
    EXPECT_EQ(log.count_containing("fonts-ghost"), 1);
    EXPECT_EQ(log.count_containing("font \"bad-index\" is missing"), 1);
    EXPECT_EQ(log.count_containing("FONTS:"), 0);
}

TEST(FontFaces, NothingLoadsWithAnEmptyManifestAndSaysSo) {
    test::LogCapture log;
    auto libraries = RenderLibraries::start();
    ASSERT_TRUE(libraries.ok());
    auto chain = resolve_font_chain({"/nonexistent.ttf"}, FontManifest{});
    EXPECT_TRUE(chain.empty());
    EXPECT_EQ(log.count_containing("FONTS: no font at all"), 1);
}

}  // namespace
}  // namespace signpost

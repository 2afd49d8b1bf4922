// --snapshot and --snapshot-all as a subprocess: every page of the demo at
// three sizes, read back with SDL2_image; text drawn where --dump says it is.
#include <SDL.h>
#include <SDL_image.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>
#include <ostream>
#include <set>

#include <gtest/gtest.h>

#include "app_test_support.h"

namespace signpost::app_test {
namespace {

namespace fs = std::filesystem;

const char* const kDemoStart = "2016-10-25T11:40:00+02:00";  // config/demo.json's clock

struct Rgb {
    int r = 0, g = 0, b = 0;
    bool near(const Rgb& o, int tolerance) const {
        return std::abs(r - o.r) <= tolerance && std::abs(g - o.g) <= tolerance &&
               std::abs(b - o.b) <= tolerance;
    }
};

Rgb parse_hex(const std::string& hex) {
    EXPECT_GE(hex.size(), 7u) << hex;
    if (hex.size() < 7)
        return {};
    auto byte = [&](size_t at) { return std::stoi(hex.substr(at, 2), nullptr, 16); };
    return {byte(1), byte(3), byte(5)};
}

// A PNG as plain RGB pixels.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<Rgb> pixels;
    const Rgb& at(int x, int y) const { return pixels[static_cast<size_t>(y) * width + x]; }
};

std::optional<Image> load_png(const fs::path& file) {
    std::unique_ptr<SDL_Surface, decltype(&SDL_FreeSurface)> loaded(IMG_Load(file.c_str()),
                                                                    SDL_FreeSurface);
    if (!loaded) {
        ADD_FAILURE() << "IMG_Load " << file << ": " << IMG_GetError();
        return std::nullopt;
    }
    std::unique_ptr<SDL_Surface, decltype(&SDL_FreeSurface)> rgba(
        SDL_ConvertSurfaceFormat(loaded.get(), SDL_PIXELFORMAT_RGBA32, 0), SDL_FreeSurface);
    if (!rgba) {
        ADD_FAILURE() << "SDL_ConvertSurfaceFormat: " << SDL_GetError();
        return std::nullopt;
    }
    Image img;
    img.width = rgba->w;
    img.height = rgba->h;
    img.pixels.reserve(static_cast<size_t>(img.width) * img.height);
    for (int y = 0; y < img.height; ++y) {
        const auto* row = static_cast<const Uint8*>(rgba->pixels) + y * rgba->pitch;
        for (int x = 0; x < img.width; ++x) {
            img.pixels.push_back({row[4 * x], row[4 * x + 1], row[4 * x + 2]});
        }
    }
    return img;
}

nlohmann::json dump_at(const std::string& at, const std::string& size) {
    RunResult r = run_signpost(
        {"--config", demo_config().string(), "--dump", "--offline", "--at", at, "--size", size});
    EXPECT_EQ(r.exit_code, 0) << r.describe();
    try {
        return nlohmann::json::parse(r.out);
    } catch (const std::exception& e) {
        ADD_FAILURE() << e.what() << "\n" << r.describe();
        return {};
    }
}

std::vector<fs::path> snapshot_all(const fs::path& dir, const std::string& at,
                                   const std::string& size) {
    RunResult r = run_signpost({"--config", demo_config().string(), "--snapshot-all", dir.string(),
                                "--offline", "--at", at, "--size", size});
    EXPECT_EQ(r.exit_code, 0) << r.describe();
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() == ".png") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

struct SizeCase {
    const char* size;
    int width;
    int height;
};

void PrintTo(const SizeCase& c, std::ostream* os) {
    *os << c.size;
}

class SnapshotAll : public ::testing::TestWithParam<SizeCase> {};

TEST_P(SnapshotAll, EveryPageHasTheSizeAndIsNotBlank) {
    const SizeCase c = GetParam();
    TempDir dir;
    const nlohmann::json dumped = dump_at(kDemoStart, c.size);
    ASSERT_TRUE(dumped.contains("pages"));
    const auto files = snapshot_all(dir.path(), kDemoStart, c.size);
    ASSERT_EQ(files.size(), dumped["pages"].size()) << "one PNG per page of the dump";
    for (size_t i = 0; i < files.size(); ++i) {
        SCOPED_TRACE(files[i].filename().string());
        // page-NN-KIND-WxH.png, in the order of the cycle.
        const std::string kind = dumped["pages"][i].value("kind", "");
        std::string slug = kind == "now_next" ? "now-next" : kind;
        EXPECT_NE(files[i].filename().string().find(slug), std::string::npos);
        EXPECT_NE(files[i].filename().string().find(c.size), std::string::npos);

        auto img = load_png(files[i]);
        ASSERT_TRUE(img.has_value());
        EXPECT_EQ(img->width, c.width);
        EXPECT_EQ(img->height, c.height);

        const Rgb background = parse_hex(dumped["pages"][i].value("background", "#000000"));
        std::set<int> colours;
        size_t off_background = 0;
        for (const Rgb& p : img->pixels) {
            colours.insert((p.r << 16) | (p.g << 8) | p.b);
            off_background += p.near(background, 8) ? 0 : 1;
        }
        // Anti-aliased text in several colours gives hundreds of distinct
        // colours; a blank or single-colour page gives a handful.
        EXPECT_GT(colours.size(), 100u);
        EXPECT_GT(off_background, img->pixels.size() / 100) << "under 1% drawn";
    }
}

INSTANTIATE_TEST_SUITE_P(DemoSizes, SnapshotAll,
                         ::testing::Values(SizeCase{"1920x1080", 1920, 1080},
                                           SizeCase{"1280x720", 1280, 720},
                                           SizeCase{"1080x1920", 1080, 1920}),
                         [](const auto& param_info) {
                             return std::string("size_") + std::to_string(param_info.param.width) +
                                    "x" + std::to_string(param_info.param.height);
                         });

// Pixels near the text's colour inside its box.
size_t text_pixels_in(const Image& img, const nlohmann::json& item) {
    const auto& rect = item["rect"];
    const Rgb colour = parse_hex(item.value("color", "#000000"));
    const int x0 = std::max(0, rect.value("x", 0));
    const int y0 = std::max(0, rect.value("y", 0));
    const int x1 = std::min(img.width, x0 + rect.value("w", 0));
    const int y1 = std::min(img.height, y0 + rect.value("h", 0));
    size_t n = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            n += img.at(x, y).near(colour, 24) ? 1 : 0;
        }
    }
    return n;
}

TEST(Snapshot, TextIsDrawnInsideTheBoxesTheDumpGives) {
    TempDir dir;
    const fs::path png = dir / "page1.png";
    RunResult r = run_signpost({"--config", demo_config().string(), "--snapshot", png.string(),
                                "--page", "1", "--offline", "--at", kDemoStart});
    ASSERT_EQ(r.exit_code, 0) << r.describe();
    EXPECT_NE(r.out.find(png.string()), std::string::npos) << r.describe();
    auto img = load_png(png);
    ASSERT_TRUE(img.has_value());
    ASSERT_EQ(img->width, 1920);
    ASSERT_EQ(img->height, 1080);

    const nlohmann::json dumped = dump_at(kDemoStart, "1920x1080");
    ASSERT_GT(dumped["pages"].size(), 1u);
    const auto& items = dumped["pages"][1]["items"];
    size_t checked = 0;
    std::set<std::string> roles;
    for (const auto& item : items) {
        const std::string role = item.value("role", "");
        if (item.value("type", "") != "text" || (role != "page-title" && role != "clock")) {
            continue;
        }
        roles.insert(role);
        ++checked;
        const auto& rect = item["rect"];
        const size_t area = static_cast<size_t>(rect.value("w", 0)) * rect.value("h", 0);
        const size_t inside = text_pixels_in(*img, item);
        EXPECT_GT(inside, 20u) << role << " \"" << item.value("text", "") << "\" at " << rect;
        // Glyphs fill part of their box, never all of it.
        EXPECT_LT(inside, area) << role << " at " << rect;
    }
    EXPECT_EQ(roles, (std::set<std::string>{"page-title", "clock"})) << items;
    EXPECT_GE(checked, 2u);
}

TEST(Snapshot, PageOutOfRangeIsBadUsageNamingTheCount) {
    TempDir dir;
    RunResult r =
        run_signpost({"--config", demo_config().string(), "--snapshot", (dir / "x.png").string(),
                      "--page", "99", "--offline", "--at", kDemoStart});
    EXPECT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_NE(r.err.find("--page 99"), std::string::npos) << r.describe();
    EXPECT_FALSE(fs::exists(dir / "x.png"));
}

TEST(Snapshot, EmergencyInstantGivesOneEmergencyPage) {
    const char* at = "2016-10-28T15:00:00+02:00";  // the drill's first second
    const nlohmann::json dumped = dump_at(at, "1920x1080");
    ASSERT_EQ(dumped["pages"].size(), 1u) << dumped["pages"];
    EXPECT_EQ(dumped["pages"][0].value("kind", ""), "emergency");

    TempDir dir;
    const auto files = snapshot_all(dir.path(), at, "1920x1080");
    ASSERT_EQ(files.size(), 1u);
    EXPECT_NE(files[0].filename().string().find("emergency"), std::string::npos);
    auto img = load_png(files[0]);
    ASSERT_TRUE(img.has_value());
    EXPECT_EQ(img->width, 1920);
    EXPECT_EQ(img->height, 1080);
}

}  // namespace
}  // namespace signpost::app_test

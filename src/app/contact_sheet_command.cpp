// --contact-sheet OUT.png CONFIG... [--at TIME] [--page N] [--size WxH]: page
// N (default 0, the directory) of every location at one instant, a tile each,
// labelled with the location's id and name, in one PNG (docs/operations.md).
// Each tile is drawn as --snapshot would draw it, to a temporary PNG; the
// sheet is then one more display list whose ImageItems are those tiles, so
// the sheet goes through the same renderer. A config that cannot be used
// gets a tile naming the problem; the exit code is then 2.
#include <unistd.h>

#include <cmath>
#include <iostream>

#include "app/app_setup.h"
#include "app/commands.h"
#include "app/one_shot_pages.h"
#include "render/font_setup.h"
#include "render/snapshot.h"

namespace signpost {
namespace {

struct Tile {
    std::string label;          // "entrance-a · CCIB 정문 · CCIB Main Entrance", or the file
    std::filesystem::path png;  // empty: `problem` instead
    std::string problem;
};

std::string joined_name(const LocalizedText& name, const std::vector<std::string>& languages) {
    std::string out;
    for (const std::string& lang : languages) {
        if (const std::string* text = name.get(lang);
            text && out.find(*text) == std::string::npos) {
            out += out.empty() ? "" : " · ";
            out += *text;
        }
    }
    return out.empty() ? name.pick(languages) : out;
}

Tile render_tile(const CliOptions& options, const std::string& config_path,
                 const std::filesystem::path& png, int& exit_code) {
    CliOptions one = options;
    one.mode = CliMode::snapshot;
    one.config_path = config_path;
    auto prepared = prepare_one_shot(one);
    if (!prepared) {
        std::cerr << "signpost: " << config_path << ": " << prepared.error().what << "\n";
        exit_code = 2;
        return {config_path, {}, prepared.error().what};
    }
    OneShotPages& p = **prepared;
    Tile tile{p.config.id + " · " + joined_name(p.config.location_name, p.config.languages), png,
              ""};
    const size_t index = static_cast<size_t>(options.page.value_or(0));
    if (index >= p.plans.size()) {
        tile.png.clear();
        tile.problem = "page " + std::to_string(index) + ": the cycle has " +
                       std::to_string(p.plans.size()) + " page(s) at this time";
        std::cerr << "signpost: " << config_path << ": " << tile.problem << "\n";
        exit_code = 2;
        return tile;
    }
    LayoutContext ctx = p.context();
    if (auto written = render_snapshot_png(layout_page(ctx, p.plans[index], 0.0), *p.fonts, png);
        !written) {
        tile.png.clear();
        tile.problem = written.error().to_string();
        std::cerr << "signpost: " << config_path << ": " << tile.problem << "\n";
        exit_code = std::max(exit_code, 1);
    }
    if (!p.feed.schedule && exit_code == 0) {
        exit_code = 1;  // as --snapshot: no schedule to show
    }
    return tile;
}

void add(DisplayList& list, std::string role, DisplayItemData data) {
    DisplayItem item;
    item.role = std::move(role);
    item.data = std::move(data);
    list.items.push_back(std::move(item));
}

}  // namespace

int run_contact_sheet(const CliOptions& options) {
    const auto [page_w, page_h] = options.size.value_or(std::pair{1920, 1080});
    const std::filesystem::path out = options.contact_sheet_path;
    const std::filesystem::path work =
        (out.has_parent_path() ? out.parent_path() : std::filesystem::path(".")) /
        (".contact-sheet-" + std::to_string(::getpid()));
    std::error_code ec;
    std::filesystem::create_directories(work, ec);
    if (ec) {
        std::cerr << "signpost: " << work.string() << ": " << ec.message() << "\n";
        return 1;
    }
    int exit_code = 0;
    std::vector<Tile> tiles;
    for (size_t i = 0; i < options.contact_sheet_configs.size(); ++i) {
        tiles.push_back(render_tile(options, options.contact_sheet_configs[i],
                                    work / ("tile-" + std::to_string(i) + ".png"), exit_code));
    }

    // Tiles at half the page size, as many columns as rows (or one more).
    const int n = static_cast<int>(tiles.size());
    const int cols = std::max(1, static_cast<int>(std::ceil(std::sqrt(double(n)))));
    const int rows = (n + cols - 1) / cols;
    const float tile_w = page_w / 2.0f;
    const float tile_h = page_h / 2.0f;
    const float label_h = std::max(28.0f, tile_h / 10);
    const float gap = 16;
    DisplayList sheet{static_cast<int>(cols * (tile_w + gap) + gap),
                      static_cast<int>(rows * (tile_h + label_h + gap) + gap),
                      Color{40, 40, 40, 255},
                      {}};
    const Color white{255, 255, 255, 255};
    for (int i = 0; i < n; ++i) {
        const float x = gap + (i % cols) * (tile_w + gap);
        const float y = gap + (i / cols) * (tile_h + label_h + gap);
        const Tile& t = tiles[static_cast<size_t>(i)];
        const float size = label_h * 0.6f;
        add(sheet, "contact-sheet-label",
            TextItem{{x, y, tile_w, label_h},
                     t.label,
                     size,
                     FontWeight::bold,
                     white,
                     HAlign::left,
                     label_h * 0.75f});
        const Rect box{x, y + label_h, tile_w, tile_h};
        if (!t.png.empty()) {
            add(sheet, "contact-sheet-tile", ImageItem{box, t.png.string()});
        } else {
            add(sheet, "contact-sheet-problem", RectItem{box, Color{120, 20, 20, 255}, 0});
            add(sheet, "contact-sheet-problem",
                TextItem{{x + 8, y + label_h + 8, tile_w - 16, size * 1.4f},
                         t.problem,
                         size * 0.8f,
                         FontWeight::regular,
                         white,
                         HAlign::left,
                         size});
        }
    }
    int result = exit_code;
    auto libs = RenderLibraries::start();
    if (!libs) {
        std::cerr << "signpost: " << libs.error().to_string() << "\n";
        result = 1;
    } else {
        auto fonts = load_font_chain(data_dir() / "fonts" / "manifest.txt", {});
        if (auto written = render_snapshot_png(sheet, *fonts, out); !written) {
            std::cerr << "signpost: " << written.error().to_string() << "\n";
            result = 1;
        } else {
            std::cout << out.string() << "\n";
        }
    }
    std::filesystem::remove_all(work, ec);
    return result;
}

}  // namespace signpost

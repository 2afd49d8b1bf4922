// --snapshot OUT.png [--page N] and --snapshot-all DIR: pages rendered headless
// (a software renderer on a surface; no display, no video driver).
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "app/commands.h"
#include "app/one_shot_pages.h"
#include "render/snapshot.h"

namespace signpost {
namespace {

// "now-next": plan_kind_name spelt for a file name.
std::string plan_slug(PlanKind kind) {
    std::string slug(plan_kind_name(kind));
    std::replace(slug.begin(), slug.end(), '_', '-');
    return slug;
}

}  // namespace

int run_snapshot(const CliOptions& options) {
    auto prepared = prepare_one_shot(options);
    if (!prepared) {
        std::cerr << "signpost: " << prepared.error().what << "\n";
        return prepared.error().where == "config" ? 2 : 1;
    }
    OneShotPages& p = **prepared;
    LayoutContext ctx = p.context();

    if (options.snapshot_dir.empty()) {
        const size_t index = static_cast<size_t>(options.page.value_or(0));
        if (index >= p.plans.size()) {
            std::cerr << "signpost: --page " << index << ": the cycle has " << p.plans.size()
                      << " page(s) at this time (0.." << p.plans.size() - 1 << ")\n";
            return 2;
        }
        auto written = render_snapshot_png(layout_page(ctx, p.plans[index], 0.0), *p.fonts,
                                           options.snapshot_path);
        if (!written) {
            std::cerr << "signpost: " << written.error().to_string() << "\n";
            return 1;
        }
        std::cout << options.snapshot_path << "\n";
        return p.feed.schedule ? 0 : 1;
    }

    std::error_code ec;
    std::filesystem::create_directories(options.snapshot_dir, ec);
    for (size_t i = 0; i < p.plans.size(); ++i) {
        char name[96];
        std::snprintf(name, sizeof name, "page-%02zu-%.*s-%dx%d.png", i,
                      int(plan_slug(p.plans[i].kind).size()), plan_slug(p.plans[i].kind).data(),
                      p.width, p.height);
        auto path = std::filesystem::path(options.snapshot_dir) / name;
        auto written = render_snapshot_png(layout_page(ctx, p.plans[i], 0.0), *p.fonts, path);
        if (!written) {
            std::cerr << "signpost: " << written.error().to_string() << "\n";
            return 1;
        }
        std::cout << path.string() << "\n";
    }
    return p.feed.schedule ? 0 : 1;
}

}  // namespace signpost

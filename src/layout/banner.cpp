#include "layout/banner.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "layout/labels.h"
#include "layout/live_overlay.h"

namespace signpost::layout_detail {
namespace {

struct Panel {
    Color fill;
    Ink ink;
    TextBlock level;
    TextBlock text;
    float height = 0;
};

}  // namespace

Banner build_banner(PageContext& pc, float width, float max_height, int turn) {
    Banner banner;
    if (!pc.ctx.schedule) {
        return banner;
    }
    const Sizes& s = pc.sizes;
    const float u = s.unit;
    // The level word and the text at the detail tier, each language on lines
    // of its own: up to four lines each (a portrait screen's narrow banner needs them), so a room
    // change or a warning is read whole, fewer when the banner would pass
    // max_height (then ellipsised).
    // Short texts take one line per language: two text lines of rows.
    const float pad = u;
    std::vector<Panel> panels;
    for (const Announcement* a : active_announcements(pc.ctx)) {
        if (a->level == AnnouncementLevel::emergency) {
            continue;  // the emergency page shows it
        }
        const bool warning = a->level == AnnouncementLevel::warning;
        Panel p;
        p.fill = warning ? pc.theme.warning_banner : pc.theme.info_banner;
        p.ink = warning ? pc.theme.warning_ink : pc.theme.info_ink;
        const Bilingual level =
            pc.pick(label(warning ? Label::banner_warning : Label::banner_info));
        const float level_w =
            std::min(width / 4, std::max(pc.ts.width(level.primary, s.detail_bold),
                                         pc.ts.width(level.secondary, s.detail)));
        p.level = bilingual_block(pc.ts, level, {s.detail_bold, s.detail, 1, 1}, level_w, 0);
        const float text_w = std::max(0.0f, width - 2 * pad - level_w - 3 * u);
        const Bilingual text = pc.pick(a->text);
        for (const auto& [first, second] : {std::pair{4, 4}, std::pair{3, 3}, std::pair{2, 2},
                                            std::pair{2, 1}, std::pair{1, 1}}) {
            p.text = bilingual_block(pc.ts, text, {s.detail_bold, s.detail, first, second}, text_w,
                                     pc.inline_gap());
            p.height = std::max(p.level.height(), p.text.height()) + 2 * pad;
            if (p.height <= max_height) {
                break;
            }
        }
        if (p.text.empty()) {
            continue;
        }
        if (p.height <= max_height) {
            panels.push_back(std::move(p));
        }
    }
    if (panels.empty()) {
        return banner;
    }
    // As tall as the announcement it shows: a one-line notice leaves its room
    // to the rows (the plan carries the turn, so its screen count agrees).
    const size_t shown = static_cast<size_t>(std::max(turn, 0)) % panels.size();
    banner.height = panels[shown].height;
    banner.draw = [&pc, p = std::move(panels[shown]), h = banner.height, pad, u](
                      Canvas& canvas, float x, float y, float w) {
        canvas.rect("banner", {x, y, w, h}, p.fill, u);
        const float level_w = p.level.width();
        draw_block(canvas, p.level, "banner-level", x + pad, y + pad, level_w, HAlign::left, p.ink,
                   pc.theme, p.fill);
        const float tx = x + pad + level_w + 3 * u;
        draw_block(canvas, p.text, "banner-text", tx, y + pad, std::max(0.0f, x + w - pad - tx),
                   HAlign::left, p.ink, pc.theme, p.fill);
    };
    return banner;
}

}  // namespace signpost::layout_detail

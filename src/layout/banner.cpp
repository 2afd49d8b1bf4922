#include "layout/banner.h"

#include <algorithm>
#include <vector>

#include "layout/labels.h"

namespace signpost {
namespace {

struct Panel {
    Color fill;
    Ink ink;
    TextBlock level;
    TextBlock text;
    float height = 0;
};

}  // namespace

Banner build_banner(PageContext& pc, float width, float max_height) {
    Banner banner;
    if (!pc.ctx.schedule) {
        return banner;
    }
    const Sizes& s = pc.sizes;
    const float u = s.unit;
    const float pad = 2 * u;
    std::vector<Panel> panels;
    float used = 0;
    for (const Announcement* a : pc.ctx.schedule->active_announcements(pc.ctx.now)) {
        if (a->level == AnnouncementLevel::emergency) {
            continue;  // the emergency page shows it
        }
        const bool warning = a->level == AnnouncementLevel::warning;
        Panel p;
        p.fill = warning ? pc.theme.warning_banner : pc.theme.info_banner;
        p.ink = warning ? pc.theme.warning_ink : pc.theme.info_ink;
        const Bilingual level =
            pc.pick(label(warning ? Label::banner_warning : Label::banner_info));
        const float level_w = std::min(width / 4, std::max(pc.ts.width(level.primary, s.scan_bold),
                                                           pc.ts.width(level.secondary, s.detail)));
        p.level = bilingual_block(pc.ts, level, {s.scan_bold, s.detail, 1, 1}, level_w, 0);
        const float text_w = std::max(0.0f, width - 2 * pad - level_w - 3 * u);
        p.text = bilingual_block(pc.ts, pc.pick(a->text), {s.scan, s.detail, 2, 1}, text_w,
                                 pc.inline_gap());
        if (p.text.empty()) {
            continue;
        }
        p.height = std::max(p.level.height(), p.text.height()) + 2 * pad;
        const float needed = used + (panels.empty() ? 0 : u) + p.height;
        if (needed > max_height) {
            break;
        }
        used = needed;
        panels.push_back(std::move(p));
    }
    if (panels.empty()) {
        return banner;
    }
    banner.height = used;
    banner.draw = [&pc, panels = std::move(panels), pad, u](Canvas& canvas, float x, float y,
                                                            float w) {
        for (const Panel& p : panels) {
            canvas.rect("banner", {x, y, w, p.height}, p.fill, u);
            const float level_w = p.level.width();
            draw_block(canvas, p.level, "banner-level", x + pad, y + pad, level_w, HAlign::left,
                       p.ink, pc.theme, p.fill);
            const float tx = x + pad + level_w + 3 * u;
            draw_block(canvas, p.text, "banner-text", tx, y + pad, std::max(0.0f, x + w - pad - tx),
                       HAlign::left, p.ink, pc.theme, p.fill);
            y += p.height + u;
        }
    };
    return banner;
}

}  // namespace signpost

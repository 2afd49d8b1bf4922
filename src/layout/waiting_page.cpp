#include "layout/waiting_page.h"

#include <algorithm>
#include <string>
#include <utility>

#include "layout/directory_page.h"
#include "layout/labels.h"

namespace signpost::layout_detail {

Body build_waiting_body(PageContext& pc, float width) {
    Body body;
    const Sizes& z = pc.sizes;
    const Label message =
        pc.ctx.clock_untrusted ? Label::waiting_clock_message : Label::waiting_message;
    // Each way with the first building or room it leads to (its arrow's destination).
    std::vector<std::pair<const Wayfinding*, std::string>> ways;
    for (const auto& [id, way] : pc.ctx.config.directions) {
        if (!way.text.empty()) {
            ways.emplace_back(&way, id);
        }
    }
    std::stable_sort(ways.begin(), ways.end(), [](const auto& a, const auto& b) {
        return arrow_rank(a.first->arrow) < arrow_rank(b.first->arrow);
    });
    // Several rooms often share one way ("P1, escalator up"): show each way once.
    std::vector<std::pair<const Wayfinding*, std::string>> distinct;
    // A pair, not a structured binding: clang 14 (the sanitized and fuzz
    // builds) cannot capture a binding in a lambda.
    for (const auto& way : ways) {
        const Wayfinding* w = way.first;
        const bool seen = std::any_of(distinct.begin(), distinct.end(), [&](const auto& d) {
            return d.first->arrow == w->arrow && d.first->text.variants() == w->text.variants();
        });
        if (!seen) {
            distinct.emplace_back(w, way.second);
        }
    }

    if (!distinct.empty()) {
        TextBlock msg = bilingual_block(pc.ts, pc.pick(label(message)),
                                        {z.scan_bold, z.detail, 1, 1}, width, pc.inline_gap());
        body.top_height = msg.height() + 2 * z.unit;
        body.draw_top = [&pc, msg = std::move(msg)](Canvas& c, float x, float y, float w) {
            draw_block(c, msg, "waiting-message", x, y, w, HAlign::left, pc.theme.ink, pc.theme,
                       pc.theme.background);
        };
        for (const auto& [w, id] : distinct) {
            Destination d;
            d.way = w;
            d.id = id;
            body.rows.push_back(destination_row(pc, d, width));
        }
    }
    body.draw_empty = [&pc, message](Canvas& c, Rect area) {
        const Sizes& s = pc.sizes;
        TextBlock name = bilingual_block(pc.ts, pc.pick(pc.ctx.config.location_name),
                                         {s.glance_bold, s.secondary_of(s.glance), 2, 1}, area.w,
                                         pc.inline_gap());
        TextBlock msg = bilingual_block(pc.ts, pc.pick(label(message)), {s.scan, s.detail, 2, 1},
                                        area.w, pc.inline_gap());
        const float gap = 4 * s.unit;
        const float total = name.height() + (name.empty() ? 0 : gap) + msg.height();
        float y = area.y + std::max(0.0f, (area.h - total) / 2);
        if (!name.empty()) {
            y += draw_block(c, name, "location-large", area.x, y, area.w, HAlign::center,
                            pc.theme.ink, pc.theme, pc.theme.background) +
                 gap;
        }
        draw_block(c, msg, "waiting-message", area.x, y, area.w, HAlign::center, pc.theme.ink,
                   pc.theme, pc.theme.background);
    };
    return body;
}

}  // namespace signpost::layout_detail

#include "layout/now_next_columns.h"

#include <algorithm>

#include "layout/labels.h"

namespace signpost::layout_detail {

Columns columns(const PageContext& pc, float width, float widest_name, float share) {
    Columns c;
    c.gutter = 4 * pc.sizes.unit;
    const float w = width - 2 * c.gutter;
    c.room = std::clamp(widest_name + pc.sizes.unit, 0.12f * w, share * w);
    c.now = (w - c.room) * (0.38f / 0.72f);
    c.next = w - c.room - c.now;
    c.now_x = c.room + c.gutter;
    c.next_x = c.now_x + c.now + c.gutter;
    return c;
}

Columns stacked_columns(const PageContext& pc, float width, float widest_name, float share) {
    Columns c;
    c.stacked = true;
    c.gutter = 4 * pc.sizes.unit;
    const float w = width - c.gutter;
    c.room = std::clamp(widest_name + pc.sizes.unit, 0.2f * w, share * w);
    c.now_x = c.room + c.gutter;
    c.next_x = c.now_x;
    c.now = width - c.now_x;
    c.next = c.now;
    return c;
}

Row building_row(PageContext& pc, const Building* building, bool own, float width) {
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    // "You are here" whole: beside the name when it takes at most half the
    // row, else under it.
    Chip here;
    if (own) {
        here = make_chip(pc, label(Label::you_are_here), pc.theme.now, width);
    }
    const bool wide_here = here.width > width / 2;
    const float here_w = here.width > 0 && !wide_here ? here.width + 3 * u : 0;
    const auto one_line = [&](const Bilingual& text, float w) {
        return one_line_bilingual(pc.ts, text, {z.scan_bold, z.detail, 1, 1}, w, pc.inline_gap(),
                                  6 * z.detail.size);
    };
    TextBlock name;
    // "You are here" under the name where the whole name and it do not fit
    // on one line (a table of half the width).
    bool here_below = wide_here;
    if (building) {
        // One line: a long name is cut rather than pushing rooms off the page.
        name = one_line(pc.pick(building->name), width - (here_below ? 0 : here_w));
        if (name.truncated && here_w > 0) {
            TextBlock whole = one_line(pc.pick(building->name), width);
            if (!whole.truncated) {
                name = std::move(whole);
                here_below = true;
            }
        }
    }
    const float name_h = name.height();
    const float here_y = here_below ? name_h + u / 2 : 0;  // from the content's top
    const float first_line = here_below ? name_h : std::max(name_h, here.height);
    const float here_bottom = here_below ? here_y + here.height : 0;
    // A thin divider: the line(s) with a little air above, little below (the
    // first room's rule follows).
    const float top = 1.5f * u;
    Row row;
    row.group_header = true;
    row.height = top + std::max(first_line, here_bottom) + u / 2;
    row.words = name.words;
    ItemIdentity identity;
    if (building) {
        identity.building = building->id;
    }
    row.draw = [&pc, name = std::move(name), here, here_below, here_y, top, identity](
                   Canvas& c, float x, float y, float) {
        IdentityScope scope(c, identity);
        draw_block(c, name, "building-name", x, y + top, name.width(), HAlign::left, pc.theme.ink,
                   pc.theme, pc.theme.background);
        if (here.width > 0) {
            if (here_below) {
                draw_chip(c, pc, here, "you-are-here", x, y + top + here_y);
            } else {
                const float first_h = name.empty() ? here.height : name.lines.front().height;
                const float hx =
                    name.empty() ? x : x + name.lines.front().width + 3 * pc.sizes.unit;
                draw_chip(c, pc, here, "you-are-here", hx, y + top + (first_h - here.height) / 2);
            }
        }
    };
    return row;
}

}  // namespace signpost::layout_detail

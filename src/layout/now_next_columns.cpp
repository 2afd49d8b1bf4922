#include "layout/now_next_columns.h"

#include <algorithm>
#include <optional>

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

ColumnLabels column_labels(PageContext& pc, const Columns& col) {
    const Sizes& z = pc.sizes;
    const auto one = [&](Label key, Tone tone, float w) {
        TextBlock b = bilingual_block(pc.ts, pc.pick(label(key)),
                                      {z.scan_bold, z.secondary_of(z.scan), 1, 1, tone, tone}, w,
                                      pc.inline_gap());
        if (b.lines.size() > 1)
            b.lines.resize(1);
        return b;
    };
    return {one(Label::now, Tone::now, col.now), one(Label::next, Tone::next, col.next)};
}

void draw_column_labels(Canvas& c, PageContext& pc, const ColumnLabels& labels, const Columns& col,
                        float x, float y) {
    draw_block(c, labels.now, "column-now", x + col.now_x, y, labels.now.width(), HAlign::left,
               pc.theme.ink, pc.theme, pc.theme.background);
    draw_block(c, labels.next, "column-next", x + col.next_x, y, labels.next.width(), HAlign::left,
               pc.theme.ink, pc.theme, pc.theme.background);
}

Row building_row(PageContext& pc, const Building* building, bool own, float width,
                 const Columns& col, const ColumnLabels* labels) {
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
    const float labels_x = labels ? col.now_x - col.gutter : 0;
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
        // Beside the labels when the name can end before the now column
        // without its translation.
        const float line_w = name.width() + (here_below ? 0 : here_w);
        if (labels && line_w > labels_x) {
            TextBlock first = one_line({pc.pick(building->name).primary, {}},
                                       labels_x - (here_below ? 0 : here_w));
            if (!first.truncated && !first.empty()) {
                name = std::move(first);
            }
        }
    }
    const float name_h = name.height();
    const float here_y = here_below ? name_h + u / 2 : 0;  // from the content's top
    const float first_line = here_below ? name_h : std::max(name_h, here.height);
    const float name_right = name.width() + (here_below ? 0 : here_w);
    // The labels on the name's line, else on the chip's (under the name),
    // else on a line of their own.
    const bool beside_name = labels && name_right <= labels_x;
    const bool beside_here = labels && !beside_name && here_below && here.width + 3 * u <= labels_x;
    const float here_bottom = here_below ? here_y + here.height : 0;
    float labels_top = 0;
    if (labels && !beside_name) {
        labels_top = beside_here ? here_y : std::max(first_line, here_bottom);
    }
    const float labels_h = labels ? labels->height() : 0;
    // A thin divider: the line(s) with a little air above, little below (the
    // first room's rule follows).
    const float top = 1.5f * u;
    const float content = std::max({first_line, here_bottom, labels_top + labels_h});
    Row row;
    row.group_header = true;
    row.height = top + content + u / 2;
    row.words = name.words;
    std::optional<ColumnLabels> own_labels;
    if (labels) {
        own_labels = *labels;
    }
    ItemIdentity identity;
    if (building) {
        identity.building = building->id;
    }
    row.draw = [&pc, name = std::move(name), here, here_below, here_y, top, col, labels_top,
                own_labels = std::move(own_labels), identity](Canvas& c, float x, float y, float) {
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
        if (own_labels) {
            draw_column_labels(c, pc, *own_labels, col, x, y + top + labels_top);
        }
    };
    return row;
}

}  // namespace signpost::layout_detail

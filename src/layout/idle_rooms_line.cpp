#include "layout/idle_rooms_line.h"

#include <string>

#include "layout/labels.h"

namespace signpost::layout_detail {

Row idle_line(PageContext& pc, const std::vector<size_t>& rooms, std::chrono::minutes look_ahead,
              float width) {
    const Sizes& z = pc.sizes;
    const Venue& venue = pc.ctx.schedule->venue();
    const LabelArg n{"n", LocalizedText::plain(std::to_string(look_ahead.count()))};
    TextBlock line =
        one_line_bilingual(pc.ts, pc.pick(label(Label::idle_rooms, {&n, 1})),
                           {z.detail, z.detail, 1, 1, Tone::secondary}, width, pc.inline_gap(), 0);
    std::string names;
    for (size_t r : rooms) {
        const Bilingual name = pc.listed_name(venue.rooms[r], false);
        names +=
            (names.empty() ? "" : ", ") + (name.primary.empty() ? venue.rooms[r].id : name.primary);
    }
    // The names after the words when they all fit there; else under them,
    // on up to three lines: a name cut off is a room a visitor cannot find.
    if (pc.ts.width(names, z.detail) <= width - line.width() - 2 * pc.inline_gap()) {
        append_run(pc.ts, line, make_run(pc.ts, std::move(names), z.detail, Tone::primary), width,
                   2 * pc.inline_gap());
    } else {
        append_block(line, text_block(pc.ts, names, z.detail, Tone::primary, width, 3));
    }
    const float pad = 0.75f * z.unit;
    Row row;
    row.height = pad + line.height() + pad;
    row.words = line.words;
    row.draw = [&pc, line = std::move(line), pad](Canvas& c, float x, float y, float w) {
        c.rect("row-rule", {x, y, w, pc.sizes.unit / 3}, pc.theme.divider);
        draw_block(c, line, "idle-rooms", x, y + pad, w, HAlign::left, pc.theme.ink, pc.theme,
                   pc.theme.background);
    };
    return row;
}

}  // namespace signpost::layout_detail

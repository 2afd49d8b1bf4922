#include "layout/emergency_page.h"

#include <algorithm>
#include <cmath>

#include "layout/canvas.h"
#include "layout/date_format.h"
#include "layout/labels.h"

namespace signpost::layout_detail {

DisplayList layout_emergency(PageContext& pc, const Announcement& emergency) {
    const Sizes& z = pc.sizes;
    const Theme& t = pc.theme;
    const float u = z.unit;
    const Color red = t.emergency;
    const Ink& ink = t.emergency_ink;
    Canvas canvas(z);
    canvas.rect("emergency-background", {0, 0, z.width, z.height}, red);

    const Rect safe = z.safe;
    // Bottom line: location and clock, detail tier.
    const LineMetrics detail = pc.ts.line(z.detail_bold);
    const float bottom_y = safe.bottom() - detail.height;
    const std::string clock = clock_text(pc.zone, pc.ctx.now);
    const float clock_w = pc.ts.width(clock, z.detail_bold);
    canvas.text("clock", {safe.right() - clock_w, bottom_y, clock_w, detail.height}, clock,
                z.detail_bold, legible_on(ink.primary, red), HAlign::right, detail.ascent);
    TextBlock loc = bilingual_block(pc.ts, pc.pick(pc.ctx.config.location_name),
                                    {z.detail_bold, z.detail, 1, 1},
                                    std::max(0.0f, safe.w - clock_w - 4 * u), pc.inline_gap());
    if (loc.lines.size() > 1)
        loc.lines.resize(1);
    draw_block(canvas, loc, "location", safe.x, bottom_y, safe.w, HAlign::left, ink, t, red);

    // Heading: the word "Emergency" in both languages.
    float y = safe.y;
    TextBlock heading =
        bilingual_block(pc.ts, pc.pick(label(Label::emergency_title)),
                        {z.glance_bold, z.secondary_of(z.glance), 1, 1}, safe.w, pc.inline_gap());
    y += draw_block(canvas, heading, "emergency-title", safe.x, y, safe.w, HAlign::left, ink, t,
                    red);
    y += 3 * u;
    canvas.rect("emergency-rule", {safe.x, y, safe.w, u}, ink.primary);
    y += 4 * u;

    const float bottom = bottom_y - 4 * u;
    Rect text_area{safe.x, y, safe.w, std::max(0.0f, bottom - y)};
    if (emergency.direction) {
        // The exit arrow: a third of the short side, left of the text (right
        // for "right"); on a portrait screen, above the text.
        const Arrow a = *emergency.direction;
        const float side = std::min({0.3f * kShortSideDu, text_area.h, text_area.w / 2});
        const float len = side;
        const float thick = len / 1.6f;
        const bool horizontal = a == Arrow::left || a == Arrow::right;
        const float bw = horizontal ? len : thick;
        const float bh = horizontal ? thick : len;
        const float gap = 1.5f * kGlanceCap;
        const bool right = a == Arrow::right;
        if (z.portrait) {
            const float ax = right ? text_area.right() - bw : text_area.x;
            canvas.arrow("exit-arrow", {ax, text_area.y, bw, bh}, a, ink.primary);
            text_area.y += bh + gap;
            text_area.h = std::max(0.0f, text_area.h - bh - gap);
        } else {
            const float ax =
                right ? text_area.right() - side + (side - bw) / 2 : text_area.x + (side - bw) / 2;
            canvas.arrow("exit-arrow", {ax, text_area.y + (side - bh) / 2, bw, bh}, a, ink.primary);
            if (!right) {
                text_area.x += side + gap;
            }
            text_area.w = std::max(0.0f, text_area.w - side - gap);
        }
    }

    Bilingual text = pc.pick(emergency.text);
    if (text.primary.empty()) {
        text = pc.pick(label(Label::emergency_default));
    }
    // Both languages whole when the area holds them; else lines are taken
    // from whichever language uses more height, keeping at least one each.
    const TextStyle first = z.glance_bold;
    const TextStyle second = z.secondary_of(z.glance);
    const float h1 = pc.ts.line(first).height;
    const float h2 = pc.ts.line(second).height;
    const float gap = 2 * u;
    constexpr int kUnbounded = 1000;
    int lines1 = std::max<int>(
        1, static_cast<int>(pc.ts.fit(text.primary, first, text_area.w, kUnbounded).lines.size()));
    int lines2 = text.secondary.empty()
                     ? 0
                     : static_cast<int>(
                           pc.ts.fit(text.secondary, second, text_area.w, kUnbounded).lines.size());
    const auto height = [&] { return lines1 * h1 + (lines2 > 0 ? gap + lines2 * h2 : 0); };
    while (height() > text_area.h && (lines1 > 1 || lines2 > 1)) {
        if ((lines1 * h1 >= lines2 * h2 && lines1 > 1) || lines2 <= 1) {
            --lines1;
        } else {
            --lines2;
        }
    }
    if (height() > text_area.h) {
        lines2 = 0;  // a screen too small for both: the first language alone
    }
    TextBlock block = text_block(pc.ts, text.primary, first, Tone::primary, text_area.w, lines1);
    const float used = draw_block(canvas, block, "emergency-text", text_area.x, text_area.y,
                                  text_area.w, HAlign::left, ink, t, red);
    if (lines2 > 0) {
        TextBlock en =
            text_block(pc.ts, text.secondary, second, Tone::secondary, text_area.w, lines2);
        for (auto& line : en.lines) {
            for (auto& run : line.runs)
                run.second_language = true;
        }
        draw_block(canvas, en, "emergency-text", text_area.x, text_area.y + used + gap, text_area.w,
                   HAlign::left, ink, t, red);
    }
    return canvas.finish(red);
}

}  // namespace signpost::layout_detail

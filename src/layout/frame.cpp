#include "layout/frame.h"

#include <algorithm>
#include <span>
#include <string>

#include "layout/date_format.h"
#include "layout/labels.h"
#include "layout/title_key.h"

namespace signpost::layout_detail {
namespace {

// Landscape: one row, as tall as the glance line or the location-over-date
// block beside the clock, whichever is taller. Portrait (stacked): the title
// and clock, the title's translation, then location and date.
struct HeaderRows {
    float title = 0;        // title and clock
    float translation = 0;  // portrait: the title's second language
    float location = 0;     // portrait: location and date
    float total = 0;
};

// The feed's state fills the footer beside the page indicator.
float footer_status_width(PageContext& pc);

// Landscape: one line. Portrait: two when the state does not fit on one line
// in both languages (each language then takes a line of its own).
int footer_lines(PageContext& pc) {
    if (!pc.sizes.portrait) {
        return 1;
    }
    const Bilingual state = pc.pick(feed_state_text(pc.ctx.feed, pc.zone, pc.ctx.now));
    const std::string both =
        state.secondary.empty() ? state.primary : state.primary + " \xC2\xB7 " + state.secondary;
    return pc.ts.width(both, pc.sizes.detail) <= footer_status_width(pc) ? 1 : 2;
}

float bar_height(const PageContext& pc) {
    return pc.sizes.unit;
}

// Widest "HH:MM" the glance tier can show: the widest digit four times.
float clock_slot(PageContext& pc) {
    float digit = 0;
    for (char c = '0'; c <= '9'; ++c) {
        digit = std::max(digit, pc.ts.width(std::string(1, c), pc.sizes.glance_bold));
    }
    return 4 * digit + pc.ts.width(":", pc.sizes.glance_bold) + pc.sizes.unit;
}

float indicator_slot(PageContext& pc) {
    float digit = 0;
    for (char c = '0'; c <= '9'; ++c) {
        digit = std::max(digit, pc.ts.width(std::string(1, c), pc.sizes.detail_bold));
    }
    return 4 * digit + pc.ts.width("/", pc.sizes.detail_bold) + pc.sizes.unit;
}

float footer_status_width(PageContext& pc) {
    return std::max(0.0f, pc.sizes.safe.w - indicator_slot(pc) - 3 * pc.sizes.unit);
}

std::string logo_path(const LocationConfig& config) {
    if (!config.theme.logo || config.theme.logo->empty()) {
        return {};
    }
    const auto& logo = *config.theme.logo;
    return (logo.is_relative() && !config.base_dir.empty() ? config.base_dir / logo : logo)
        .string();
}

// Portrait: the page title's translation gets a row of its own unless every
// title of the pages that take turns (directory and now/next; the waiting
// page stands alone) has it fit beside, so the header is the same height on
// every page of the cycle and no row stands empty.
bool titles_fit_on_one_line(PageContext& pc) {
    const Sizes& s = pc.sizes;
    float title_w = s.safe.w - clock_slot(pc) - 3 * s.unit;
    if (!logo_path(pc.ctx.config).empty()) {
        title_w -= pc.ts.line(s.glance_bold).height + 3 * s.unit;
    }
    const bool waiting = !pc.ctx.schedule || pc.ctx.clock_untrusted;
    const Label cycle[] = {Label::page_directory, Label::page_now_next};
    const Label alone[] = {pc.ctx.clock_untrusted ? Label::page_waiting_clock
                                                  : Label::page_waiting};
    for (Label l : waiting ? std::span<const Label>(alone) : std::span<const Label>(cycle)) {
        const Bilingual b = pc.pick(label(l));
        float w = pc.ts.width(b.primary, s.glance_bold);
        if (!b.secondary.empty()) {
            w += pc.inline_gap() + pc.ts.width(b.secondary, s.secondary_of(s.glance));
        }
        if (w > title_w) {
            return false;
        }
    }
    return true;
}

HeaderRows header_rows(PageContext& pc) {
    HeaderRows r;
    const Sizes& s = pc.sizes;
    const float glance = pc.ts.line(s.glance_bold).height;
    const float detail = pc.ts.line(s.detail_bold).height;
    if (s.portrait) {
        r.title = glance;
        r.translation =
            titles_fit_on_one_line(pc) ? 0 : pc.ts.line(s.secondary_of(s.glance)).height;
        r.location = detail;
    } else {
        r.title = std::max(glance, 2 * detail);
    }
    r.total = r.title + r.translation + r.location;
    return r;
}

}  // namespace

FrameGeometry frame_geometry(PageContext& pc) {
    const Rect safe = pc.sizes.safe;
    const float u = pc.sizes.unit;
    const HeaderRows rows = header_rows(pc);
    FrameGeometry f;
    f.header = {safe.x, safe.y, safe.w, rows.total};
    const float footer_h =
        bar_height(pc) + u + footer_lines(pc) * pc.ts.line(pc.sizes.detail).height;
    f.footer = {safe.x, safe.bottom() - footer_h, safe.w, footer_h};
    // The header's rule sits 1.5u under it; the body starts 1.5u under the rule.
    const float body_top = f.header.bottom() + 3.5f * u;
    const float body_bottom = f.footer.y - 2 * u;
    f.body = {safe.x, body_top, safe.w, std::max(0.0f, body_bottom - body_top)};
    return f;
}

void draw_header(Canvas& canvas, PageContext& pc, const FrameGeometry& frame,
                 const LocalizedText& page_title, bool title_key) {
    const Sizes& s = pc.sizes;
    const Theme& t = pc.theme;
    const float u = s.unit;
    const HeaderRows rows = header_rows(pc);
    const Rect h = frame.header;

    // Clock: right of the first row, in a slot wide enough for any time. An
    // untrusted clock's time and date would be wrong: the slot stays empty.
    const bool show_time = !pc.ctx.clock_untrusted;
    const float clock_w = clock_slot(pc);
    const LineMetrics glance = pc.ts.line(s.glance_bold);
    if (show_time) {
        canvas.text(
            "clock",
            {h.right() - clock_w, h.y + (rows.title - glance.height) / 2, clock_w, glance.height},
            clock_text(pc.zone, pc.ctx.now), s.glance_bold, legible_on(t.ink.primary, t.background),
            HAlign::right, glance.ascent);
    }

    // Location over date: under the title in portrait, beside the clock in landscape.
    const std::string date =
        show_time ? pc.pick(date_text(pc.zone, pc.ctx.now)).primary : std::string();
    const Bilingual loc = pc.pick(pc.ctx.config.location_name);
    const float line_h = pc.ts.line(s.detail_bold).height;
    const float line_ascent = pc.ts.line(s.detail).ascent;
    float title_right = h.right() - clock_w - 3 * u;
    if (s.portrait) {
        const float row_y = h.y + rows.title + rows.translation;
        const float date_w = std::min(pc.ts.width(date, s.detail), h.w / 2);
        if (show_time) {
            canvas.text("date", {h.right() - date_w, row_y, date_w, line_h},
                        pc.ts.ellipsize(date, s.detail, date_w), s.detail,
                        legible_on(t.ink.primary, t.background), HAlign::right, line_ascent);
        }
        const float loc_w = std::max(0.0f, h.w - date_w - 3 * u);
        TextBlock loc_block =
            bilingual_block(pc.ts, loc, {s.detail_bold, s.detail, 1, 1}, loc_w, pc.inline_gap());
        loc_block.lines.resize(std::min<size_t>(loc_block.lines.size(), 1));
        draw_block(canvas, loc_block, "location", h.x, row_y, loc_w, HAlign::left, t.ink, t,
                   t.background);
    } else {
        // At most 30 % of the row, right-aligned against the clock.
        const float max_w = 0.3f * h.w;
        TextBlock loc_block =
            bilingual_block(pc.ts, loc, {s.detail_bold, s.detail, 1, 1}, max_w, pc.inline_gap());
        loc_block.lines.resize(std::min<size_t>(loc_block.lines.size(), 1));
        const std::string date_fit = pc.ts.ellipsize(date, s.detail, max_w);
        const float date_w = pc.ts.width(date_fit, s.detail);
        const float block_w = std::max(loc_block.width(), date_w);
        const float right = title_right;
        const float top = h.y + (rows.title - 2 * line_h) / 2;
        draw_block(canvas, loc_block, "location", right - block_w, top, block_w, HAlign::right,
                   t.ink, t, t.background);
        if (show_time) {
            canvas.text("date", {right - date_w, top + line_h, date_w, line_h}, date_fit, s.detail,
                        legible_on(t.ink.primary, t.background), HAlign::right, line_ascent);
        }
        title_right = right - block_w - 4 * u;
    }

    float title_x = h.x;
    if (const std::string logo = logo_path(pc.ctx.config); !logo.empty()) {
        const float side = pc.ts.line(s.glance_bold).height;
        canvas.image("logo", {h.x, h.y + (rows.title - side) / 2, side, side}, logo);
        title_x += side + 3 * u;
    }
    const float title_w = std::max(0.0f, title_right - title_x);
    BilingualStyle title_style{s.glance_bold, s.secondary_of(s.glance), 1, 1};
    const Bilingual title = pc.pick(page_title);
    TextBlock block;
    if (s.portrait) {
        block = bilingual_block(pc.ts, title, title_style, title_w, pc.inline_gap());
    } else {
        // Landscape keeps one title row: the translation only when it fits beside.
        block = bilingual_block(pc.ts, {title.primary, {}}, title_style, title_w, 0);
        if (!title.secondary.empty() && block.lines.size() == 1 && !block.truncated) {
            TextBlock beside = bilingual_block(pc.ts, title, title_style, title_w, pc.inline_gap());
            if (beside.lines.size() == 1) {
                block = std::move(beside);
            }
        }
    }
    if (title_key) {
        block = tint_title_key(pc, std::move(block));
    }
    const float title_top = h.y + (rows.title - pc.ts.line(s.glance_bold).height) / 2;
    draw_block(canvas, block, "page-title", title_x, title_top, title_w, HAlign::left, t.ink, t,
               t.background);

    canvas.rect("header-rule", {h.x, h.bottom() + 1.5f * u, h.w, u / 2}, t.divider);
}

void draw_footer(Canvas& canvas, PageContext& pc, const FrameGeometry& frame, int page, int pages,
                 double dwell_progress) {
    const Sizes& s = pc.sizes;
    const Theme& t = pc.theme;
    const float u = s.unit;
    const Rect f = frame.footer;

    const float bar_h = bar_height(pc);
    canvas.rect("dwell-track", {f.x, f.y, f.w, bar_h}, t.track, bar_h / 2);
    const float progress = static_cast<float>(std::clamp(dwell_progress, 0.0, 1.0));
    if (progress > 0) {
        canvas.rect("dwell-progress", {f.x, f.y, f.w * progress, bar_h}, t.accent, bar_h / 2);
    }

    const float text_y = f.y + bar_h + u;
    const float slot = indicator_slot(pc);
    const LineMetrics line = pc.ts.line(s.detail);
    if (pages > 1) {
        canvas.text("page-indicator", {f.right() - slot, text_y, slot, line.height},
                    std::to_string(page) + "/" + std::to_string(pages), s.detail_bold,
                    legible_on(t.ink.primary, t.background), HAlign::right, line.ascent);
    }

    const float status_w = footer_status_width(pc);
    const int lines = footer_lines(pc);
    const Bilingual state = pc.pick(feed_state_text(pc.ctx.feed, pc.zone, pc.ctx.now));
    // Both languages on one line when they fit; with two lines (portrait),
    // each language on a line of its own rather than a sentence broken in
    // the middle; else the first language alone.
    TextBlock block;
    if (!state.secondary.empty()) {
        block = text_block(pc.ts, state.primary + " \xC2\xB7 " + state.secondary, s.detail,
                           Tone::secondary, status_w, 1);
        if (block.truncated && lines >= 2) {
            block = text_block(pc.ts, state.primary, s.detail, Tone::secondary, status_w, 1);
            TextBlock below =
                translation_block(pc.ts, state.secondary, s.detail, Tone::secondary, status_w, 1);
            append_block(block, std::move(below));
        }
    }
    if (block.empty() || (block.truncated && block.lines.size() < 2)) {
        block = text_block(pc.ts, state.primary, s.detail, Tone::secondary, status_w, lines);
    }
    draw_block(canvas, block, "feed-state", f.x, text_y, status_w, HAlign::left, t.ink, t,
               t.background);
}

LocalizedText feed_state_text(const FeedFreshness& feed, const TimeZone& zone, Instant now) {
    using State = FeedFreshness::State;
    if (feed.state == State::none) {
        return label(Label::feed_none);
    }
    if (!feed.updated_at) {
        return label(feed.state == State::fresh ? Label::feed_up_to_date
                                                : Label::feed_offline_unknown);
    }
    const Instant at = *feed.updated_at;
    // The time alone on the same venue day, with the date on another.
    const LocalizedText when = zone.local_day_number(at) == zone.local_day_number(now)
                                   ? LocalizedText::plain(clock_text(zone, at))
                                   : date_time_text(zone, at);
    if (feed.state == State::fresh) {
        const LabelArg args[] = {{"time", when}};
        return label(Label::feed_updated, args);
    }
    const LabelArg args[] = {{"time", when}, {"ago", age_label((now - at).count())}};
    return label(Label::feed_offline, args);
}

}  // namespace signpost::layout_detail

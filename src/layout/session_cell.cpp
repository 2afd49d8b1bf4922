#include "layout/session_cell.h"

#include <algorithm>

#include "layout/date_format.h"
#include "layout/labels.h"
#include "layout/session_tags.h"

namespace signpost::layout_detail {
namespace {

// A first-language title split at a word boundary: the words that fit in
// `width` on a line already holding a time and its tags, and the rest. `first`
// is empty when not even the first word fits there.
struct TitleSplit {
    std::string first;
    std::string rest;
};

TitleSplit split_at_width(Typesetter& ts, const std::string& text, TextStyle style, float width) {
    if (ts.width(text, style) <= width) {
        return {text, {}};
    }
    size_t best = std::string::npos;
    for (size_t i = text.find(' '); i != std::string::npos; i = text.find(' ', i + 1)) {
        if (i == 0)
            continue;
        if (ts.width(std::string_view(text).substr(0, i), style) > width) {
            break;
        }
        best = i;
    }
    if (best == std::string::npos) {
        return {{}, text};
    }
    size_t rest = best;
    while (rest < text.size() && text[rest] == ' ')
        ++rest;
    return {text.substr(0, best), text.substr(rest)};
}

void set_role(TextBlock& block, const std::string& role) {
    for (auto& line : block.lines) {
        for (auto& run : line.runs)
            run.role = role;
    }
}

std::string joined_speakers(const Session& s) {
    std::string out;
    for (const auto& name : s.speakers) {
        if (!out.empty())
            out += ", ";
        out += name;
    }
    return out;
}

// One session in a compact cell: the head line holds the time (`lead`), the
// tags and as many words of the first-language title as fit; the title takes
// at most `title_lines` lines in all (all of them under the head line when no
// word fits on it; with one line, it is cut on the head line),
// then the second language on one line, with `trailer` (speakers) after it
// when there is room. Kind tags that gave way to the title's first word
// stand before the translation (and the speakers give way to them). A short title shares one line
// with its translation.
void add_session_lines(PageContext& pc, Cell& cell, const std::string& prefix, TextBlock lead,
                       std::vector<Chip> tags, const Bilingual& title, TextStyle title_style,
                       Tone title_tone, float width, const std::string& trailer, int title_lines,
                       size_t keep_tags) {
    const Sizes& z = pc.sizes;
    const float gap = chip_gap(pc);
    const float lead_w = lead.width();
    const auto used = [&] {
        const float cw = chips_width(tags, gap);
        return lead_w + (cw > 0 ? (lead_w > 0 ? gap : 0) + cw : 0);
    };
    // Tags in one language when both do not fit beside the time; the least
    // important (last) go when even that is too wide.
    while (!tags.empty() && used() > width) {
        tags.pop_back();
    }
    const std::string role = prefix + "-title";
    float rest_w = 0;
    TitleSplit split{{}, title.primary};
    // The title's first word matters more than a kind tag (tags after the
    // first `keep_tags` give way to it); a tag that gives way stands before
    // the translation instead, when there is one and it leaves that words.
    std::vector<Chip> given_way;
    for (;;) {
        const float taken = used();
        rest_w = width - taken - (taken > 0 ? gap : 0);
        split = {{}, title.primary};
        if (rest_w >= 4 * z.detail.size) {
            split = split_at_width(pc.ts, title.primary, title_style, rest_w);
            if (title_lines < 2 && !split.rest.empty()) {
                split = {title.primary, {}};  // one line: cut after the time
            }
        }
        if (!split.first.empty() || tags.size() <= keep_tags) {
            break;
        }
        given_way.insert(given_way.begin(), std::move(tags.back()));
        tags.pop_back();
    }
    TextBlock head_title;
    bool translation_done = title.secondary.empty();
    if (!split.first.empty()) {
        head_title = text_block(pc.ts, split.first, title_style, title_tone, rest_w, 1);
        set_role(head_title, role);
        if (split.rest.empty() && !translation_done) {
            TextRun en = make_run(pc.ts, title.secondary, z.detail, Tone::secondary, true);
            en.role = role;
            if (head_title.width() + pc.inline_gap() + en.width <= rest_w) {
                append_run(pc.ts, head_title, std::move(en), rest_w, pc.inline_gap());
                translation_done = true;
            }
        }
    }
    cell.add_lead_chips_line(prefix + "-head", std::move(lead), std::move(tags),
                             std::move(head_title));
    if (!split.rest.empty()) {
        TextBlock more = text_block(pc.ts, split.rest, title_style, title_tone, width,
                                    split.first.empty() ? title_lines : title_lines - 1);
        set_role(more, role);
        cell.add_text(role, std::move(more));
    }
    TextBlock last;
    const float given_w = chips_width(given_way, gap);
    const bool tags_below =
        !translation_done && given_w > 0 && width - given_w - gap >= 6 * z.detail.size;
    if (!translation_done) {
        last = translation_block(pc.ts, title.secondary, z.detail, Tone::secondary,
                                 tags_below ? width - given_w - gap : width, 1);
    }
    if (tags_below) {
        set_role(last, role);
        cell.add_chips(prefix + "-head", std::move(given_way), std::move(last), 0);
        return;
    }
    if (!trailer.empty()) {
        const float line_w = last.empty() ? 0 : last.lines.back().width;
        const float room = width - line_w - (line_w > 0 ? pc.inline_gap() : 0);
        // Speakers only where they fit in a few words' room: they never take a line.
        if (!last.empty() && room >= 4 * z.detail.size) {
            std::string fitted = pc.ts.ellipsize(trailer, z.detail, room);
            if (!fitted.empty()) {
                TextRun run = make_run(pc.ts, std::move(fitted), z.detail, Tone::secondary);
                run.role = prefix + "-speakers";
                append_run(pc.ts, last, std::move(run), width, pc.inline_gap());
            }
        }
    }
    cell.add_text(role, std::move(last));
}

}  // namespace

NowCell now_cell(PageContext& pc, const Session* s, float width, int title_lines, bool speakers,
                 bool empty_on_two_lines) {
    const Sizes& z = pc.sizes;
    NowCell out;
    Cell& cell = out.cell;
    if (!s) {
        // The translation beside the words when it fits there, else under
        // them, or (in a row of one line) left out.
        const Bilingual text = pc.pick(label(Label::nothing_now));
        const BilingualStyle style{z.detail, z.detail, 1, 1, Tone::secondary};
        cell.add_text("now-empty", empty_on_two_lines
                                       ? bilingual_block(pc.ts, text, style, width, pc.inline_gap())
                                       : one_line_bilingual(pc.ts, text, style, width,
                                                            pc.inline_gap(), 4 * z.detail.size));
        return out;
    }
    const Schedule& schedule = *pc.ctx.schedule;
    TextBlock time = text_block(pc.ts, time_range_text(pc.zone, s->start, s->end), z.detail_bold,
                                Tone::primary, width, 1);
    set_role(time, "now-time");
    out.time_width = time.width();
    const float gap = chip_gap(pc);
    // Each tag no wider than the room after the time (a long one is cut).
    const float tag_room = std::max(0.0f, width - time.width() - gap);
    // Bilingual tags only when the title's first line still fits whole after
    // them: the title's own translation is on the line under it.
    const Bilingual title = pc.pick(s->title);
    std::vector<Chip> tags = session_tags(pc, schedule, *s, tag_room, true);
    if (time.width() + gap + chips_width(tags, gap) + gap +
            pc.ts.width(title.primary, z.detail_bold) >
        width) {
        tags = session_tags(pc, schedule, *s, tag_room, true, false);
    }
    const bool cancelled = s->status == SessionStatus::cancelled;
    size_t status_tags = session_tags(pc, schedule, *s, tag_room, false, false).size();
    // A status that would be cut beside the time (a narrow column: "moved to"
    // loses its room) takes a line of its own first, whole.
    std::vector<Chip> status = session_tags(pc, schedule, *s, width, false);
    if (chips_width(status, gap) > width) {
        status = session_tags(pc, schedule, *s, width, false, false);
    }
    if (!status.empty() && time.width() + gap + chips_width(status, gap) > width) {
        cell.add_chips("now-status", std::move(status), {}, 0);
        tags.clear();
        status_tags = 0;
    }
    // What is on now is what a visitor came to read: its title in the first
    // language takes up to two lines (the head line and one under it) before
    // it is cut, its translation one more. A title that fits on the head line
    // keeps the cell at two lines.
    add_session_lines(pc, cell, "now", std::move(time), std::move(tags), title, z.detail_bold,
                      cancelled ? Tone::secondary : Tone::primary, width,
                      speakers ? joined_speakers(*s) : std::string(), title_lines, status_tags);
    if (!cancelled) {
        const auto total = (s->end - s->start).count();
        out.progress =
            total > 0 ? static_cast<float>((pc.ctx.now - s->start).count()) / total : 0.0f;
    }
    return out;
}

Cell slot_title_cell(PageContext& pc, const Session& s, float width, bool now) {
    const Sizes& z = pc.sizes;
    const Schedule& schedule = *pc.ctx.schedule;
    Cell cell;
    // What is on now as in now_cell (kind and status tags, the title in
    // bold); what comes next as in next_cell (status tags only). Tags in
    // one language when both would leave the title no words.
    const Bilingual title = pc.pick(s.title);
    const TextStyle style = now ? z.detail_bold : z.detail;
    std::vector<Chip> tags = session_tags(pc, schedule, s, width, now);
    if (chips_width(tags, chip_gap(pc)) + chip_gap(pc) + 4 * z.detail.size > width) {
        tags = session_tags(pc, schedule, s, width, now, false);
    }
    const size_t keep = session_tags(pc, schedule, s, width, false, false).size();
    const bool cancelled = s.status == SessionStatus::cancelled;
    add_session_lines(pc, cell, now ? "now" : "next", TextBlock{}, std::move(tags),
                      {title.primary, {}}, style,
                      cancelled && now ? Tone::secondary : Tone::primary, width, {}, 1, keep);
    return cell;
}

namespace {

// The start of the next session: the time today, with the date on another day.
TextBlock next_start(PageContext& pc, const Session& s, float width) {
    const bool today = pc.zone.local_day_number(s.start) == pc.zone.local_day_number(pc.ctx.now);
    const std::string when =
        today ? clock_text(pc.zone, s.start) : pc.pick(date_time_text(pc.zone, s.start)).primary;
    TextBlock head = text_block(pc.ts, when, pc.sizes.detail_bold, Tone::next, width, 1);
    set_role(head, "next-time");
    return head;
}

}  // namespace

Cell next_line_cell(PageContext& pc, const Session* s, float width) {
    const Sizes& z = pc.sizes;
    Cell cell;
    if (!s) {
        // Both languages whole: beside each other, or the translation under.
        cell.add_text("next-empty", bilingual_block(pc.ts, pc.pick(label(Label::no_more_today)),
                                                    {z.detail, z.detail, 1, 1, Tone::secondary},
                                                    width, pc.inline_gap()));
        return cell;
    }
    TextBlock head = next_start(pc, *s, width);
    const float gap = chip_gap(pc);
    // Status only (cancelled, moved, full), whole before the title: in both
    // languages when the title's first language still fits after them, else
    // in one; the title takes what is left, or gives way.
    const float tag_room = std::max(0.0f, width - head.width() - gap);
    const Bilingual title_text = pc.pick(s->title);
    std::vector<Chip> tags = session_tags(pc, *pc.ctx.schedule, *s, tag_room, false);
    if (head.width() + gap + chips_width(tags, gap) + gap +
            pc.ts.width(title_text.primary, z.detail) >
        width) {
        tags = session_tags(pc, *pc.ctx.schedule, *s, tag_room, false, false);
    }
    // A status that would be cut beside the time goes whole on a line of
    // its own under it.
    std::vector<Chip> below = session_tags(pc, *pc.ctx.schedule, *s, width, false, false);
    if (!below.empty() && head.width() + gap + chips_width(below, gap) > width) {
        std::vector<Chip> both = session_tags(pc, *pc.ctx.schedule, *s, width, false);
        if (chips_width(both, gap) <= width) {
            below = std::move(both);
        }
        tags.clear();
    } else {
        below.clear();
    }
    const float used = head.width() + (tags.empty() ? 0 : gap + chips_width(tags, gap));
    const float title_w = width - used - gap;
    TextBlock title;
    if (title_w >= 4 * z.detail.size) {
        title = one_line_bilingual(pc.ts, title_text, {z.detail, z.detail, 1, 1}, title_w,
                                   pc.inline_gap(), 6 * z.detail.size);
        set_role(title, "next-title");
    }
    cell.add_lead_chips_line("next-head", std::move(head), std::move(tags), std::move(title));
    if (!below.empty()) {
        cell.add_chips("next-status", std::move(below), {}, 0);
    }
    return cell;
}

Cell next_cell(PageContext& pc, const Session* s, float width, int title_lines) {
    const Sizes& z = pc.sizes;
    const float gap = pc.inline_gap();
    Cell cell;
    if (!s) {
        cell.add_text("next-empty",
                      bilingual_block(pc.ts, pc.pick(label(Label::no_more_today)),
                                      {z.detail, z.detail, 1, 1, Tone::secondary}, width, gap));
        return cell;
    }
    TextBlock head = next_start(pc, *s, width);
    const float tag_room = std::max(0.0f, width - head.width() - chip_gap(pc));
    std::vector<Chip> tags = session_tags(pc, *pc.ctx.schedule, *s, tag_room, false);
    if (head.width() + chip_gap(pc) + chips_width(tags, chip_gap(pc)) > width) {
        tags = session_tags(pc, *pc.ctx.schedule, *s, tag_room, false, false);
    }
    const size_t tags_size = tags.size();
    add_session_lines(pc, cell, "next", std::move(head), std::move(tags), pc.pick(s->title),
                      z.detail, Tone::primary, width, {}, title_lines, tags_size);
    return cell;
}

}  // namespace signpost::layout_detail

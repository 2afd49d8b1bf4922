#include "layout/text_block.h"

#include <algorithm>

#include "layout/utf8_text.h"

namespace signpost::layout_detail {
namespace {

Color tone_colour(Tone tone, const Ink& ink, const Theme& theme) {
    switch (tone) {
        case Tone::primary:
            return ink.primary;
        case Tone::secondary:
            return ink.secondary;
        case Tone::now:
            return theme.now;
        case Tone::next:
            return theme.next;
    }
    return ink.primary;
}

void add_words(TextBlock& block, const TextLine& line) {
    for (const auto& run : line.runs) {
        if (!run.second_language) {
            block.words += count_words(run.text);
        }
    }
}

}  // namespace

float TextBlock::height() const {
    float h = 0;
    for (const auto& l : lines)
        h += l.height;
    return h;
}

float TextBlock::width() const {
    float w = 0;
    for (const auto& l : lines)
        w = std::max(w, l.width);
    return w;
}

Bilingual pick_bilingual(const LocalizedText& text, std::span<const std::string> order) {
    Bilingual out;
    const auto [lang, primary] = text.pick_with_lang(order);
    out.primary = clean_display_text(*primary);
    if (lang.empty()) {
        return out;
    }
    size_t i = 0;
    while (i < order.size() && order[i] != lang)
        ++i;
    for (++i; i < order.size(); ++i) {
        if (const std::string* s = text.get(order[i])) {
            std::string clean = clean_display_text(*s);
            if (!clean.empty() && clean != out.primary) {
                out.secondary = std::move(clean);
            }
            break;
        }
    }
    return out;
}

TextRun make_run(Typesetter& ts, std::string text, TextStyle style, Tone tone,
                 bool second_language) {
    TextRun run{std::move(text), style, tone, second_language, 0, 0, 0, 0, {}};
    run.width = ts.width(run.text, style);
    const LineMetrics m = ts.line(style);
    run.ascent = m.ascent;
    run.height = m.height;
    return run;
}

TextLine make_line(std::vector<TextRun> runs) {
    TextLine line;
    line.runs = std::move(runs);
    float below = 0;  // the deepest part below the baseline
    for (const auto& r : line.runs) {
        line.ascent = std::max(line.ascent, r.ascent);
        below = std::max(below, r.height - r.ascent);
        line.width += r.gap_before + r.width;
    }
    line.height = line.ascent + below;
    return line;
}

TextBlock text_block(Typesetter& ts, std::string_view text, TextStyle style, Tone tone,
                     float max_width, int max_lines) {
    TextBlock block;
    FittedLines fitted = ts.fit(text, style, max_width, max_lines);
    block.truncated = fitted.truncated;
    for (auto& l : fitted.lines) {
        std::vector<TextRun> runs;
        runs.push_back(make_run(ts, std::move(l), style, tone));
        block.lines.push_back(make_line(std::move(runs)));
        add_words(block, block.lines.back());
    }
    return block;
}

TextBlock translation_block(Typesetter& ts, std::string_view text, TextStyle style, Tone tone,
                            float max_width, int max_lines) {
    TextBlock block = text_block(ts, text, style, tone, max_width, max_lines);
    for (auto& line : block.lines) {
        for (auto& run : line.runs)
            run.second_language = true;
    }
    block.words = 0;
    return block;
}

TextBlock bilingual_block(Typesetter& ts, const Bilingual& text, const BilingualStyle& style,
                          float max_width, float gap) {
    TextBlock block = text_block(ts, text.primary, style.primary, style.primary_tone, max_width,
                                 style.primary_lines);
    if (text.secondary.empty() || style.secondary_lines < 1) {
        return block;
    }
    if (block.lines.size() == 1 && !block.truncated) {
        TextRun second = make_run(ts, text.secondary, style.secondary, style.secondary_tone, true);
        second.gap_before = gap;
        if (block.lines[0].width + gap + second.width <= max_width) {
            std::vector<TextRun> runs = block.lines[0].runs;
            runs.push_back(std::move(second));
            block.lines[0] = make_line(std::move(runs));
            return block;
        }
    }
    TextBlock below = translation_block(ts, text.secondary, style.secondary, style.secondary_tone,
                                        max_width, style.secondary_lines);
    block.truncated = block.truncated || below.truncated;
    append_block(block, std::move(below));
    return block;
}

TextBlock one_line_bilingual(Typesetter& ts, const Bilingual& text, const BilingualStyle& style,
                             float max_width, float gap, float min_second) {
    TextBlock block = text_block(ts, text.primary, style.primary, style.primary_tone, max_width, 1);
    if (block.empty() || text.secondary.empty()) {
        return block;
    }
    const float room = max_width - block.width() - gap;
    if (room < min_second) {
        return block;
    }
    std::string second = ts.ellipsize(text.secondary, style.secondary, room);
    if (!second.empty()) {
        append_run(ts, block,
                   make_run(ts, std::move(second), style.secondary, style.secondary_tone, true),
                   max_width, gap);
    }
    return block;
}

void append_run(Typesetter& ts, TextBlock& block, TextRun run, float max_width, float gap) {
    if (!block.lines.empty() && block.lines.back().width + gap + run.width <= max_width) {
        std::vector<TextRun> runs = block.lines.back().runs;
        run.gap_before = gap;
        runs.push_back(std::move(run));
        block.lines.back() = make_line(std::move(runs));
        if (!block.lines.back().runs.back().second_language) {
            block.words += count_words(block.lines.back().runs.back().text);
        }
        return;
    }
    if (run.width > max_width) {
        run.text = ts.ellipsize(run.text, run.style, max_width);
        run.width = ts.width(run.text, run.style);
        block.truncated = true;
    }
    run.gap_before = 0;
    std::vector<TextRun> runs;
    runs.push_back(std::move(run));
    block.lines.push_back(make_line(std::move(runs)));
    add_words(block, block.lines.back());
}

void append_block(TextBlock& block, TextBlock below) {
    block.words += below.words;
    block.truncated = block.truncated || below.truncated;
    for (auto& l : below.lines)
        block.lines.push_back(std::move(l));
}

float draw_block(Canvas& canvas, const TextBlock& block, std::string_view role, float x, float y,
                 float w, HAlign align, const Ink& ink, const Theme& theme, Color backdrop) {
    float top = y;
    for (const auto& line : block.lines) {
        float left = x;
        if (align == HAlign::right) {
            left = x + w - line.width;
        } else if (align == HAlign::center) {
            left = x + (w - line.width) / 2;
        }
        for (const auto& run : line.runs) {
            left += run.gap_before;
            // Runs share the line's baseline, run.ascent below the top of the
            // run's box.
            const Rect box{left, top + line.ascent - run.ascent, run.width, run.height};
            std::string item_role = run.role.empty() ? std::string(role) : run.role;
            if (run.second_language) {
                item_role += "-secondary";
            }
            canvas.text(std::move(item_role), box, run.text, run.style,
                        legible_on(tone_colour(run.tone, ink, theme), backdrop), HAlign::left,
                        run.ascent);
            left += run.width;
        }
        top += line.height;
    }
    return top - y;
}

}  // namespace signpost::layout_detail

#include "render/font_chain.h"

#include <algorithm>
#include <cmath>

#include "render/codepoints.h"
#include "render/line_surface.h"
#include "render/mapped_font.h"
#include "util/log.h"

namespace signpost {
namespace {

// A 4K portrait panel's emergency text stays well below this; anything larger
// is a layout bug, and unbounded sizes would ask FreeType for huge bitmaps.
constexpr float kMaxPixelSize = 1000.0f;

uint64_t face_key(int index, FontWeight weight) {
    return (static_cast<uint64_t>(index) << 1) | static_cast<uint64_t>(weight == FontWeight::bold);
}

uint64_t metrics_key(FontWeight weight, int px) {
    return (static_cast<uint64_t>(weight == FontWeight::bold) << 32) | static_cast<uint64_t>(px);
}

std::string first_codepoints(std::string_view utf8, size_t count) {
    std::string out;
    for (char32_t cp : decode_utf8_lenient(utf8)) {
        if (count-- == 0) {
            break;
        }
        append_utf8(out, cp);
    }
    return out;
}

}  // namespace

FontChain::FontChain(std::vector<ChainFont> fonts, size_t width_cache_entries)
    : fonts_(std::move(fonts)),
      open_failure_reported_(fonts_.size(), false),
      widths_(width_cache_entries) {
    for (const auto& font : fonts_) {
        chain_names_ += chain_names_.empty() ? "" : ", ";
        chain_names_ += font.name;
    }
}

FontChain::~FontChain() = default;

int FontChain::pixel_size(float size_px) {
    if (!std::isfinite(size_px) || size_px < 0.5f) {
        return 0;
    }
    // Rounded up (bar float noise): layout sizes text to the design's minimum
    // character heights, so drawing it a fraction smaller would break them.
    return std::max(1, static_cast<int>(std::ceil(std::min(size_px, kMaxPixelSize) - 0.05f)));
}

int FontChain::checked_pixel_size(float size_px) {
    if (size_px > kMaxPixelSize && !size_cap_reported_) {
        size_cap_reported_ = true;
        log_warning("render", "text size " + std::to_string(size_px) + " px is drawn at " +
                                  std::to_string(static_cast<int>(kMaxPixelSize)) + " px");
    }
    return pixel_size(size_px);
}

TTF_Font* FontChain::font_at(int index, FontWeight weight, int px) {
    // One face per font and weight, its size switched where asked: a face of
    // the CJK collection holds ~2.7 MB of FreeType's tables, and one face per
    // pixel size held tens of MB. A switch costs a glyph-cache flush; the
    // width and text caches in front of it keep switches rare.
    const uint64_t key = face_key(index, weight);
    auto it = open_fonts_.find(key);
    if (it == open_fonts_.end()) {
        it = open_fonts_.emplace(key, OpenFont{open_face(index, weight, px), px}).first;
    }
    OpenFont& open = it->second;
    if (open.font && open.px != px) {
        if (TTF_SetFontSize(open.font.get(), px) != 0) {
            log_warning("render", std::string("cannot set a font to ") + std::to_string(px) +
                                      " px: " + TTF_GetError());
            return nullptr;
        }
        open.px = px;
    }
    return open.font.get();
}

FontPtr FontChain::open_face(int index, FontWeight weight, int px) {
    const ChainFont& chain_font = fonts_[static_cast<size_t>(index)];
    bool use_bold_file = weight == FontWeight::bold && chain_font.bold;
    const FontFile& file = use_bold_file ? *chain_font.bold : chain_font.regular;
    // Each file is mapped once for the chain, whatever faces are opened from it.
    std::string why;
    auto& mapped = files_[file.path.string()];
    if (!mapped) {
        mapped = MappedFont::map(file.path, why);
    }
    FontPtr font = mapped ? mapped->open(px, file.index) : nullptr;
    if (font) {
        // Light hinting keeps Hangul strokes even without distorting shapes.
        TTF_SetFontHinting(font.get(), TTF_HINTING_LIGHT);
        if (weight == FontWeight::bold && !use_bold_file) {
            TTF_SetFontStyle(font.get(), TTF_STYLE_BOLD);
        }
        return font;
    }
    if (why.empty()) {
        why = TTF_GetError();
    }
    // Widths measured while the font opened no longer match what is drawn
    // (its characters now fall back): measure again.
    widths_.clear();
    if (!open_failure_reported_[static_cast<size_t>(index)]) {
        // The file opened when the chain was resolved; it may have gone since.
        open_failure_reported_[static_cast<size_t>(index)] = true;
        log_error("render", "font \"" + chain_font.name + "\" (" + file.path.string() +
                                ") no longer opens, its characters fall back: " + why);
    }
    return nullptr;
}

bool FontChain::has_glyph(int index, FontWeight weight, int px, char32_t cp) {
    TTF_Font* font = font_at(index, weight, px);
    return font && TTF_GlyphIsProvided32(font, cp) != 0;
}

void FontChain::warn_once(char32_t cp, const std::string& message) {
    if (reported_.insert(cp).second) {
        log_warning("render", message);
    }
}

void FontChain::append_missing(std::vector<Run>& runs, char32_t cp, FontWeight weight, int px) {
    warn_once(cp, "no glyph for " + codepoint_name(cp) + " in any font of the chain (" +
                      (chain_names_.empty() ? "no font loaded" : chain_names_) +
                      "); drawn as a replacement");
    int replacement_font = -1;
    for (int i = 0; i < static_cast<int>(fonts_.size()); ++i) {
        if (has_glyph(i, weight, px, kReplacementCharacter)) {
            replacement_font = i;
            break;
        }
    }
    if (runs.empty() || runs.back().font != replacement_font) {
        runs.push_back(Run{replacement_font, {}, 0});
    }
    if (replacement_font >= 0) {
        append_utf8(runs.back().utf8, kReplacementCharacter);
    } else {
        ++runs.back().boxes;
    }
}

std::vector<FontChain::Run> FontChain::split_runs(std::string_view utf8, FontWeight weight,
                                                  int px) {
    std::vector<Run> runs;
    const int font_count = static_cast<int>(fonts_.size());
    for (char32_t cp : decode_utf8_lenient(utf8)) {
        if (cp == '\t') {
            cp = ' ';
        }
        if (is_control(cp)) {
            warn_once(cp, "control character " + codepoint_name(cp) + " in text is left out");
            continue;
        }
        // Spaces and marks stay with the font of the text before them when it
        // has them: a Hangul space keeps Hangul spacing, an accent its letter.
        int current = runs.empty() ? -1 : runs.back().font;
        bool follows_previous = is_space(cp) || is_combining_mark(cp) || is_default_ignorable(cp);
        if (follows_previous && current >= 0 && has_glyph(current, weight, px, cp)) {
            append_utf8(runs.back().utf8, cp);
            continue;
        }
        if (is_default_ignorable(cp)) {
            continue;  // invisible by definition: nothing to replace
        }
        int chosen = -1;
        for (int i = 0; i < font_count && chosen < 0; ++i) {
            if (has_glyph(i, weight, px, cp)) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            append_missing(runs, cp, weight, px);
            continue;
        }
        if (runs.empty() || runs.back().font != chosen) {
            runs.push_back(Run{chosen, {}, 0});
        }
        append_utf8(runs.back().utf8, cp);
    }
    return runs;
}

int FontChain::box_advance(int px) const {
    return std::max(2, static_cast<int>(std::lround(0.6 * px)));
}

int FontChain::run_width(const Run& run, FontWeight weight, int px) {
    if (run.font < 0) {
        return run.boxes * box_advance(px);
    }
    TTF_Font* font = font_at(run.font, weight, px);
    int w = 0;
    int h = 0;
    if (!font || TTF_SizeUTF8(font, run.utf8.c_str(), &w, &h) != 0) {
        return 0;
    }
    return w;
}

FontChain::LineMetrics FontChain::line_metrics(FontWeight weight, int px) {
    uint64_t key = metrics_key(weight, px);
    if (auto it = metrics_cache_.find(key); it != metrics_cache_.end()) {
        return it->second;
    }
    LineMetrics m;
    bool any_font = false;
    for (int i = 0; i < static_cast<int>(fonts_.size()); ++i) {
        // A fallback font no glyph has needed yet is opened for its metrics
        // alone and closed again: lines are as tall whatever fonts they end up
        // using, and a face that draws nothing holds no memory (DejaVu's two
        // faces: 0.7 MB of the kiosk's RSS in the demo, which Noto CJK covers).
        FontPtr measured_only;
        TTF_Font* font = nullptr;
        if (i > 0 && !open_fonts_.contains(face_key(i, weight))) {
            measured_only = open_face(i, weight, px);
            if (!measured_only) {
                // Failed as font_at would have: remembered, not tried again.
                open_fonts_.emplace(face_key(i, weight), OpenFont{nullptr, px});
            }
            font = measured_only.get();
        } else {
            font = font_at(i, weight, px);
        }
        if (!font) {
            continue;
        }
        any_font = true;
        m.ascent = std::max(m.ascent, TTF_FontAscent(font));
        m.descent = std::max(m.descent, -TTF_FontDescent(font));
        m.line_skip = std::max(m.line_skip, TTF_FontLineSkip(font));
        int minx = 0, maxx = 0, miny = 0, maxy = 0, advance = 0;
        if (m.cap_height == 0 && TTF_GlyphIsProvided32(font, 'H') &&
            TTF_GlyphMetrics32(font, 'H', &minx, &maxx, &miny, &maxy, &advance) == 0) {
            m.cap_height = maxy;
        }
    }
    if (!any_font) {
        // No font at all: proportions of a typical sans, so boxes still line up.
        m.ascent = static_cast<int>(std::lround(0.9 * px));
        m.descent = static_cast<int>(std::lround(0.25 * px));
        m.line_skip = m.ascent + m.descent;
    }
    if (m.cap_height <= 0) {
        m.cap_height = static_cast<int>(std::lround(0.7 * px));
    }
    m.line_skip = std::max(m.line_skip, m.ascent + m.descent);
    if (metrics_cache_.size() > 4096) {
        metrics_cache_.clear();  // a layout trying thousands of sizes; rebuilt on demand
    }
    metrics_cache_[key] = m;
    return m;
}

int FontChain::measured_width(std::string_view utf8, FontWeight weight, int px) {
    int total = 0;
    for (const Run& run : split_runs(utf8, weight, px)) {
        total += run_width(run, weight, px);
    }
    return total;
}

float FontChain::text_width(std::string_view utf8, float size_px, FontWeight weight) {
    int px = checked_pixel_size(size_px);
    if (px == 0) {
        return 0;
    }
    if (auto width = widths_.find(utf8, px, weight)) {
        return static_cast<float>(*width);
    }
    // Measured before the entry exists: measuring may open a font that fails
    // and so forget every width (see font_at).
    const int width = measured_width(utf8, weight, px);
    widths_.insert(utf8, px, weight, width);
    return static_cast<float>(width);
}

FontMetrics FontChain::metrics(float size_px, FontWeight weight) {
    int px = checked_pixel_size(size_px);
    if (px == 0) {
        return {};
    }
    LineMetrics m = line_metrics(weight, px);
    return FontMetrics{static_cast<float>(m.ascent), static_cast<float>(m.descent),
                       static_cast<float>(m.line_skip), static_cast<float>(m.cap_height)};
}

void FontChain::draw_run(SDL_Surface* line, const Run& run, int x, FontWeight weight, int px,
                         Color color, const LineMetrics& m) {
    if (run.font < 0) {
        int advance = box_advance(px);
        int inset = std::max(1, static_cast<int>(std::lround(0.08 * px)));
        int stroke = std::max(1, static_cast<int>(std::lround(px / 14.0)));
        for (int k = 0; k < run.boxes; ++k) {
            SDL_Rect box{x + k * advance + inset, m.ascent - m.cap_height, advance - 2 * inset,
                         m.cap_height};
            draw_hollow_box(line, box, stroke, color.a);
        }
        return;
    }
    TTF_Font* font = font_at(run.font, weight, px);
    if (!font) {
        return;
    }
    // SDL_ttf rasterises a whole string into one surface: cut a run that goes
    // past the line's end to the characters that show (plus the one cut in half).
    std::string clipped;
    const char* text = run.utf8.c_str();
    int extent = 0;
    int count = 0;
    size_t run_length = decode_utf8_lenient(run.utf8).size();
    if (TTF_MeasureUTF8(font, text, line->w - x, &extent, &count) == 0 && count >= 0 &&
        static_cast<size_t>(count) < run_length) {
        clipped = first_codepoints(run.utf8, static_cast<size_t>(count) + 1);
        text = clipped.c_str();
    }
    SurfacePtr rendered(
        TTF_RenderUTF8_Blended(font, text, SDL_Color{color.r, color.g, color.b, color.a}));
    if (!rendered) {
        return;  // a run of zero width (only spaces the font draws as nothing)
    }
    // Runs from different fonts share one baseline: each font's own ascent
    // sits below the line's (largest) ascent.
    add_run_coverage(line, rendered.get(), x, m.ascent - TTF_FontAscent(font));
}

SurfacePtr FontChain::render_line(std::string_view utf8, float size_px, FontWeight weight,
                                  Color color, int max_width) {
    int px = checked_pixel_size(size_px);
    if (px == 0 || max_width <= 0) {
        return {};
    }
    std::vector<Run> runs = split_runs(utf8, weight, px);
    LineMetrics m = line_metrics(weight, px);
    std::vector<int> widths;
    int total = 0;
    for (const Run& run : runs) {
        widths.push_back(run_width(run, weight, px));
        total += widths.back();
    }
    int width = std::min(total, max_width);
    int height = m.ascent + m.descent;
    if (width <= 0 || height <= 0) {
        return {};
    }
    SurfacePtr line = make_argb_surface(width, height);
    if (!line) {
        return {};
    }
    clear_to_transparent(line.get(), color);
    int x = 0;
    for (size_t i = 0; i < runs.size() && x < width; ++i) {
        draw_run(line.get(), runs[i], x, weight, px, color, m);
        x += widths[i];
    }
    return line;
}

}  // namespace signpost

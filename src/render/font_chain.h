// The font chain with per-glyph fallback, which SDL_ttf 2.20 lacks: each
// codepoint is drawn by the first font of the chain that has it, text is cut
// into runs per font, runs are measured and rendered separately and put
// together on one baseline. This is the TextMeasurer layout uses, so what
// layout measures is exactly what the renderer draws.
//
// Main thread only (SDL_ttf is not thread-safe). Owns its TTF_Font objects;
// destroy it before the last RenderLibraries.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "layout/text_measurer.h"
#include "render/font_faces.h"
#include "render/sdl_handles.h"
#include "render/width_cache.h"

namespace signpost {

class MappedFont;

class FontChain final : public TextMeasurer {
  public:
    // Widths remembered at most (render/width_cache.h keeps about one cycle's):
    // a cycle of the 28-room demo measures about 850 lines with the shorter
    // candidates that fitting and ellipsising try; this leaves room for a
    // venue several times its size.
    static constexpr size_t kDefaultWidthCacheEntries = 8192;

    // `fonts` from resolve_font_chain; may be empty (every character then
    // draws as a replacement box, so a screen without fonts is never blank).
    explicit FontChain(std::vector<ChainFont> fonts,
                       size_t width_cache_entries = kDefaultWidthCacheEntries);
    ~FontChain() override;
    FontChain(const FontChain&) = delete;
    FontChain& operator=(const FontChain&) = delete;

    // Widths are remembered per (text, pixel size, weight) in a WidthCache.
    float text_width(std::string_view utf8, float size_px, FontWeight weight) override;
    // ascent/descent/line_height: the largest of the chain's fonts, so a
    // fallback glyph is never cut off and every line of one size has the same
    // baseline; cap_height: the height of 'H' in the first font.
    FontMetrics metrics(float size_px, FontWeight weight) override;

    // One line in `color` on a transparent ARGB8888 surface: its top is the
    // line's top, the baseline lies metrics().ascent below it, its height is
    // ascent + descent. Only the first `max_width` pixels are drawn (longer
    // lines are clipped by the box anyway). Null when nothing is visible.
    SurfacePtr render_line(std::string_view utf8, float size_px, FontWeight weight, Color color,
                           int max_width);

    const std::vector<ChainFont>& fonts() const { return fonts_; }

    // The whole-pixel em size text of size_px is measured and drawn at: rounded
    // up, never below the size asked (0: too small or not a number; capped at
    // a size no screen needs).
    static int pixel_size(float size_px);

    // A page cycle ended: the widths no layout asked for during it are
    // forgotten (WidthCache::end_cycle). The kiosk calls it at each wrap.
    void end_width_cycle() { widths_.end_cycle(); }

    // The width cache's counters since construction, for tests and stats.
    uint64_t width_cache_hits() const { return widths_.hits(); }
    uint64_t width_cache_misses() const { return widths_.misses(); }
    size_t width_cache_entries() const { return widths_.size(); }

  private:
    struct Run {
        int font = -1;  // index into fonts_; -1: replacement boxes
        std::string utf8;
        int boxes = 0;  // font == -1: how many boxes
    };
    struct LineMetrics {
        int ascent = 0;
        int descent = 0;
        int line_skip = 0;
        int cap_height = 0;
    };

    struct OpenFont {
        FontPtr font;  // null: the file failed to open
        int px = 0;    // the size it is set to now
    };

    // The chain's font `index` in `weight`, set to `px`; null when it does not
    // open. Valid until the next call (which may set another size).
    TTF_Font* font_at(int index, FontWeight weight, int px);
    FontPtr open_face(int index, FontWeight weight, int px);
    bool has_glyph(int index, FontWeight weight, int px, char32_t cp);
    std::vector<Run> split_runs(std::string_view utf8, FontWeight weight, int px);
    void append_missing(std::vector<Run>& runs, char32_t cp, FontWeight weight, int px);
    int run_width(const Run& run, FontWeight weight, int px);
    int measured_width(std::string_view utf8, FontWeight weight, int px);
    void draw_run(SDL_Surface* line, const Run& run, int x, FontWeight weight, int px, Color color,
                  const LineMetrics& m);
    LineMetrics line_metrics(FontWeight weight, int px);
    int box_advance(int px) const;
    int checked_pixel_size(float size_px);
    void warn_once(char32_t cp, const std::string& message);

    std::vector<ChainFont> fonts_;
    std::string chain_names_;  // for messages
    // The mapped files, by path: declared before the faces opened from them,
    // so that they are freed after them.
    std::unordered_map<std::string, std::shared_ptr<const MappedFont>> files_;
    std::unordered_map<uint64_t, OpenFont> open_fonts_;  // by font and weight
    std::unordered_map<uint64_t, LineMetrics> metrics_cache_;
    std::vector<bool> open_failure_reported_;  // per font of the chain
    std::unordered_set<char32_t> reported_;    // codepoints already warned about
    bool size_cap_reported_ = false;

    WidthCache widths_;
};

}  // namespace signpost

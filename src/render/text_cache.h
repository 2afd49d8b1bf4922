// Rasterised lines of text kept as textures, so a frame that shows the same
// text as the last one rasterises nothing. Least recently used lines go first
// once the textures pass a byte budget.
//
// Owned by the main thread together with the SDL_Renderer whose textures it
// holds. After SDL_RENDER_TARGETS_RESET or SDL_RENDER_DEVICE_RESET call
// on_device_reset(): every texture is dropped and rebuilt on the next get().
#pragma once

#include <SDL.h>

#include <cstddef>
#include <cstdint>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>

#include "layout/display_list.h"
#include "render/font_chain.h"
#include "render/sdl_handles.h"

namespace signpost {

struct TextKey {
    std::string text;
    int px = 0;  // FontChain::pixel_size of the item's size_px
    FontWeight weight = FontWeight::regular;
    Color color;
    int max_width = 0;  // the line is cut after this many pixels
    bool operator==(const TextKey&) const = default;
};

struct TextKeyHash {
    size_t operator()(const TextKey& key) const;
};

// A cached line. `texture` is owned by the cache and stays valid until the
// next get() (which may evict it) or on_device_reset(); draw it right away.
struct TextTexture {
    SDL_Texture* texture = nullptr;  // null: nothing visible to draw
    int width = 0;                   // texture size in pixels
    int height = 0;
    int full_width = 0;  // the whole line's width; more than width when cut
};

class TextCache {
  public:
    static constexpr size_t kDefaultByteBudget = size_t{64} << 20;
    // The kiosk's budget: an eighth of one screen's pixels at 4 bytes each
    // (1 MB at 1920x1080, never under 512 kB). The page itself is kept drawn (on
    // the window, or in its texture), so the cache serves only what is drawn
    // again: the lines a patch touches (the clock at a minute tick, a dwell
    // step's neighbours) and lines many pages share (header, footer), which
    // are drawn last and most often and so stay. A new page is rasterised
    // afresh either way: with a budget of one screen (the demo's pages hold
    // 2.4 to 3.6 MB of lines each) its lines were gone by the time it came
    // round again in a cycle of 13, and they held 3.4 MB the whole time.
    static size_t screen_budget(int width, int height);

    TextCache(SDL_Renderer* renderer, FontChain& fonts, size_t byte_budget = kDefaultByteBudget);
    TextCache(const TextCache&) = delete;
    TextCache& operator=(const TextCache&) = delete;

    // The line's top is the texture's top; its baseline lies
    // fonts.metrics(size_px, weight).ascent below it.
    TextTexture get(std::string_view text, float size_px, FontWeight weight, Color color,
                    int max_width);

    void on_device_reset();

    size_t entries() const { return entries_.size(); }
    size_t bytes() const { return bytes_; }
    // Lines rasterised since construction (cache misses), for tests and stats.
    uint64_t rasterised() const { return rasterised_; }

  private:
    struct Entry {
        TextKey key;
        TexturePtr texture;
        TextTexture view;
        size_t bytes = 0;
    };
    using EntryList = std::list<Entry>;  // most recently used first

    Entry make_entry(TextKey key, float size_px);
    void evict_to_budget();

    SDL_Renderer* renderer_;
    FontChain& fonts_;
    size_t byte_budget_;
    int max_texture_width_ = 0;  // 0: no limit (software renderer)
    EntryList entries_;
    std::unordered_map<TextKey, EntryList::iterator, TextKeyHash> index_;
    size_t bytes_ = 0;
    uint64_t rasterised_ = 0;
};

}  // namespace signpost

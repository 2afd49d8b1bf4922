// Draws a display list with SDL: the background, then every item in order:
// rectangles (round corners as geometry), text (from the text cache, aligned
// in its box, baseline at box.y + ascent, clipped to the box), arrows (ISO 7001
// outlines) and images (fitted, aspect kept). It knows nothing about sessions.
//
// Main thread only. Holds the SDL_Renderer's text and image textures: call
// on_device_reset() after SDL_RENDER_TARGETS_RESET / SDL_RENDER_DEVICE_RESET
// (Presenter::on_device_reset does). Destroy it (and any Presenter) before
// SDL_DestroyRenderer, which frees the textures under it, and before the
// FontChain it draws with.
#pragma once

#include <SDL.h>

#include "layout/display_list.h"
#include "render/font_chain.h"
#include "render/image_cache.h"
#include "render/text_cache.h"

namespace signpost {

class DisplayRenderer {
  public:
    // `renderer` and `fonts` must outlive this object.
    DisplayRenderer(SDL_Renderer* renderer, FontChain& fonts,
                    size_t text_cache_bytes = TextCache::kDefaultByteBudget);
    DisplayRenderer(const DisplayRenderer&) = delete;
    DisplayRenderer& operator=(const DisplayRenderer&) = delete;

    // Draws into the renderer's current target (the window, or a page
    // texture), in the list's pixels from (0, 0).
    void draw(const DisplayList& list);

    void on_device_reset();

    SDL_Renderer* sdl_renderer() const { return renderer_; }
    FontChain& fonts() { return fonts_; }
    TextCache& text_cache() { return text_cache_; }

  private:
    void draw_item(const RectItem& item);
    void draw_item(const TextItem& item);
    void draw_item(const ArrowItem& item);
    void draw_item(const ImageItem& item);
    void draw_item(const SymbolItem& item);
    void draw_item(const QrItem& item);

    SDL_Renderer* renderer_;
    FontChain& fonts_;
    TextCache text_cache_;
    ImageCache image_cache_;
};

}  // namespace signpost

// A page turned for a panel mounted on its side or upside down, kept as a
// texture the size of the output. Turning a whole page costs as much as drawing
// it (SDL's software renderer rotates a surface, a GPU-less OpenGL rasterises a
// turned quad), so the presenter turns a page once when it is drawn, and for a
// dwell step turns only the patched area; presenting is then a plain copy.
//
// Main thread only, with the SDL_Renderer whose texture it holds; reset() after
// SDL_RENDER_TARGETS_RESET / SDL_RENDER_DEVICE_RESET.
#pragma once

#include <SDL.h>

#include "render/sdl_handles.h"

namespace signpost {

class TurnedPage {
  public:
    // rotation_degrees: 90, 180 or 270 (the presenter keeps no copy for 0).
    TurnedPage(SDL_Renderer* renderer, int rotation_degrees);

    // Turns all of `page` (width x height, a target texture) into the copy,
    // scaled to fit the output and centred, as Presenter draws it. False when
    // the copy cannot be made (no render targets): present the page turned.
    bool turn_all(SDL_Texture* page, int width, int height);

    // Turns only `area` (page pixels) when the copy is current for this page
    // size and output and the page is drawn at 1:1 (then a quarter turn moves
    // whole pixels and a part turned alone matches the whole turned); else all.
    enum class Turned { nothing, part, whole };
    Turned turn_area(SDL_Texture* page, int width, int height, SDL_Rect area);

    // The copy (output size), or null when there is none.
    SDL_Texture* texture() const { return copy_.get(); }
    // The copy holds a page of this size turned for the present output size.
    bool current_for(int width, int height) const;
    void reset();

  private:
    bool make_copy(int out_w, int out_h);

    SDL_Renderer* renderer_;
    int rotation_;
    TexturePtr copy_;
    int copy_w_ = 0;  // output size the copy was made for
    int copy_h_ = 0;
    int page_w_ = 0;  // page size last turned whole
    int page_h_ = 0;
};

}  // namespace signpost

// The texture a page patch is drawn into before it is copied over the page
// (render/presenter.h). Patches come in two kinds: small ones many times a
// page (the dwell indicator's steps, the clock's minute) and, now and then, a
// large one (a now/next page's rows at a minute tick: 1736x533 pixels, 3.7 MB,
// on the demo at 1920x1080). The scratch is kept between patches only while
// it is small. Kept grown to the largest patch it ever served, as it was, one
// wide patch and one tall one made it most of a page, held for the rest of
// the kiosk's life: a week's soak saw resident memory step up 3 MB on the
// first afternoon and stay there. A large patch's scratch is made for it and
// released after it.
//
// Main thread only, with the renderer that owns the texture.
#pragma once

#include <SDL.h>

#include "render/sdl_handles.h"

namespace signpost {

class PatchScratch {
  public:
    // A scratch kept between patches covers at most this share of the page
    // (1.6 MB at 1920x1080). The dwell indicator's patches (the footer and
    // the items touching it, up to 1448x239 on the demo at 1920x1080, 17 %)
    // stay within it; the rare patch of several rows does not.
    static constexpr double kKeptShare = 0.2;

    // A texture of at least width x height in `format` for a page of
    // page_width x page_height, made or grown as needed; null when SDL
    // cannot make one. Small scratches grow to the larger of their old and
    // new sizes, so patches of changing shapes (a bar growing step by step)
    // settle on one texture.
    SDL_Texture* get(SDL_Renderer* renderer, Uint32 format, int width, int height, int page_width,
                     int page_height);
    // After a patch: a scratch larger than the kept share goes.
    void release_if_large(int page_width, int page_height);
    void reset();

    int width() const { return width_; }
    int height() const { return height_; }

  private:
    TexturePtr texture_;
    int width_ = 0;
    int height_ = 0;
};

}  // namespace signpost

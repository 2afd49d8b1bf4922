// Owning handles for SDL objects, and the process-wide start of the text and
// image libraries. Everything here belongs to the main thread: SDL_ttf and the
// SDL renderer are not thread-safe.
#pragma once

#include <SDL.h>
#include <SDL_ttf.h>

#include <memory>

#include "util/result.h"

namespace signpost {

struct SurfaceDeleter {
    void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
};
struct TextureDeleter {
    void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
};
struct RendererDeleter {
    void operator()(SDL_Renderer* r) const { SDL_DestroyRenderer(r); }
};
struct FontDeleter {
    void operator()(TTF_Font* f) const { TTF_CloseFont(f); }
};

using SurfacePtr = std::unique_ptr<SDL_Surface, SurfaceDeleter>;
using TexturePtr = std::unique_ptr<SDL_Texture, TextureDeleter>;
using RendererPtr = std::unique_ptr<SDL_Renderer, RendererDeleter>;
using FontPtr = std::unique_ptr<TTF_Font, FontDeleter>;

// SDL_ttf and SDL2_image, started for as long as this object lives. Both count
// their starts, so several (app, snapshot, tests) may exist at once. Destroy
// every FontChain before the last RenderLibraries: TTF_Quit frees FreeType
// under the fonts.
class RenderLibraries {
  public:
    static Result<std::unique_ptr<RenderLibraries>> start();
    ~RenderLibraries();
    RenderLibraries(const RenderLibraries&) = delete;
    RenderLibraries& operator=(const RenderLibraries&) = delete;

  private:
    RenderLibraries() = default;
};

// A 32-bit ARGB surface (the format SDL_ttf's blended output uses), or null
// with a logged error.
SurfacePtr make_argb_surface(int width, int height);

}  // namespace signpost

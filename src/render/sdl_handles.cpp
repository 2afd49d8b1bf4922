#include "render/sdl_handles.h"

#include <SDL_image.h>

#include <string>

#include "util/log.h"

namespace signpost {
namespace {
// IMG_Quit does not count starts the way TTF_Quit does; this does, so that
// ending one RenderLibraries leaves another one's PNG loader alone. Main
// thread only, like the rest of SDL here.
int image_library_users = 0;
}  // namespace

Result<std::unique_ptr<RenderLibraries>> RenderLibraries::start() {
    if (TTF_Init() != 0) {
        return Error{"SDL_ttf", std::string("TTF_Init failed: ") + TTF_GetError()};
    }
    // PNG for logos and snapshots; SVG needs no flag. A missing PNG loader is not
    // fatal: text and arrows still draw, and the failure is named when used.
    if ((IMG_Init(IMG_INIT_PNG) & IMG_INIT_PNG) == 0) {
        log_warning("render", std::string("SDL2_image has no PNG support: ") + IMG_GetError());
    }
    ++image_library_users;
    return std::unique_ptr<RenderLibraries>(new RenderLibraries());
}

RenderLibraries::~RenderLibraries() {
    if (--image_library_users == 0) {
        IMG_Quit();
    }
    TTF_Quit();
}

SurfacePtr make_argb_surface(int width, int height) {
    SurfacePtr surface(
        SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!surface) {
        log_error("render", "cannot create a " + std::to_string(width) + "x" +
                                std::to_string(height) + " surface: " + SDL_GetError());
    }
    return surface;
}

}  // namespace signpost

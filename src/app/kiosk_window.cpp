#include "app/kiosk_window.h"

#include <string>

#include "util/log.h"

namespace signpost {

Result<std::unique_ptr<KioskWindow>> KioskWindow::open(const DisplayConfig& display,
                                                       bool windowed) {
    std::unique_ptr<KioskWindow> w(new KioskWindow());
    const bool fullscreen = display.fullscreen && !windowed;
    Uint32 flags = SDL_WINDOW_SHOWN | SDL_WINDOW_ALLOW_HIGHDPI;
    if (fullscreen) {
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    }
    // The config's size is the panel's (already turned for rotation by the
    // panel itself): the window has that shape.
    w->window_ = SDL_CreateWindow("Signpost", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                  display.width, display.height, flags);
    if (!w->window_) {
        return Error{"SDL_CreateWindow", SDL_GetError()};
    }
    if (fullscreen) {
        SDL_ShowCursor(SDL_DISABLE);
    }
    // Render targets let the presenter keep pages as textures (cross-fade,
    // rotation, redraw after expose without re-layout).
    w->renderer_ =
        SDL_CreateRenderer(w->window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_TARGETTEXTURE);
    if (!w->renderer_) {
        log_warning("display", std::string("no accelerated renderer (") + SDL_GetError() +
                                   "); using the software renderer");
        w->renderer_ = SDL_CreateRenderer(w->window_, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!w->renderer_) {
        return Error{"SDL_CreateRenderer", SDL_GetError()};
    }
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(w->renderer_, &info);
    int ow = 0, oh = 0;
    SDL_GetRendererOutputSize(w->renderer_, &ow, &oh);
    log_info("display", std::string("video driver ") + SDL_GetCurrentVideoDriver() + ", renderer " +
                            info.name + ", output " + std::to_string(ow) + "x" +
                            std::to_string(oh));
    return w;
}

KioskWindow::~KioskWindow() {
    if (renderer_)
        SDL_DestroyRenderer(renderer_);
    if (window_)
        SDL_DestroyWindow(window_);
}

std::pair<int, int> KioskWindow::logical_size(int rotation) const {
    int w = 0, h = 0;
    SDL_GetRendererOutputSize(renderer_, &w, &h);
    if (rotation == 90 || rotation == 270) {
        return {h, w};
    }
    return {w, h};
}

}  // namespace signpost

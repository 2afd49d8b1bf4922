// The window and SDL renderer of the kiosk: fullscreen (or a window with
// --windowed / "fullscreen": false), hardware renderer with render targets when
// the board has one, the software renderer otherwise. On boards without X,
// SDL_VIDEODRIVER=kmsdrm (set by the systemd drop-in) drives the panel.
#pragma once

#include <memory>

#include <SDL.h>

#include "config/location_config.h"
#include "util/result.h"

namespace signpost {

class KioskWindow {
  public:
    static Result<std::unique_ptr<KioskWindow>> open(const DisplayConfig& display, bool windowed);
    ~KioskWindow();
    KioskWindow(const KioskWindow&) = delete;
    KioskWindow& operator=(const KioskWindow&) = delete;

    SDL_Window* window() const { return window_; }
    SDL_Renderer* renderer() const { return renderer_; }

    // The logical page size: the output size, turned for the panel's rotation.
    std::pair<int, int> logical_size(int rotation) const;

  private:
    KioskWindow() = default;
    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
};

}  // namespace signpost

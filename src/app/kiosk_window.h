// The window and SDL renderer of the kiosk: fullscreen (or a window with
// --windowed / "fullscreen": false), hardware renderer with render targets when
// the board has one, the software renderer otherwise. On boards without X,
// SDL_VIDEODRIVER=kmsdrm (set by the systemd drop-in) drives the panel.
//
// An "accelerated" OpenGL renderer that is Mesa's CPU rasteriser (llvmpipe on
// a board without a GPU) is replaced by SDL's software renderer drawing
// straight into the X window (XShm): the same pictures for about a tenth of
// the idle CPU (docs/performance.md). SDL_RENDER_DRIVER, when set, is obeyed.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <SDL.h>

#include "config/location_config.h"
#include "util/result.h"

namespace signpost {

// True when an OpenGL implementation's GL_RENDERER string names a rasteriser
// that runs on the CPU (Mesa's llvmpipe, softpipe, swrast).
bool is_cpu_gl_renderer(std::string_view gl_renderer);

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

    // The GL_RENDERER of the CPU OpenGL that the software renderer replaced;
    // empty when none was.
    const std::string& replaced_cpu_gl() const { return replaced_cpu_gl_; }

  private:
    KioskWindow() = default;
    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    std::string replaced_cpu_gl_;
};

}  // namespace signpost

// The window and SDL renderer of the kiosk: fullscreen (or a window with
// --windowed / "fullscreen": false), hardware renderer with render targets when
// the board has one, the software renderer otherwise. On boards without X,
// SDL_VIDEODRIVER=kmsdrm (set by the systemd drop-in) drives the panel.
//
// Which renderer (docs/performance.md, "Choosing the renderer"):
//   1. SDL_RENDER_DRIVER, when set, is obeyed.
//   2. No DRM render node (/dev/dri/renderD*): there is no GPU, so OpenGL
//      could only be Mesa's CPU rasteriser. Where the video driver can take
//      a window surface without OpenGL (x11: XShm; offscreen), SDL's software
//      renderer is made at once: no OpenGL library is loaded at all (llvmpipe
//      costs 30 MB and its threads).
//   3. Otherwise the accelerated renderer is tried: a real GPU keeps it. One
//      whose GL_RENDERER is a CPU rasteriser (llvmpipe) is replaced by the
//      software renderer: the same pictures for about a tenth of the idle CPU.
#pragma once

#include <filesystem>
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

// True when `dri_dir` holds a DRM render node (renderD*): a GPU may be there.
bool has_render_node(const std::filesystem::path& dri_dir);

// True for the video drivers that present the software renderer's window
// surface without OpenGL.
bool has_direct_window_surface(std::string_view video_driver);

enum class RendererChoice {
    as_asked,         // SDL_RENDER_DRIVER is set: SDL makes that one
    software,         // no GPU, a direct window surface: software, no OpenGL
    try_accelerated,  // maybe a GPU: try it, a CPU OpenGL gives way to software
};
RendererChoice choose_renderer(bool render_driver_set, bool render_node,
                               std::string_view video_driver);

class KioskWindow {
  public:
    // `dri_dir` is where render nodes are looked for (a test gives its own).
    static Result<std::unique_ptr<KioskWindow>> open(
        const DisplayConfig& display, bool windowed,
        const std::filesystem::path& dri_dir = "/dev/dri");
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

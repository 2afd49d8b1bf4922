#include "app/kiosk_window.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "util/log.h"

namespace signpost {
namespace {

// GL_RENDERER from GL/gl.h: asked through SDL_GL_GetProcAddress, so this file
// needs no GL headers or library.
constexpr unsigned kGlRendererName = 0x1F01;

// The GL implementation behind an OpenGL renderer ("llvmpipe (LLVM 15.0.6,
// 256 bits)", "Mali-G52"); empty for other renderers. SDL's OpenGL renderers
// leave their context current after SDL_CreateRenderer.
std::string gl_renderer_name(SDL_Renderer* renderer) {
    SDL_RendererInfo info{};
    if (SDL_GetRendererInfo(renderer, &info) != 0 ||
        std::string_view(info.name).substr(0, 6) != "opengl" || !SDL_GL_GetCurrentContext()) {
        return {};
    }
    using GetString = const unsigned char* (*)(unsigned);
    auto get_string = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));
    const unsigned char* name = get_string ? get_string(kGlRendererName) : nullptr;
    return name ? std::string(reinterpret_cast<const char*>(name)) : std::string();
}

// The software renderer presents a window surface. By default SDL 2.26 backs
// that surface with an OpenGL texture, which on a board without a GPU is
// llvmpipe again (measured: 6x the CPU of XShm). X11 and offscreen can take
// the surface directly; other video drivers (kmsdrm, wayland) have no direct
// way, so the hint is only given under those. It changes nothing for a GPU
// renderer. An SDL_FRAMEBUFFER_ACCELERATION in the environment still wins.
void prefer_direct_window_surface() {
    if (const char* driver = SDL_GetCurrentVideoDriver();
        driver && has_direct_window_surface(driver)) {
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    }
}

std::string current_video_driver() {
    const char* driver = SDL_GetCurrentVideoDriver();
    return driver ? driver : "";
}

}  // namespace

bool is_cpu_gl_renderer(std::string_view gl_renderer) {
    std::string lower(gl_renderer);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (std::string_view cpu : {"llvmpipe", "softpipe", "swrast", "software rasterizer"}) {
        if (lower.find(cpu) != std::string::npos) {
            return true;
        }
    }
    return false;
}

bool has_render_node(const std::filesystem::path& dri_dir) {
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dri_dir, ec), end; !ec && it != end;
         it.increment(ec)) {
        if (it->path().filename().string().rfind("renderD", 0) == 0) {
            return true;
        }
    }
    return false;
}

bool has_direct_window_surface(std::string_view video_driver) {
    return video_driver == "x11" || video_driver == "offscreen";
}

RendererChoice choose_renderer(bool render_driver_set, bool render_node,
                               std::string_view video_driver) {
    if (render_driver_set) {
        return RendererChoice::as_asked;
    }
    if (!render_node && has_direct_window_surface(video_driver)) {
        return RendererChoice::software;
    }
    return RendererChoice::try_accelerated;
}

Result<std::unique_ptr<KioskWindow>> KioskWindow::open(const DisplayConfig& display, bool windowed,
                                                       const std::filesystem::path& dri_dir) {
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
    prefer_direct_window_surface();
    const RendererChoice choice = choose_renderer(SDL_GetHint(SDL_HINT_RENDER_DRIVER) != nullptr,
                                                  has_render_node(dri_dir), current_video_driver());
    if (choice == RendererChoice::software) {
        log_info("display", "no GPU (no render node in " + dri_dir.string() +
                                "): the software renderer, without loading OpenGL");
        w->renderer_ = SDL_CreateRenderer(w->window_, -1, SDL_RENDERER_SOFTWARE);
    } else {
        w->renderer_ = SDL_CreateRenderer(w->window_, -1,
                                          SDL_RENDERER_ACCELERATED | SDL_RENDERER_TARGETTEXTURE);
    }
    const std::string gl_name = w->renderer_ ? gl_renderer_name(w->renderer_) : "";
    if (w->renderer_ && choice == RendererChoice::try_accelerated && is_cpu_gl_renderer(gl_name)) {
        log_info("display", "OpenGL is " + gl_name +
                                ", a CPU rasteriser: using the software renderer, which costs "
                                "less (set SDL_RENDER_DRIVER to choose)");
        SDL_DestroyRenderer(w->renderer_);
        w->renderer_ = SDL_CreateRenderer(w->window_, -1, SDL_RENDERER_SOFTWARE);
        if (w->renderer_) {
            w->replaced_cpu_gl_ = gl_name;
        } else {
            log_warning("display", std::string("no software renderer (") + SDL_GetError() +
                                       "); back to " + gl_name);
            w->renderer_ = SDL_CreateRenderer(
                w->window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_TARGETTEXTURE);
        }
    } else if (!w->renderer_) {
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
    const std::string gl_now = gl_renderer_name(w->renderer_);
    log_info("display", std::string("video driver ") + SDL_GetCurrentVideoDriver() + ", renderer " +
                            info.name + (gl_now.empty() ? "" : " (" + gl_now + ")") + ", output " +
                            std::to_string(ow) + "x" + std::to_string(oh));
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

#include "app/kiosk_window.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace signpost {
namespace {

TEST(KioskWindow, TellsCpuRasterisersFromGpus) {
    EXPECT_TRUE(is_cpu_gl_renderer("llvmpipe (LLVM 15.0.6, 256 bits)"));
    EXPECT_TRUE(is_cpu_gl_renderer("softpipe"));
    EXPECT_TRUE(is_cpu_gl_renderer("Mesa X11 Software Rasterizer"));
    EXPECT_TRUE(is_cpu_gl_renderer("LLVMPIPE"));
    EXPECT_FALSE(is_cpu_gl_renderer("Mali-G52 r1 (Panfrost)"));
    EXPECT_FALSE(is_cpu_gl_renderer("V3D 4.2"));
    EXPECT_FALSE(is_cpu_gl_renderer("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
    EXPECT_FALSE(is_cpu_gl_renderer(""));
}

// SDL's offscreen video driver, which has OpenGL through EGL where Mesa is
// installed (llvmpipe on a machine without a GPU).
class OffscreenVideo {
  public:
    OffscreenVideo() {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
        started_ = SDL_Init(SDL_INIT_VIDEO) == 0;
        EXPECT_TRUE(started_) << SDL_GetError();
    }
    ~OffscreenVideo() { SDL_Quit(); }  // also clears the hints
    OffscreenVideo(const OffscreenVideo&) = delete;
    OffscreenVideo& operator=(const OffscreenVideo&) = delete;

  private:
    bool started_ = false;
};

DisplayConfig small_window() {
    DisplayConfig display;
    display.fullscreen = false;
    display.width = 320;
    display.height = 180;
    return display;
}

std::string renderer_name(SDL_Renderer* renderer) {
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(renderer, &info);
    return info.name ? info.name : "";
}

TEST(KioskWindow, ACpuOpenGlGivesWayToTheSoftwareRenderer) {
    if (std::getenv("SDL_RENDER_DRIVER")) {
        GTEST_SKIP() << "SDL_RENDER_DRIVER is set: the kiosk obeys it";
    }
    OffscreenVideo video;
    auto window = KioskWindow::open(small_window(), true);
    ASSERT_TRUE(window.ok()) << window.error().to_string();
    const std::string chosen = renderer_name((*window)->renderer());
    if ((*window)->replaced_cpu_gl().empty()) {
        // No OpenGL here, or a GPU's: whatever SDL chose stays.
        EXPECT_FALSE(chosen.empty());
        GTEST_SKIP() << "no CPU OpenGL on this machine (renderer " << chosen << ")";
    }
    EXPECT_TRUE(is_cpu_gl_renderer((*window)->replaced_cpu_gl()));
    EXPECT_EQ(chosen, "software");
    // The presenter's page textures need render targets; the software renderer has them.
    SDL_RendererInfo info{};
    SDL_GetRendererInfo((*window)->renderer(), &info);
    EXPECT_NE(info.flags & SDL_RENDERER_TARGETTEXTURE, 0u);
    EXPECT_EQ((*window)->logical_size(0), std::make_pair(320, 180));
}

TEST(KioskWindow, AChosenRenderDriverIsKept) {
    OffscreenVideo video;
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "opengl");
    auto window = KioskWindow::open(small_window(), true);
    if (!window.ok()) {
        GTEST_SKIP() << "no OpenGL renderer here: " << window.error().to_string();
    }
    EXPECT_TRUE((*window)->replaced_cpu_gl().empty());
    const std::string chosen = renderer_name((*window)->renderer());
    if (chosen != "opengl") {
        GTEST_SKIP() << "SDL could not make an OpenGL renderer here (got " << chosen << ")";
    }
}

}  // namespace
}  // namespace signpost

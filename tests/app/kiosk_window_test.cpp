#include "app/kiosk_window.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace signpost {
namespace {

TEST(KioskWindow, TellsCpuRasterisersFromGpus) {
    for (const char* cpu : {"llvmpipe (LLVM 15.0.6, 256 bits)", "softpipe",
                            "Mesa X11 Software Rasterizer", "LLVMPIPE"}) {
        EXPECT_TRUE(is_cpu_gl_renderer(cpu)) << cpu;
    }
    for (const char* gpu :
         {"Mali-G52 r1 (Panfrost)", "V3D 4.2", "Mesa Intel(R) UHD Graphics 620 (KBL GT2)", ""}) {
        EXPECT_FALSE(is_cpu_gl_renderer(gpu)) << gpu;
    }
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

// A folder like /dev/dri, with a render node or without.
class FakeDri {
  public:
    explicit FakeDri(bool render_node) {
        path_ = std::filesystem::temp_directory_path() /
                ("signpost-dri-" + std::to_string(getpid()) + (render_node ? "-gpu" : "-none"));
        std::filesystem::create_directories(path_);
        std::ofstream(path_ / "card0");
        if (render_node)
            std::ofstream(path_ / "renderD128");
    }
    ~FakeDri() { std::filesystem::remove_all(path_); }
    FakeDri(const FakeDri&) = delete;
    FakeDri& operator=(const FakeDri&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

// True when the process has a Mesa driver or LLVM mapped.
bool opengl_driver_loaded() {
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
        if (line.find("_dri.so") != std::string::npos ||
            line.find("libLLVM") != std::string::npos) {
            return true;
        }
    }
    return false;
}

TEST(KioskWindow, ARenderNodeTellsWhetherAGpuMayBeThere) {
    EXPECT_TRUE(has_render_node(FakeDri(true).path()));
    EXPECT_FALSE(has_render_node(FakeDri(false).path()));
    EXPECT_FALSE(has_render_node("/nonexistent/dri"));
}

TEST(KioskWindow, TheRendererIsChosenWithoutOpenGlWhereTheAnswerIsKnown) {
    EXPECT_EQ(choose_renderer(true, false, "x11"), RendererChoice::as_asked);
    EXPECT_EQ(choose_renderer(true, true, "kmsdrm"), RendererChoice::as_asked);
    EXPECT_EQ(choose_renderer(false, false, "x11"), RendererChoice::software);
    EXPECT_EQ(choose_renderer(false, false, "offscreen"), RendererChoice::software);
    // A board with a GPU tries it; kmsdrm and wayland present only through OpenGL.
    EXPECT_EQ(choose_renderer(false, true, "x11"), RendererChoice::try_accelerated);
    EXPECT_EQ(choose_renderer(false, true, "kmsdrm"), RendererChoice::try_accelerated);
    EXPECT_EQ(choose_renderer(false, false, "kmsdrm"), RendererChoice::try_accelerated);
    EXPECT_EQ(choose_renderer(false, false, "wayland"), RendererChoice::try_accelerated);
}

TEST(KioskWindow, NoGpuMeansTheSoftwareRendererAndNoOpenGlLoaded) {
    if (std::getenv("SDL_RENDER_DRIVER")) {
        GTEST_SKIP() << "SDL_RENDER_DRIVER is set: the kiosk obeys it";
    }
    OffscreenVideo video;
    FakeDri dri(false);
    auto window = KioskWindow::open(small_window(), true, dri.path());
    ASSERT_TRUE(window.ok()) << window.error().to_string();
    EXPECT_EQ(renderer_name((*window)->renderer()), "software");
    EXPECT_TRUE((*window)->replaced_cpu_gl().empty());
    EXPECT_FALSE(opengl_driver_loaded());
    SDL_RendererInfo info{};
    SDL_GetRendererInfo((*window)->renderer(), &info);
    EXPECT_NE(info.flags & SDL_RENDERER_TARGETTEXTURE, 0u);
}

TEST(KioskWindow, ACpuOpenGlGivesWayToTheSoftwareRenderer) {
    if (std::getenv("SDL_RENDER_DRIVER")) {
        GTEST_SKIP() << "SDL_RENDER_DRIVER is set: the kiosk obeys it";
    }
    OffscreenVideo video;
    FakeDri dri(true);  // as on a board with a GPU: OpenGL is tried
    auto window = KioskWindow::open(small_window(), true, dri.path());
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

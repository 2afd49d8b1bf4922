// The snapshot's PNG writer: the pixels as drawn, whatever the zlib level.
#include "render/png_file.h"

#include <SDL_image.h>
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>

#include <unistd.h>

#include "render/sdl_handles.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;

// A surface of every kind of pixel: colours, grey ramps, and alpha.
SurfacePtr varied_surface(int w, int h) {
    SurfacePtr s = make_argb_surface(w, h);
    auto* px = static_cast<uint32_t*>(s->pixels);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const uint32_t a = (x * 7 + y) % 3 == 0 ? 0x80u : 0xFFu;
            px[y * (s->pitch / 4) + x] = (a << 24) | (uint32_t(x * 3 % 256) << 16) |
                                         (uint32_t(y * 5 % 256) << 8) | uint32_t((x ^ y) % 256);
        }
    }
    return s;
}

bool same_pixels(SDL_Surface* a, SDL_Surface* b) {
    SurfacePtr ca(SDL_ConvertSurfaceFormat(a, SDL_PIXELFORMAT_ARGB8888, 0));
    SurfacePtr cb(SDL_ConvertSurfaceFormat(b, SDL_PIXELFORMAT_ARGB8888, 0));
    if (ca->w != cb->w || ca->h != cb->h)
        return false;
    for (int y = 0; y < ca->h; ++y) {
        if (std::memcmp(static_cast<char*>(ca->pixels) + y * ca->pitch,
                        static_cast<char*>(cb->pixels) + y * cb->pitch, size_t(ca->w) * 4) != 0)
            return false;
    }
    return true;
}

TEST(PngFile, ReadsBackAsTheSamePixelsAtEveryLevel) {
    SurfacePtr image = varied_surface(301, 97);
    for (int level : {1, 6, 9}) {
        const fs::path out =
            fs::temp_directory_path() /
            ("signpost-png-" + std::to_string(getpid()) + "-" + std::to_string(level) + ".png");
        auto written = write_png(image.get(), out, level);
        ASSERT_TRUE(written.ok()) << written.error().to_string();
        SurfacePtr back(IMG_Load(out.c_str()));
        ASSERT_TRUE(back) << IMG_GetError();
        EXPECT_TRUE(same_pixels(image.get(), back.get())) << "level " << level;
        EXPECT_TRUE(back->format->Amask != 0) << "RGBA, as IMG_SavePNG wrote";
        fs::remove(out);
    }
}

TEST(PngFile, AFolderThatIsNotThereIsAnErrorNamingTheFile) {
    SurfacePtr image = varied_surface(8, 8);
    auto written = write_png(image.get(), "/nonexistent/folder/page.png");
    ASSERT_FALSE(written.ok());
    EXPECT_NE(written.error().to_string().find("/nonexistent/folder/page.png"), std::string::npos);
}

}  // namespace
}  // namespace signpost

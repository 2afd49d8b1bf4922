#include "render_test_support.h"

#include <SDL_image.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "render/font_faces.h"

namespace signpost::test {

FontManifest repo_manifest() {
    auto manifest = load_font_manifest(std::string(SIGNPOST_SOURCE_DIR) + "/fonts/manifest.txt");
    EXPECT_TRUE(manifest.ok()) << (manifest.ok() ? "" : manifest.error().to_string());
    return manifest.ok() ? std::move(manifest).value() : FontManifest{};
}

DisplayList blank_list(int width, int height, Color background) {
    DisplayList list;
    list.width = width;
    list.height = height;
    list.background = background;
    return list;
}

TextItem text_item(Rect box, std::string text, float size_px, Color color, FontWeight weight,
                   HAlign align) {
    return TextItem{box, std::move(text), size_px, weight, color, align};
}

void add_dwell_bar(DisplayList& list, Rect track) {
    list.items.push_back({"dwell-track", RectItem{track, {60, 60, 60, 255}, 3}});
    list.items.push_back({"dwell-progress", RectItem{track, {86, 180, 233, 255}, 3}});
}

RenderEnv::RenderEnv(const std::vector<std::string>& chain) {
    auto started = RenderLibraries::start();
    EXPECT_TRUE(started.ok());
    if (started.ok()) {
        libraries = std::move(started).value();
    }
    fonts = std::make_unique<FontChain>(resolve_font_chain(chain, repo_manifest()));
}

SoftwareTarget::SoftwareTarget(int width, int height)
    : surface(make_argb_surface(width, height)),
      renderer(surface ? SDL_CreateSoftwareRenderer(surface.get()) : nullptr) {
    EXPECT_TRUE(renderer) << SDL_GetError();
}

SoftwareTarget::SoftwareTarget(int width, int height, Uint32 format)
    : surface(SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, format)),
      renderer(surface ? SDL_CreateSoftwareRenderer(surface.get()) : nullptr) {
    EXPECT_TRUE(renderer) << SDL_GetError();
}

uint32_t SoftwareTarget::pixel(int x, int y) {
    SDL_RenderFlush(renderer.get());
    return pixel_at(surface.get(), x, y);
}

uint32_t pixel_at(SDL_Surface* s, int x, int y) {
    const auto* row = static_cast<const uint8_t*>(s->pixels) + static_cast<ptrdiff_t>(y) * s->pitch;
    return reinterpret_cast<const uint32_t*>(row)[x];
}

uint8_t alpha_at(SDL_Surface* s, int x, int y) {
    return static_cast<uint8_t>(pixel_at(s, x, y) >> 24);
}

int inked_columns(SDL_Surface* s, uint8_t threshold) {
    int columns = 0;
    for (int x = 0; x < s->w; ++x) {
        for (int y = 0; y < s->h; ++y) {
            if (alpha_at(s, x, y) > threshold) {
                ++columns;
                break;
            }
        }
    }
    return columns;
}

int pixels_differing(SDL_Surface* s, SDL_Rect area, uint32_t background, int tolerance) {
    int x0 = std::max(0, area.x);
    int y0 = std::max(0, area.y);
    int x1 = std::min(s->w, area.x + area.w);
    int y1 = std::min(s->h, area.y + area.h);
    int count = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            uint32_t p = pixel_at(s, x, y);
            for (int shift = 0; shift < 24; shift += 8) {
                int a = static_cast<int>((p >> shift) & 0xFF);
                int b = static_cast<int>((background >> shift) & 0xFF);
                if (std::abs(a - b) > tolerance) {
                    ++count;
                    break;
                }
            }
        }
    }
    return count;
}

void save_for_review(SDL_Surface* s, const std::string& name) {
    const char* dir = std::getenv("SIGNPOST_RENDER_REVIEW");
    if (!s || !dir) {
        return;
    }
    // Flattened onto the design's dark background, so white text shows in any viewer.
    SurfacePtr flat = make_argb_surface(s->w, s->h);
    SDL_FillRect(flat.get(), nullptr, SDL_MapRGBA(flat->format, 0x0B, 0x0F, 0x14, 0xFF));
    SDL_SetSurfaceBlendMode(s, SDL_BLENDMODE_BLEND);
    SDL_BlitSurface(s, nullptr, flat.get(), nullptr);
    IMG_SavePNG(flat.get(), (std::string(dir) + "/" + name + ".png").c_str());
}

SurfacePtr drawn_whole(const DisplayList& list, FontChain& fonts, int rotation, int out_w,
                       int out_h) {
    SoftwareTarget output(out_w > 0 ? out_w : list.width, out_h > 0 ? out_h : list.height);
    DisplayRenderer display(output.renderer.get(), fonts);
    Presenter presenter(display, rotation);
    presenter.show(list, false, Presenter::Clock::now());
    presenter.present(Presenter::Clock::now());
    SDL_RenderFlush(output.renderer.get());
    return std::move(output.surface);
}

int pixels_not_equal(SDL_Surface* a, SDL_Surface* b, uint32_t mask) {
    int count = 0;
    for (int y = 0; y < a->h; ++y) {
        for (int x = 0; x < a->w; ++x) {
            count += (pixel_at(a, x, y) & mask) != (pixel_at(b, x, y) & mask);
        }
    }
    return count;
}

}  // namespace signpost::test

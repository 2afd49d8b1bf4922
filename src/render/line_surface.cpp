#include "render/line_surface.h"

#include <algorithm>
#include <cstdint>

#include "render/sdl_handles.h"

namespace signpost {
namespace {

// Locks a surface for direct pixel access when SDL requires it (RLE surfaces).
class PixelLock {
  public:
    explicit PixelLock(SDL_Surface* s) : surface_(s) {
        locked_ = SDL_MUSTLOCK(s) && SDL_LockSurface(s) == 0;
    }
    ~PixelLock() {
        if (locked_) {
            SDL_UnlockSurface(surface_);
        }
    }
    PixelLock(const PixelLock&) = delete;
    PixelLock& operator=(const PixelLock&) = delete;

  private:
    SDL_Surface* surface_;
    bool locked_ = false;
};

uint32_t* row(SDL_Surface* s, int y) {
    return reinterpret_cast<uint32_t*>(static_cast<uint8_t*>(s->pixels) +
                                       static_cast<ptrdiff_t>(y) * s->pitch);
}

void combine_alpha(uint32_t& pixel, uint32_t alpha) {
    uint32_t da = pixel >> 24;
    uint32_t a = alpha + (da * (255 - alpha) + 127) / 255;
    pixel = (pixel & 0x00FFFFFFu) | (std::min<uint32_t>(a, 255) << 24);
}

}  // namespace

void clear_to_transparent(SDL_Surface* line, Color color) {
    PixelLock lock(line);
    uint32_t value = (uint32_t{color.r} << 16) | (uint32_t{color.g} << 8) | color.b;
    for (int y = 0; y < line->h; ++y) {
        std::fill_n(row(line, y), line->w, value);
    }
}

void add_run_coverage(SDL_Surface* line, SDL_Surface* run, int x, int y) {
    SurfacePtr converted;
    if (run->format->format != SDL_PIXELFORMAT_ARGB8888) {
        converted.reset(SDL_ConvertSurfaceFormat(run, SDL_PIXELFORMAT_ARGB8888, 0));
        if (!converted) {
            return;
        }
        run = converted.get();
    }
    PixelLock line_lock(line);
    PixelLock run_lock(run);
    int y0 = std::max(0, -y);
    int y1 = std::min(run->h, line->h - y);
    int x0 = std::max(0, -x);
    int x1 = std::min(run->w, line->w - x);
    for (int sy = y0; sy < y1; ++sy) {
        const uint32_t* src = row(run, sy);
        uint32_t* dst = row(line, sy + y);
        for (int sx = x0; sx < x1; ++sx) {
            uint32_t a = src[sx] >> 24;
            if (a != 0) {
                combine_alpha(dst[sx + x], a);
            }
        }
    }
}

void draw_hollow_box(SDL_Surface* line, SDL_Rect box, int stroke, uint8_t alpha) {
    PixelLock lock(line);
    int x0 = std::max(0, box.x);
    int x1 = std::min(line->w, box.x + box.w);
    int y0 = std::max(0, box.y);
    int y1 = std::min(line->h, box.y + box.h);
    for (int y = y0; y < y1; ++y) {
        bool edge_row = y < box.y + stroke || y >= box.y + box.h - stroke;
        uint32_t* dst = row(line, y);
        for (int x = x0; x < x1; ++x) {
            bool edge = edge_row || x < box.x + stroke || x >= box.x + box.w - stroke;
            if (edge) {
                combine_alpha(dst[x], alpha);
            }
        }
    }
}

}  // namespace signpost

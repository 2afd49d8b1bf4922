#include "render/turned_page.h"

#include <algorithm>
#include <cmath>

namespace signpost {
namespace {

// Like the page textures (see presenter.cpp): opaque, so no alpha channel.
constexpr Uint32 kCopyFormat = SDL_PIXELFORMAT_RGB888;

// Where the page goes on the output before it is turned about the output's
// centre: scaled to fit the turned page, centred. As Presenter has always
// drawn it.
struct Placement {
    float scale = 1;
    SDL_FRect dst{};
};

Placement place(int out_w, int out_h, int rotation, int width, int height) {
    const bool quarter = rotation == 90 || rotation == 270;
    const float turned_w = static_cast<float>(quarter ? height : width);
    const float turned_h = static_cast<float>(quarter ? width : height);
    Placement p;
    p.scale = std::min(static_cast<float>(out_w) / turned_w, static_cast<float>(out_h) / turned_h);
    const float w = static_cast<float>(width) * p.scale;
    const float h = static_cast<float>(height) * p.scale;
    p.dst = {(static_cast<float>(out_w) - w) / 2, (static_cast<float>(out_h) - h) / 2, w, h};
    return p;
}

bool whole(float v) {
    return std::floor(v) == v;
}

}  // namespace

TurnedPage::TurnedPage(SDL_Renderer* renderer, int rotation_degrees)
    : renderer_(renderer), rotation_(rotation_degrees) {}

void TurnedPage::reset() {
    copy_.reset();
    copy_w_ = copy_h_ = page_w_ = page_h_ = 0;
}

bool TurnedPage::current_for(int width, int height) const {
    int out_w = 0;
    int out_h = 0;
    SDL_GetRendererOutputSize(renderer_, &out_w, &out_h);
    return copy_ && out_w == copy_w_ && out_h == copy_h_ && width == page_w_ && height == page_h_;
}

bool TurnedPage::make_copy(int out_w, int out_h) {
    if (copy_ && out_w == copy_w_ && out_h == copy_h_) {
        return true;
    }
    copy_.reset(SDL_CreateTexture(renderer_, kCopyFormat, SDL_TEXTUREACCESS_TARGET, out_w, out_h));
    page_w_ = page_h_ = 0;
    if (!copy_) {
        copy_w_ = copy_h_ = 0;
        return false;
    }
    SDL_SetTextureScaleMode(copy_.get(), SDL_ScaleModeNearest);
    copy_w_ = out_w;
    copy_h_ = out_h;
    return true;
}

bool TurnedPage::turn_all(SDL_Texture* page, int width, int height) {
    int out_w = 0;
    int out_h = 0;
    SDL_GetRendererOutputSize(renderer_, &out_w, &out_h);
    if (out_w <= 0 || out_h <= 0 || width <= 0 || height <= 0 || !make_copy(out_w, out_h)) {
        page_w_ = page_h_ = 0;
        return false;
    }
    const Placement p = place(out_w, out_h, rotation_, width, height);
    SDL_SetRenderTarget(renderer_, copy_.get());
    SDL_RenderSetClipRect(renderer_, nullptr);
    SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
    SDL_RenderClear(renderer_);  // the letterbox, when the shapes differ
    SDL_SetTextureBlendMode(page, SDL_BLENDMODE_NONE);
    SDL_SetTextureAlphaMod(page, 255);
    // The panel turned clockwise: turn the picture counter-clockwise.
    SDL_RenderCopyExF(renderer_, page, nullptr, &p.dst, -static_cast<double>(rotation_), nullptr,
                      SDL_FLIP_NONE);
    SDL_SetRenderTarget(renderer_, nullptr);
    page_w_ = width;
    page_h_ = height;
    return true;
}

TurnedPage::Turned TurnedPage::turn_area(SDL_Texture* page, int width, int height, SDL_Rect area) {
    auto all = [&] { return turn_all(page, width, height) ? Turned::whole : Turned::nothing; };
    if (!current_for(width, height)) {
        return all();
    }
    const Placement p = place(copy_w_, copy_h_, rotation_, width, height);
    // Only at 1:1 on whole pixels does a part turned alone land exactly where
    // it lands when the whole page is turned.
    if (p.scale != 1.0f || !whole(p.dst.x) || !whole(p.dst.y)) {
        return all();
    }
    // Width and height of one parity keep the turned part's corners on whole
    // pixels (it turns about its centre).
    if ((area.w - area.h) % 2 != 0) {
        if (area.x + area.w < width) {
            ++area.w;
        } else if (area.x > 0) {
            --area.x;
            ++area.w;
        } else {
            return all();
        }
    }
    // The part's centre, from the output's centre, turned as the page turns.
    const float half_w = static_cast<float>(copy_w_) / 2;
    const float half_h = static_cast<float>(copy_h_) / 2;
    const float dx = p.dst.x + static_cast<float>(area.x) + static_cast<float>(area.w) / 2 - half_w;
    const float dy = p.dst.y + static_cast<float>(area.y) + static_cast<float>(area.h) / 2 - half_h;
    float tx = dx;
    float ty = dy;
    switch (rotation_) {
        case 90:
            tx = dy;
            ty = -dx;
            break;
        case 180:
            tx = -dx;
            ty = -dy;
            break;
        case 270:
            tx = -dy;
            ty = dx;
            break;
        default:
            break;
    }
    const SDL_FRect dst{half_w + tx - static_cast<float>(area.w) / 2,
                        half_h + ty - static_cast<float>(area.h) / 2, static_cast<float>(area.w),
                        static_cast<float>(area.h)};
    SDL_SetRenderTarget(renderer_, copy_.get());
    SDL_RenderSetClipRect(renderer_, nullptr);
    SDL_SetTextureBlendMode(page, SDL_BLENDMODE_NONE);
    SDL_SetTextureAlphaMod(page, 255);
    SDL_RenderCopyExF(renderer_, page, &area, &dst, -static_cast<double>(rotation_), nullptr,
                      SDL_FLIP_NONE);
    SDL_SetRenderTarget(renderer_, nullptr);
    return Turned::part;
}

}  // namespace signpost

#include "render/presenter.h"

#include <algorithm>
#include <cmath>

#include "util/log.h"

namespace signpost {
namespace {

// Fade progress 0..1 eased at both ends, so the change starts and ends softly.
float eased(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    return t * t * (3 - 2 * t);
}

}  // namespace

Presenter::Presenter(DisplayRenderer& display, int rotation_degrees)
    : display_(display), renderer_(display.sdl_renderer()) {
    if (rotation_degrees == 0 || rotation_degrees == 90 || rotation_degrees == 180 ||
        rotation_degrees == 270) {
        rotation_ = rotation_degrees;
    } else {
        log_warning("render", "display rotation " + std::to_string(rotation_degrees) +
                                  " is not 0, 90, 180 or 270; drawing unrotated");
    }
}

bool Presenter::make_page_textures(int width, int height) {
    if (current_ && previous_ && width == width_ && height == height_) {
        return true;
    }
    current_.reset(SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                                     width, height));
    previous_.reset(SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                                      width, height));
    if (!current_ || !previous_) {
        if (!textures_failed_) {
            log_error("render", "cannot make " + std::to_string(width) + "x" +
                                    std::to_string(height) +
                                    " page textures, drawing straight to the screen without "
                                    "rotation or fades: " +
                                    SDL_GetError());
        }
        textures_failed_ = true;
        current_.reset();
        previous_.reset();
        return false;
    }
    textures_failed_ = false;
    for (SDL_Texture* t : {current_.get(), previous_.get()}) {
        SDL_SetTextureScaleMode(t, SDL_ScaleModeLinear);
    }
    width_ = width;
    height_ = height;
    fade_start_.reset();  // the old page texture is gone
    return true;
}

void Presenter::draw_page(SDL_Texture* target, const DisplayList& list) {
    SDL_SetRenderTarget(renderer_, target);
    display_.draw(list);
    SDL_SetRenderTarget(renderer_, nullptr);
}

void Presenter::show(const DisplayList& list, bool cross_fade, Clock::time_point now) {
    // A fade needs the old page in a texture of the same size.
    bool can_fade =
        cross_fade && current_list_ && current_ && list.width == width_ && list.height == height_;
    current_list_ = list;
    if (!make_page_textures(list.width, list.height)) {
        return;  // present() draws the list itself
    }
    if (can_fade) {
        std::swap(current_, previous_);
        fade_start_ = now;
    }
    draw_page(current_.get(), list);
}

void Presenter::copy_to_output(SDL_Texture* page, uint8_t alpha) {
    int out_w = 0;
    int out_h = 0;
    SDL_GetRendererOutputSize(renderer_, &out_w, &out_h);
    // Turned a quarter, the page's width runs along the output's height.
    bool quarter = rotation_ == 90 || rotation_ == 270;
    float turned_w = static_cast<float>(quarter ? height_ : width_);
    float turned_h = static_cast<float>(quarter ? width_ : height_);
    float scale =
        std::min(static_cast<float>(out_w) / turned_w, static_cast<float>(out_h) / turned_h);
    float w = static_cast<float>(width_) * scale;
    float h = static_cast<float>(height_) * scale;
    // SDL turns the copy about the centre of dst: centre it on the output.
    SDL_FRect dst{(static_cast<float>(out_w) - w) / 2, (static_cast<float>(out_h) - h) / 2, w, h};
    SDL_SetTextureBlendMode(page, alpha == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetTextureAlphaMod(page, alpha);
    // The panel turned clockwise: turn the picture counter-clockwise.
    SDL_RenderCopyExF(renderer_, page, nullptr, &dst, -static_cast<double>(rotation_), nullptr,
                      SDL_FLIP_NONE);
}

void Presenter::present(Clock::time_point now) {
    SDL_SetRenderTarget(renderer_, nullptr);
    SDL_RenderSetClipRect(renderer_, nullptr);
    if (!current_list_) {
        return;
    }
    if (!current_) {
        // No page textures: the list straight onto the output, unturned.
        display_.draw(*current_list_);
        SDL_RenderPresent(renderer_);
        return;
    }
    SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
    SDL_RenderClear(renderer_);
    if (fading(now)) {
        auto elapsed = std::chrono::duration<float>(now - *fade_start_);
        float t = eased(elapsed.count() / std::chrono::duration<float>(kCrossFade).count());
        copy_to_output(previous_.get(), 255);
        copy_to_output(current_.get(), static_cast<uint8_t>(std::lround(t * 255)));
    } else {
        fade_start_.reset();
        copy_to_output(current_.get(), 255);
    }
    SDL_RenderPresent(renderer_);
}

bool Presenter::fading(Clock::time_point now) const {
    return fade_start_ && now < *fade_start_ + kCrossFade;
}

std::optional<Presenter::Clock::time_point> Presenter::next_frame(Clock::time_point now) const {
    if (!fading(now)) {
        return std::nullopt;
    }
    return std::min(now + kFadeFrameInterval, *fade_start_ + kCrossFade);
}

void Presenter::on_device_reset() {
    display_.on_device_reset();
    current_.reset();
    previous_.reset();
    fade_start_.reset();
    if (current_list_ && make_page_textures(current_list_->width, current_list_->height)) {
        draw_page(current_.get(), *current_list_);
    }
}

}  // namespace signpost

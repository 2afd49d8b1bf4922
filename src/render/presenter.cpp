#include "render/presenter.h"

#include <algorithm>
#include <cmath>

#include "render/page_damage.h"
#include "util/log.h"

namespace signpost {
namespace {

// Pages are opaque, so their textures have no alpha channel. That matters to
// SDL's software renderer: fading an alpha-less page over another takes its
// surface-alpha blitter, several times faster than the per-pixel-alpha one an
// ARGB page would take (most of a page change's CPU on a board without a GPU).
constexpr Uint32 kPageFormat = SDL_PIXELFORMAT_RGB888;

// Fade progress 0..1 eased at both ends, so the change starts and ends softly.
float eased(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    return t * t * (3 - 2 * t);
}

}  // namespace

Presenter::Presenter(DisplayRenderer& display, int rotation_degrees, Uint32 output_format)
    : display_(display), renderer_(display.sdl_renderer()) {
    if (rotation_degrees == 0 || rotation_degrees == 90 || rotation_degrees == 180 ||
        rotation_degrees == 270) {
        rotation_ = rotation_degrees;
    } else {
        log_warning("render", "display rotation " + std::to_string(rotation_degrees) +
                                  " is not 0, 90, 180 or 270; drawing unrotated");
    }
    SDL_Window* window = SDL_RenderGetWindow(renderer_);
    if (output_format == SDL_PIXELFORMAT_UNKNOWN && window) {
        output_format = SDL_GetWindowPixelFormat(window);
    }
    SDL_RendererInfo info{};
    software_ = SDL_GetRendererInfo(renderer_, &info) == 0 &&
                (info.flags & SDL_RENDERER_SOFTWARE) != 0 && output_format == kPageFormat;
    if (rotation_ != 0) {
        turned_current_.emplace(renderer_, rotation_);
        turned_previous_.emplace(renderer_, rotation_);
    }
}

bool Presenter::draws_on_output(int width, int height) const {
    if (!software_ || rotation_ != 0) {
        return false;
    }
    int out_w = 0;
    int out_h = 0;
    SDL_GetRendererOutputSize(renderer_, &out_w, &out_h);
    return out_w == width && out_h == height;
}

TexturePtr Presenter::make_page_texture() const {
    TexturePtr page(
        SDL_CreateTexture(renderer_, kPageFormat, SDL_TEXTUREACCESS_TARGET, width_, height_));
    if (page) {
        SDL_SetTextureScaleMode(page.get(), SDL_ScaleModeLinear);
    }
    return page;
}

bool Presenter::make_page_textures(int width, int height) {
    const bool direct = draws_on_output(width, height);
    if (width == width_ && height == height_ && direct == direct_ && (direct_ || current_)) {
        return true;
    }
    // The page on screen only: the one fading out exists during fades alone
    // (begin_fade()), so between page changes one whole page less lives; when
    // the page is drawn on the output itself, none lives apart from it.
    previous_.reset();
    current_.reset();
    fade_start_.reset();  // the old page is gone
    fade_frames_ = 0;
    page_drawn_ = false;
    width_ = width;
    height_ = height;
    direct_ = direct;
    if (!direct_) {
        current_ = make_page_texture();
    }
    if (!direct_ && !current_) {
        if (!textures_failed_) {
            log_error("render", "cannot make " + std::to_string(width) + "x" +
                                    std::to_string(height) +
                                    " page textures, drawing straight to the screen without "
                                    "rotation or fades: " +
                                    SDL_GetError());
        }
        textures_failed_ = true;
        width_ = height_ = 0;
        return false;
    }
    textures_failed_ = false;
    return true;
}

TexturePtr Presenter::copy_of_output() const {
    // A streaming texture: the software renderer's textures are surfaces, and
    // this one is only ever copied from, never drawn into.
    TexturePtr copy(
        SDL_CreateTexture(renderer_, kPageFormat, SDL_TEXTUREACCESS_STREAMING, width_, height_));
    if (!copy) {
        return nullptr;
    }
    void* pixels = nullptr;
    int pitch = 0;
    if (SDL_LockTexture(copy.get(), nullptr, &pixels, &pitch) != 0) {
        return nullptr;
    }
    SDL_SetRenderTarget(renderer_, nullptr);
    const bool read = SDL_RenderReadPixels(renderer_, nullptr, kPageFormat, pixels, pitch) == 0;
    SDL_UnlockTexture(copy.get());
    if (!read) {
        return nullptr;
    }
    SDL_SetTextureScaleMode(copy.get(), SDL_ScaleModeLinear);
    return copy;
}

bool Presenter::begin_fade() {
    // The page fading out is the one in current_ or, drawn on the output, a
    // copy read from it; the new page gets a texture of its own until the fade
    // ends. At most two pages besides the output, as before.
    if (current_) {
        previous_.reset();  // a fade interrupted: its old page is gone at once
    }
    TexturePtr incoming = make_page_texture();
    TexturePtr outgoing = incoming && !current_ ? copy_of_output() : nullptr;
    if (!incoming || (!current_ && !outgoing)) {
        log_debug("render",
                  std::string("no texture for a fade, changing pages at once: ") + SDL_GetError());
        return false;
    }
    previous_ = current_ ? std::move(current_) : std::move(outgoing);
    current_ = std::move(incoming);
    if (turned_current_) {
        std::swap(turned_current_, turned_previous_);
    }
    return true;
}

bool Presenter::patch_page(const DisplayList& list) {
    const PageDamage damage = page_damage(*current_list_, list, display_.fonts());
    if (damage.kind == PageDamage::Kind::none) {
        ++stats_.unchanged;
        return true;
    }
    if (damage.kind == PageDamage::Kind::everything) {
        return false;
    }
    const SDL_Rect& area = damage.area;
    const double share = static_cast<double>(area.w) * static_cast<double>(area.h) /
                         (static_cast<double>(width_) * static_cast<double>(height_));
    if (share > kLargestPatchShare) {
        return false;
    }
    auto patch = page_patch(list, area, display_.fonts());
    if (!patch) {
        return false;
    }
    SDL_Texture* scratch = scratch_.get(renderer_, kPageFormat, patch->list.width,
                                        patch->list.height, width_, height_);
    if (!scratch) {
        return false;
    }
    // The scratch is drawn like a page of its own (cleared to the background,
    // the touching items on top), then only the changed area goes over the page.
    draw_page(scratch, patch->list);
    const SDL_Rect from{area.x - patch->origin.x, area.y - patch->origin.y, area.w, area.h};
    SDL_SetRenderTarget(renderer_, current_.get());  // null: the output holds the page
    SDL_RenderSetClipRect(renderer_, nullptr);
    SDL_RenderCopy(renderer_, scratch, &from, &area);
    SDL_SetRenderTarget(renderer_, nullptr);
    scratch_.release_if_large(width_, height_);
    if (turned_current_) {
        if (turned_current_->turn_area(current_.get(), width_, height_, area) ==
            TurnedPage::Turned::part) {
            ++stats_.turned_parts;
        }
    }
    ++stats_.patches;
    stats_.patch_pixels += static_cast<uint64_t>(area.w) * static_cast<uint64_t>(area.h);
    return true;
}

void Presenter::end_fade_if_over(Clock::time_point now) {
    if (fade_start_ && !fading(now)) {
        log_debug("render", "fade of " + std::to_string(fade_frames_) + " frames");
        fade_start_.reset();
        fade_frames_ = 0;
        // The page that faded out is gone from the screen: free it (a whole
        // page, 8 MB at 1920x1080) until the next page change.
        previous_.reset();
        if (direct_ && current_) {
            // The page faded in goes onto the output, which holds it from now
            // on: its texture is freed too.
            SDL_SetRenderTarget(renderer_, nullptr);
            SDL_RenderSetClipRect(renderer_, nullptr);
            SDL_SetTextureBlendMode(current_.get(), SDL_BLENDMODE_NONE);
            SDL_SetTextureAlphaMod(current_.get(), 255);
            SDL_RenderCopy(renderer_, current_.get(), nullptr, nullptr);
            current_.reset();
        }
        if (turned_previous_) {
            turned_previous_->reset();
        }
    }
}

void Presenter::draw_page(SDL_Texture* target, const DisplayList& list) {
    SDL_SetRenderTarget(renderer_, target);
    display_.draw(list);
    SDL_SetRenderTarget(renderer_, nullptr);
}

void Presenter::show(const DisplayList& list, bool cross_fade, Clock::time_point now) {
    end_fade_if_over(now);
    // A fade needs the old page at the same size.
    const bool same_size = (current_ || direct_) && list.width == width_ && list.height == height_;
    if (!make_page_textures(list.width, list.height)) {
        current_list_ = list;
        return;  // present() draws the list itself
    }
    const bool can_fade = cross_fade && current_list_ && same_size && page_drawn_ && begin_fade();
    if (can_fade) {
        fade_start_ = now;
        fade_frames_ = 0;
    } else if (page_drawn_ && current_list_ && patch_page(list)) {
        current_list_ = list;
        return;
    }
    draw_whole(list);
    current_list_ = list;
}

void Presenter::draw_whole(const DisplayList& list) {
    draw_page(current_.get(), list);  // null: straight onto the output
    ++stats_.full_draws;
    if (turned_current_) {
        turned_current_->turn_all(current_.get(), list.width, list.height);
    }
    page_drawn_ = true;
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
    ++stats_.presents;
    if (textures_failed_) {
        // No page textures: the list straight onto the output, unturned.
        display_.draw(*current_list_);
        SDL_RenderPresent(renderer_);
        return;
    }
    end_fade_if_over(now);
    if (direct_ && !current_) {
        if (!draws_on_output(width_, height_) && make_page_textures(width_, height_)) {
            // The output changed size under the page: drawn again, then fitted.
            draw_whole(*current_list_);
        } else {
            SDL_RenderPresent(renderer_);  // the output holds the page
            return;
        }
    }
    if (turned_ready(fading(now))) {
        // The pages are already turned and fitted: plain whole-output copies.
        auto copy = [this](SDL_Texture* turned, uint8_t alpha) {
            SDL_SetTextureBlendMode(turned,
                                    alpha == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
            SDL_SetTextureAlphaMod(turned, alpha);
            SDL_RenderCopy(renderer_, turned, nullptr, nullptr);
        };
        if (fading(now)) {
            copy(turned_previous_->texture(), 255);
            copy(turned_current_->texture(), fade_alpha(now));
            ++fade_frames_;
        } else {
            copy(turned_current_->texture(), 255);
        }
        SDL_RenderPresent(renderer_);
        return;
    }
    SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
    SDL_RenderClear(renderer_);
    if (fading(now)) {
        copy_to_output(previous_.get(), 255);
        copy_to_output(current_.get(), fade_alpha(now));
        ++fade_frames_;
    } else {
        copy_to_output(current_.get(), 255);
    }
    SDL_RenderPresent(renderer_);
}

uint8_t Presenter::fade_alpha(Clock::time_point now) const {
    auto elapsed = std::chrono::duration<float>(now - *fade_start_);
    float t = eased(elapsed.count() / std::chrono::duration<float>(kCrossFade).count());
    return static_cast<uint8_t>(std::lround(t * 255));
}

bool Presenter::turned_ready(bool fading_now) const {
    return turned_current_ && turned_current_->current_for(width_, height_) &&
           (!fading_now || turned_previous_->current_for(width_, height_));
}

bool Presenter::fading(Clock::time_point now) const {
    return fade_start_ && now < *fade_start_ + kCrossFade;
}

bool Presenter::continue_fade(Clock::time_point now) {
    if (!fade_unfinished()) {
        return false;
    }
    present(now);
    return true;
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
    scratch_.reset();
    page_drawn_ = false;
    if (turned_current_) {
        turned_current_->reset();
        turned_previous_->reset();
    }
    fade_start_.reset();
    fade_frames_ = 0;
    width_ = height_ = 0;  // made again below, for the output as it is now
    if (current_list_ && make_page_textures(current_list_->width, current_list_->height)) {
        draw_whole(*current_list_);
    }
}

void Presenter::on_output_replaced() {
    if (direct_ && !current_) {
        page_drawn_ = false;  // the next show() draws the page whole
    }
}

}  // namespace signpost

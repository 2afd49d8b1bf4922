#include "render/patch_scratch.h"

#include <algorithm>
#include <string>

#include "util/log.h"

namespace signpost {
namespace {

bool kept_size(int width, int height, int page_width, int page_height) {
    return static_cast<double>(width) * static_cast<double>(height) <=
           PatchScratch::kKeptShare * static_cast<double>(page_width) *
               static_cast<double>(page_height);
}

}  // namespace

SDL_Texture* PatchScratch::get(SDL_Renderer* renderer, Uint32 format, int width, int height,
                               int page_width, int page_height) {
    if (texture_ && width <= width_ && height <= height_) {
        return texture_.get();
    }
    int w = std::max(width, width_);
    int h = std::max(height, height_);
    if (!kept_size(w, h, page_width, page_height)) {
        w = width;  // made for this patch alone, released after it
        h = height;
    }
    texture_.reset(SDL_CreateTexture(renderer, format, SDL_TEXTUREACCESS_TARGET, w, h));
    if (!texture_) {
        width_ = height_ = 0;
        log_debug("render",
                  std::string("no scratch texture, drawing whole pages: ") + SDL_GetError());
        return nullptr;
    }
    SDL_SetTextureBlendMode(texture_.get(), SDL_BLENDMODE_NONE);
    SDL_SetTextureScaleMode(texture_.get(), SDL_ScaleModeNearest);
    width_ = w;
    height_ = h;
    return texture_.get();
}

void PatchScratch::release_if_large(int page_width, int page_height) {
    if (texture_ && !kept_size(width_, height_, page_width, page_height)) {
        reset();
    }
}

void PatchScratch::reset() {
    texture_.reset();
    width_ = height_ = 0;
}

}  // namespace signpost

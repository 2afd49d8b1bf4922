#include "render/image_cache.h"

#include <SDL_image.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "util/log.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;

// A logo or a floor map; a bigger file is a mistake that would cost the
// kiosk hundreds of megabytes once decoded.
constexpr std::uintmax_t kMaxImageFileBytes = 32u << 20;
// Without a renderer limit (software), still keep decoded images to this side.
constexpr int kDefaultMaxSide = 8192;
// A screen shows a logo or two; this many distinct images means sizes churn.
constexpr size_t kMaxEntries = 128;

bool is_svg(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".svg";
}

// Scales `surface` down (never up) to fit within max_w x max_h, keeping its aspect.
SurfacePtr fit_within(SurfacePtr surface, int max_w, int max_h) {
    if (surface->w <= max_w && surface->h <= max_h) {
        return surface;
    }
    float scale = std::min(static_cast<float>(max_w) / static_cast<float>(surface->w),
                           static_cast<float>(max_h) / static_cast<float>(surface->h));
    int w = std::max(1, static_cast<int>(static_cast<float>(surface->w) * scale));
    int h = std::max(1, static_cast<int>(static_cast<float>(surface->h) * scale));
    SurfacePtr argb(SDL_ConvertSurfaceFormat(surface.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    SurfacePtr scaled = make_argb_surface(w, h);
    if (!argb || !scaled ||
        SDL_SoftStretchLinear(argb.get(), nullptr, scaled.get(), nullptr) != 0) {
        return {};
    }
    return scaled;
}

}  // namespace

ImageCache::ImageCache(SDL_Renderer* renderer) : renderer_(renderer) {
    SDL_RendererInfo info{};
    max_texture_side_ = kDefaultMaxSide;
    if (SDL_GetRendererInfo(renderer_, &info) == 0 && info.max_texture_width > 0 &&
        info.max_texture_height > 0) {
        max_texture_side_ = std::min(info.max_texture_width, info.max_texture_height);
    }
}

void ImageCache::report_once(const std::string& path, const std::string& reason) {
    if (reported_.insert(path).second) {
        log_warning("render", path + ": image not shown: " + reason);
    }
}

SurfacePtr ImageCache::load(const std::string& path, int box_width, int box_height) {
    std::error_code ec;
    std::uintmax_t size = fs::file_size(path, ec);
    if (ec) {
        report_once(path, ec.message());
        return {};
    }
    if (size > kMaxImageFileBytes) {
        report_once(path, "the file is " + std::to_string(size >> 20) + " MiB, more than 32 MiB");
        return {};
    }
    SurfacePtr surface;
    if (is_svg(path)) {
        SDL_RWops* rw = SDL_RWFromFile(path.c_str(), "rb");
        surface.reset(rw ? IMG_LoadSizedSVG_RW(rw, box_width, box_height) : nullptr);
        if (rw) {
            SDL_RWclose(rw);
        }
    } else {
        surface.reset(IMG_Load(path.c_str()));
    }
    if (!surface) {
        report_once(path, IMG_GetError());
        return {};
    }
    return fit_within(std::move(surface), max_texture_side_, max_texture_side_);
}

ImageTexture ImageCache::get(const std::string& path, int box_width, int box_height) {
    if (box_width <= 0 || box_height <= 0) {
        return {};
    }
    std::string key = path;
    if (is_svg(path)) {
        key += "@" + std::to_string(box_width) + "x" + std::to_string(box_height);
    }
    if (auto it = textures_.find(key); it != textures_.end()) {
        return it->second.view;
    }
    Entry entry;
    if (SurfacePtr surface = load(path, box_width, box_height)) {
        entry.texture.reset(SDL_CreateTextureFromSurface(renderer_, surface.get()));
        if (entry.texture) {
            SDL_SetTextureBlendMode(entry.texture.get(), SDL_BLENDMODE_BLEND);
            SDL_SetTextureScaleMode(entry.texture.get(), SDL_ScaleModeLinear);
            entry.view = ImageTexture{entry.texture.get(), surface->w, surface->h};
        } else {
            report_once(path, std::string("cannot make a texture: ") + SDL_GetError());
        }
    }
    // Failures are kept too, so a missing logo is not looked for on every frame.
    ImageTexture view = entry.view;
    if (textures_.size() >= kMaxEntries) {
        textures_.clear();  // SVGs at ever new sizes: start over rather than grow
    }
    textures_.emplace(std::move(key), std::move(entry));
    return view;
}

void ImageCache::on_device_reset() {
    textures_.clear();
}

}  // namespace signpost

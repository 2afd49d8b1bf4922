#include "render/text_cache.h"

#include <algorithm>
#include <functional>

#include "util/log.h"

namespace signpost {

size_t TextKeyHash::operator()(const TextKey& key) const {
    size_t h = std::hash<std::string>{}(key.text);
    auto mix = [&h](uint64_t v) {
        h ^= std::hash<uint64_t>{}(v) + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    };
    mix(static_cast<uint64_t>(key.px) << 32 | static_cast<uint32_t>(key.max_width));
    mix(static_cast<uint64_t>(key.weight == FontWeight::bold));
    mix(uint64_t{key.color.r} << 24 | uint64_t{key.color.g} << 16 | uint64_t{key.color.b} << 8 |
        key.color.a);
    return h;
}

size_t TextCache::screen_budget(int width, int height) {
    constexpr size_t kAtLeast = size_t{512} << 10;  // a tiny or unknown screen still caches
    const size_t pixels =
        static_cast<size_t>(std::max(width, 0)) * static_cast<size_t>(std::max(height, 0));
    return std::max(pixels / 2, kAtLeast);  // an eighth of the screen's pixels at 4 bytes
}

TextCache::TextCache(SDL_Renderer* renderer, FontChain& fonts, size_t byte_budget)
    : renderer_(renderer), fonts_(fonts), byte_budget_(byte_budget) {
    SDL_RendererInfo info{};
    if (SDL_GetRendererInfo(renderer_, &info) == 0) {
        max_texture_width_ = info.max_texture_width;
    }
}

TextCache::Entry TextCache::make_entry(TextKey key, float size_px) {
    Entry entry;
    entry.view.full_width = static_cast<int>(fonts_.text_width(key.text, size_px, key.weight));
    SurfacePtr line = fonts_.render_line(key.text, size_px, key.weight, key.color, key.max_width);
    ++rasterised_;
    if (line) {
        entry.texture.reset(SDL_CreateTextureFromSurface(renderer_, line.get()));
        if (entry.texture) {
            SDL_SetTextureBlendMode(entry.texture.get(), SDL_BLENDMODE_BLEND);
            entry.view = TextTexture{entry.texture.get(), line->w, line->h, entry.view.full_width};
            entry.bytes = static_cast<size_t>(line->w) * static_cast<size_t>(line->h) * 4;
        } else {
            log_error("render", "cannot make a texture for text \"" + key.text.substr(0, 60) +
                                    "\": " + SDL_GetError());
        }
    }
    entry.key = std::move(key);
    return entry;
}

TextTexture TextCache::get(std::string_view text, float size_px, FontWeight weight, Color color,
                           int max_width) {
    if (max_texture_width_ > 0) {
        max_width = std::min(max_width, max_texture_width_);
    }
    TextKey key{std::string(text), FontChain::pixel_size(size_px), weight, color,
                std::max(0, max_width)};
    if (auto it = index_.find(key); it != index_.end()) {
        entries_.splice(entries_.begin(), entries_, it->second);
        return it->second->view;
    }
    entries_.push_front(make_entry(std::move(key), size_px));
    index_.emplace(entries_.front().key, entries_.begin());
    bytes_ += entries_.front().bytes;
    TextTexture view = entries_.front().view;
    evict_to_budget();
    return view;
}

void TextCache::evict_to_budget() {
    // The newest entry always stays, even alone over budget: dropping it would
    // rasterise the same line again on every frame.
    while (bytes_ > byte_budget_ && entries_.size() > 1) {
        Entry& last = entries_.back();
        bytes_ -= last.bytes;
        index_.erase(last.key);
        entries_.pop_back();
    }
}

void TextCache::on_device_reset() {
    index_.clear();
    entries_.clear();
    bytes_ = 0;
}

}  // namespace signpost

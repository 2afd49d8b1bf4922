#include "render/renderer.h"

#include <cmath>

#include "render/arrow_shapes.h"
#include "render/shape_drawing.h"
#include "render/symbol_shapes.h"

namespace signpost {
namespace {

// Beyond this a coordinate is a layout bug (or NaN); such items are skipped
// rather than handed to SDL's integer maths.
constexpr float kMaxCoordinate = 1e6f;

bool usable(const Rect& r) {
    auto ok = [](float v) { return std::isfinite(v) && std::fabs(v) < kMaxCoordinate; };
    return ok(r.x) && ok(r.y) && ok(r.w) && ok(r.h) && r.w > 0 && r.h > 0;
}

// The whole pixels a box covers, for clipping.
SDL_Rect covered_pixels(const Rect& r) {
    int x0 = static_cast<int>(std::floor(r.x));
    int y0 = static_cast<int>(std::floor(r.y));
    int x1 = static_cast<int>(std::ceil(r.right()));
    int y1 = static_cast<int>(std::ceil(r.bottom()));
    return SDL_Rect{x0, y0, x1 - x0, y1 - y0};
}

}  // namespace

DisplayRenderer::DisplayRenderer(SDL_Renderer* renderer, FontChain& fonts, size_t text_cache_bytes)
    : renderer_(renderer),
      fonts_(fonts),
      text_cache_(renderer, fonts, text_cache_bytes),
      image_cache_(renderer) {}

void DisplayRenderer::draw(const DisplayList& list) {
    SDL_RenderSetClipRect(renderer_, nullptr);
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(renderer_, list.background.r, list.background.g, list.background.b, 255);
    SDL_RenderClear(renderer_);
    for (const DisplayItem& item : list.items) {
        std::visit([this](const auto& data) { draw_item(data); }, item.data);
    }
    SDL_RenderSetClipRect(renderer_, nullptr);
}

void DisplayRenderer::draw_item(const RectItem& item) {
    if (usable(item.rect)) {
        fill_rect(renderer_, item.rect, std::isfinite(item.radius) ? item.radius : 0, item.color);
    }
}

void DisplayRenderer::draw_item(const TextItem& item) {
    if (!usable(item.box) || item.text.empty()) {
        return;
    }
    SDL_Rect clip = covered_pixels(item.box);
    TextTexture text =
        text_cache_.get(item.text, item.size_px, item.weight, item.color, clip.w + 1);
    if (!text.texture) {
        return;
    }
    // The texture's baseline lies the font's ascent below its top; the item
    // says where the baseline goes. Layout's line box is tighter than the
    // font's (layout/typesetter.h), so the clip reaches a fifth of an em
    // beyond it vertically: a tall accent or a deep descender is never cut,
    // and the box still bounds the text horizontally.
    const float font_ascent = fonts_.metrics(item.size_px, item.weight).ascent;
    const float baseline =
        item.baseline > 0 && std::isfinite(item.baseline) ? item.baseline : font_ascent;
    const int slack = static_cast<int>(std::ceil(0.2f * item.size_px));
    clip.y -= slack;
    clip.h += 2 * slack;
    // Aligned by the whole line's width; a line wider than its box (layout
    // should have fitted it) shows its beginning, the part that reads.
    float x = item.box.x;
    if (text.full_width <= item.box.w) {
        float room = item.box.w - static_cast<float>(text.full_width);
        x += item.align == HAlign::center ? room / 2 : item.align == HAlign::right ? room : 0;
    }
    // Whole pixels keep glyph edges as FreeType drew them.
    SDL_Rect dst{static_cast<int>(std::lround(x)),
                 static_cast<int>(std::lround(item.box.y + baseline - font_ascent)), text.width,
                 text.height};
    SDL_RenderSetClipRect(renderer_, &clip);
    SDL_RenderCopy(renderer_, text.texture, nullptr, &dst);
    SDL_RenderSetClipRect(renderer_, nullptr);
}

void DisplayRenderer::draw_item(const ArrowItem& item) {
    if (!usable(item.box)) {
        return;
    }
    for (const Polygon& polygon : arrow_outline(item.arrow, item.box)) {
        fill_polygon(renderer_, polygon, item.color);
    }
}

void DisplayRenderer::draw_item(const ImageItem& item) {
    if (!usable(item.box) || item.path.empty()) {
        return;
    }
    SDL_Rect box = covered_pixels(item.box);
    ImageTexture image = image_cache_.get(item.path, box.w, box.h);
    if (!image.texture) {
        return;
    }
    float scale = std::min(item.box.w / static_cast<float>(image.width),
                           item.box.h / static_cast<float>(image.height));
    float w = static_cast<float>(image.width) * scale;
    float h = static_cast<float>(image.height) * scale;
    SDL_FRect dst{item.box.x + (item.box.w - w) / 2, item.box.y + (item.box.h - h) / 2, w, h};
    SDL_RenderCopyF(renderer_, image.texture, nullptr, &dst);
}

void DisplayRenderer::draw_item(const SymbolItem& item) {
    if (!usable(item.box)) {
        return;
    }
    for (const Polygon& polygon : symbol_outline(item.symbol, item.box)) {
        fill_polygon(renderer_, polygon, item.color);
    }
}

void DisplayRenderer::draw_item(const QrItem& item) {
    const size_t n = static_cast<size_t>(std::max(item.size, 0));
    if (!usable(item.box) || n == 0 || item.dark.size() != n * n) {
        return;
    }
    // Whole pixels per module, the code centred in its box: a module split
    // between pixels blurs into grey edges a phone reads worse.
    const int side = static_cast<int>(std::floor(std::min(item.box.w, item.box.h)));
    const int module = side / static_cast<int>(n);
    if (module < 1) {
        return;
    }
    const int drawn = module * static_cast<int>(n);
    const int x0 = static_cast<int>(std::lround(item.box.x + (item.box.w - drawn) / 2.0f));
    const int y0 = static_cast<int>(std::lround(item.box.y + (item.box.h - drawn) / 2.0f));
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(renderer_, item.light_color.r, item.light_color.g, item.light_color.b,
                           255);
    const SDL_Rect light{x0, y0, drawn, drawn};
    SDL_RenderFillRect(renderer_, &light);
    SDL_SetRenderDrawColor(renderer_, item.dark_color.r, item.dark_color.g, item.dark_color.b, 255);
    // One rectangle per run of dark modules in a row.
    std::vector<SDL_Rect> runs;
    for (size_t y = 0; y < n; ++y) {
        for (size_t x = 0; x < n;) {
            if (!item.dark[y * n + x]) {
                ++x;
                continue;
            }
            size_t end = x;
            while (end < n && item.dark[y * n + end]) {
                ++end;
            }
            runs.push_back({x0 + static_cast<int>(x) * module, y0 + static_cast<int>(y) * module,
                            static_cast<int>(end - x) * module, module});
            x = end;
        }
    }
    SDL_RenderFillRects(renderer_, runs.data(), static_cast<int>(runs.size()));
}

void DisplayRenderer::on_device_reset() {
    text_cache_.on_device_reset();
    image_cache_.on_device_reset();
}

}  // namespace signpost

#include "render/renderer.h"

#include <cmath>

#include "render/arrow_shapes.h"
#include "render/shape_drawing.h"

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

void DisplayRenderer::on_device_reset() {
    text_cache_.on_device_reset();
    image_cache_.on_device_reset();
}

}  // namespace signpost

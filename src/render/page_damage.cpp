#include "render/page_damage.h"

#include <algorithm>
#include <cmath>
#include <type_traits>
#include <utility>
#include <vector>

namespace signpost {
namespace {

// Past this a coordinate is a layout bug (the renderer skips such items); the
// same limit keeps the integer maths below from overflowing.
constexpr float kMaxCoordinate = 1e6f;
// Polygons (rounded corners, arrows) get a soft band pushed out 1 px along
// each corner's mitre, up to 3 px at sharp corners (render/shape_drawing.cpp):
// one more pixel holds every pixel that band touches. The margin also keeps
// every vertex of a patch's items at >= 0: SDL's software renderer rasterises
// a triangle that starts left of its target differently at the target's edge.
constexpr int kEdgeMargin = 4;

const Rect& item_rect(const DisplayItemData& data) {
    return std::visit(
        [](const auto& d) -> const Rect& {
            if constexpr (std::is_same_v<std::decay_t<decltype(d)>, RectItem>) {
                return d.rect;
            } else {
                return d.box;
            }
        },
        data);
}

Rect& item_rect(DisplayItemData& data) {
    return const_cast<Rect&>(item_rect(std::as_const(data)));
}

// TextItem::baseline (where the line sits in its box) came after the rest; the
// check compiles with and without it.
template <typename T>
bool text_placement_equal(const T& x, const T& y) {
    if constexpr (requires { x.baseline; }) {
        return x.baseline == y.baseline;
    } else {
        return true;
    }
}

bool item_equal(const DisplayItem& a, const DisplayItem& b) {
    if (a.data.index() != b.data.index()) {
        return false;
    }
    // Every field: a field added to an item later must be compared here too,
    // or a change of it alone would not be redrawn.
    return std::visit(
        [&b](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            const T& y = std::get<T>(b.data);
            if constexpr (std::is_same_v<T, RectItem>) {
                return x.rect == y.rect && x.color == y.color && x.radius == y.radius;
            } else if constexpr (std::is_same_v<T, TextItem>) {
                return x.box == y.box && x.text == y.text && x.size_px == y.size_px &&
                       x.weight == y.weight && x.color == y.color && x.align == y.align &&
                       text_placement_equal(x, y);
            } else if constexpr (std::is_same_v<T, ArrowItem>) {
                return x.box == y.box && x.arrow == y.arrow && x.color == y.color;
            } else if constexpr (std::is_same_v<T, SymbolItem>) {
                return x.box == y.box && x.symbol == y.symbol && x.color == y.color;
            } else if constexpr (std::is_same_v<T, QrItem>) {
                return x.box == y.box && x.size == y.size && x.dark == y.dark &&
                       x.dark_color == y.dark_color && x.light_color == y.light_color;
            } else {
                return x.box == y.box && x.path == y.path;
            }
        },
        a.data);
}

SDL_Rect unite(const SDL_Rect& a, const SDL_Rect& b) {
    if (a.w <= 0 || a.h <= 0) {
        return b;
    }
    if (b.w <= 0 || b.h <= 0) {
        return a;
    }
    SDL_Rect out;
    SDL_UnionRect(&a, &b, &out);
    return out;
}

bool intersects(const SDL_Rect& a, const SDL_Rect& b) {
    return SDL_HasIntersection(&a, &b) == SDL_TRUE;
}

}  // namespace

std::optional<SDL_Rect> item_paint_bounds(const DisplayItem& item, TextMeasurer& fonts) {
    const Rect& r = item_rect(item.data);
    for (float v : {r.x, r.y, r.w, r.h}) {
        if (!std::isfinite(v) || std::fabs(v) >= kMaxCoordinate) {
            return std::nullopt;
        }
    }
    float top = r.y;
    float bottom = r.bottom();
    if (const auto* text = std::get_if<TextItem>(&item.data)) {
        if (!std::isfinite(text->size_px)) {
            return std::nullopt;
        }
        // The line's texture is ascent + descent tall with its baseline inside
        // the box: it can reach a whole line above or below the box.
        const FontMetrics m = fonts.metrics(text->size_px, text->weight);
        const float line = std::max(m.ascent + m.descent, text->size_px);
        if (!std::isfinite(line) || line >= kMaxCoordinate) {
            return std::nullopt;
        }
        top -= line;
        bottom += line;
    }
    const int x0 = static_cast<int>(std::floor(std::min(r.x, r.right()))) - kEdgeMargin;
    const int x1 = static_cast<int>(std::ceil(std::max(r.x, r.right()))) + kEdgeMargin;
    const int y0 = static_cast<int>(std::floor(std::min(top, bottom))) - kEdgeMargin;
    const int y1 = static_cast<int>(std::ceil(std::max(top, bottom))) + kEdgeMargin;
    return SDL_Rect{x0, y0, x1 - x0, y1 - y0};
}

PageDamage page_damage(const DisplayList& before, const DisplayList& after, TextMeasurer& fonts) {
    PageDamage damage;
    if (before.width != after.width || before.height != after.height ||
        !(before.background == after.background)) {
        return damage;  // everything
    }
    const auto& a = before.items;
    const auto& b = after.items;
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && item_equal(a[prefix], b[prefix])) {
        ++prefix;
    }
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           item_equal(a[a.size() - 1 - suffix], b[b.size() - 1 - suffix])) {
        ++suffix;
    }
    SDL_Rect area{0, 0, 0, 0};
    for (const auto* items : {&a, &b}) {
        for (size_t i = prefix; i + suffix < items->size(); ++i) {
            auto bounds = item_paint_bounds((*items)[i], fonts);
            if (!bounds) {
                return damage;  // everything
            }
            area = unite(area, *bounds);
        }
    }
    const SDL_Rect page{0, 0, after.width, after.height};
    SDL_Rect on_page{0, 0, 0, 0};
    if (area.w <= 0 || area.h <= 0 || SDL_IntersectRect(&area, &page, &on_page) != SDL_TRUE) {
        damage.kind = PageDamage::Kind::none;  // nothing changed, or only off the page
        return damage;
    }
    damage.kind = PageDamage::Kind::area;
    damage.area = on_page;
    return damage;
}

std::optional<PagePatch> page_patch(const DisplayList& page, SDL_Rect area, TextMeasurer& fonts) {
    PagePatch patch;
    SDL_Point origin{area.x, area.y};
    std::vector<const DisplayItem*> touching;
    for (const DisplayItem& item : page.items) {
        auto bounds = item_paint_bounds(item, fonts);
        if (!bounds) {
            return std::nullopt;
        }
        if (intersects(*bounds, area)) {
            touching.push_back(&item);
            origin.x = std::min(origin.x, bounds->x);
            origin.y = std::min(origin.y, bounds->y);
        }
    }
    if (origin.x < 0 || origin.y < 0) {
        return std::nullopt;
    }
    patch.origin = origin;
    patch.list.width = area.x + area.w - origin.x;
    patch.list.height = area.y + area.h - origin.y;
    patch.list.background = page.background;
    patch.list.items.reserve(touching.size());
    for (const DisplayItem* item : touching) {
        DisplayItem moved = *item;
        Rect& r = item_rect(moved.data);
        r.x -= static_cast<float>(origin.x);
        r.y -= static_cast<float>(origin.y);
        patch.list.items.push_back(std::move(moved));
    }
    return patch;
}

}  // namespace signpost

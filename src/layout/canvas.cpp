#include "layout/canvas.h"

#include <utility>

namespace signpost::layout_detail {
namespace {

Rect scaled(Rect r, float k) {
    return {r.x * k, r.y * k, r.w * k, r.h * k};
}

struct ToPixels {
    float k;
    void operator()(RectItem& r) const {
        r.rect = scaled(r.rect, k);
        r.radius *= k;
    }
    void operator()(TextItem& t) const {
        t.box = scaled(t.box, k);
        t.size_px *= k;
        t.baseline *= k;
    }
    void operator()(ArrowItem& a) const { a.box = scaled(a.box, k); }
    void operator()(ImageItem& i) const { i.box = scaled(i.box, k); }
    void operator()(SymbolItem& s) const { s.box = scaled(s.box, k); }
    void operator()(QrItem& q) const { q.box = scaled(q.box, k); }
};

}  // namespace

void Canvas::rect(std::string role, Rect box, Color color, float radius) {
    items_.push_back({std::move(role), RectItem{box, color, radius}, identity_});
}

void Canvas::text(std::string role, Rect box, std::string text, TextStyle style, Color color,
                  HAlign align, float baseline) {
    if (text.empty()) {
        return;
    }
    items_.push_back(
        {std::move(role),
         TextItem{box, std::move(text), style.size, style.weight, color, align, baseline},
         identity_});
}

void Canvas::arrow(std::string role, Rect box, Arrow arrow, Color color) {
    items_.push_back({std::move(role), ArrowItem{box, arrow, color}, identity_});
}

void Canvas::image(std::string role, Rect box, std::string path) {
    items_.push_back({std::move(role), ImageItem{box, std::move(path)}, identity_});
}

void Canvas::symbol(std::string role, Rect box, Symbol symbol, Color color) {
    items_.push_back({std::move(role), SymbolItem{box, symbol, color}, identity_});
}

void Canvas::qr(std::string role, Rect box, std::string text, QrMatrix matrix, Color dark,
                Color light) {
    items_.push_back(
        {std::move(role),
         QrItem{box, std::move(text), matrix.size, std::move(matrix.dark), dark, light},
         identity_});
}

DisplayList Canvas::finish(Color background) const {
    DisplayList out;
    out.width = sizes_.width_px;
    out.height = sizes_.height_px;
    out.background = background;
    out.items = items_;
    for (auto& item : out.items) {
        std::visit(ToPixels{sizes_.px_per_du}, item.data);
    }
    return out;
}

}  // namespace signpost::layout_detail

// A page being drawn, in design units. Items are kept in du and converted to
// pixels once, in finish(), so the page is laid out the same at every
// resolution and only the last step knows the screen.
#pragma once

#include <algorithm>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "layout/display_list.h"
#include "layout/qr_code.h"
#include "layout/sizes.h"

namespace signpost::layout_detail {

class Canvas {
  public:
    explicit Canvas(const Sizes& sizes) : sizes_(sizes) {}

    void rect(std::string role, Rect box, Color color, float radius = 0);
    void text(std::string role, Rect box, std::string text, TextStyle style, Color color,
              HAlign align = HAlign::left, float baseline = 0);
    void arrow(std::string role, Rect box, Arrow arrow, Color color);
    void image(std::string role, Rect box, std::string path);
    void symbol(std::string role, Rect box, Symbol symbol, Color color);
    void qr(std::string role, Rect box, std::string text, QrMatrix matrix, Color dark, Color light);

    // How many items there are, and those added since an earlier size(): a
    // caller labels what one row drew (layout/step_free_row.h).
    size_t size() const { return items_.size(); }
    std::span<DisplayItem> items_since(size_t first) {
        return std::span<DisplayItem>(items_).subspan(std::min(first, items_.size()));
    }

    // The display list in pixels, items in drawing order.
    DisplayList finish(Color background) const;

    // Every item added from now on carries this identity (a room's row sets
    // its room, each session cell its session; see IdentityScope).
    const ItemIdentity& identity() const { return identity_; }
    void set_identity(ItemIdentity identity) { identity_ = std::move(identity); }

  private:
    const Sizes& sizes_;
    ItemIdentity identity_;
    std::vector<DisplayItem> items_;  // geometry and font sizes in du
};

// Sets the canvas's identity for a scope and restores the one before it, so a
// row drawing its cells cannot leave its room on the next row's items.
class IdentityScope {
  public:
    IdentityScope(Canvas& canvas, ItemIdentity identity)
        : canvas_(canvas), saved_(canvas.identity()) {
        canvas_.set_identity(std::move(identity));
    }
    ~IdentityScope() { canvas_.set_identity(std::move(saved_)); }
    IdentityScope(const IdentityScope&) = delete;
    IdentityScope& operator=(const IdentityScope&) = delete;

  private:
    Canvas& canvas_;
    ItemIdentity saved_;
};

}  // namespace signpost::layout_detail

// The display list: everything one frame shows, in pixels of the logical
// (already rotated) screen. Layout produces it as a pure function; the renderer
// only draws it; --dump prints it as JSON. Items are drawn in order.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "model/direction.h"

namespace signpost {

struct Color {
    uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Color&) const = default;
};

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool operator==(const Rect&) const = default;
};

enum class FontWeight { regular, bold };
enum class HAlign { left, center, right };

// A filled rectangle (radius > 0: rounded corners).
struct RectItem {
    Rect rect;
    Color color;
    float radius = 0;
};

// One line of text, already fitted by layout (wrapped, ellipsised): the
// renderer draws it as is, with its baseline `baseline` pixels below box.y
// (0: the font's own ascent at size_px), clipped to box horizontally. The box
// is the line's share of its block, tighter than the font's ascent + descent
// (see layout/typesetter.h), so a glyph may reach a little above or below it.
// `size_px` is the font's em size in pixels.
struct TextItem {
    Rect box;
    std::string text;  // UTF-8
    float size_px = 0;
    FontWeight weight = FontWeight::regular;
    Color color;
    HAlign align = HAlign::left;
    float baseline = 0;
};

// A wayfinding arrow (ISO 7001 shape) filling box, pointing `arrow`.
struct ArrowItem {
    Rect box;
    Arrow arrow = Arrow::ahead;
    Color color;
};

// An image file (PNG/SVG via SDL2_image) scaled to fit box, keeping its aspect.
struct ImageItem {
    Rect box;
    std::string path;
};

// A pictogram drawn as a shape (a font may lack it, and it must read at the
// size of an arrow): the ISO 7001 accessibility symbol that marks a step-free
// way.
enum class Symbol { accessible };

struct SymbolItem {
    Rect box;
    Symbol symbol = Symbol::accessible;
    Color color;
};

// A QR code: `size` x `size` modules, its quiet zone included, row by row in
// `dark` (1 dark, 0 light). The renderer draws it filling `box` (a square) in
// whole pixels per module, light under dark, so a phone can read it.
struct QrItem {
    Rect box;
    std::string text;  // what it encodes, for tests and --dump
    int size = 0;
    std::vector<uint8_t> dark;
    Color dark_color;
    Color light_color;
};

using DisplayItemData = std::variant<RectItem, TextItem, ArrowItem, ImageItem, SymbolItem, QrItem>;

// What an item is about, for tests, --dump and tools that check a page's
// coverage (empty: not set). The renderer ignores it.
struct ItemIdentity {
    std::string room;         // the room it names, or whose session it shows
    std::string session;      // the session it shows
    std::string building;     // the building whose row it belongs to
    std::string destination;  // arrows: the building or room they lead to
    // A way's arrow and text that serve several places (rooms sharing a way):
    // all of them, and `destination` stays empty.
    std::vector<std::string> destinations = {};
    std::string route = {};  // a way's items: "shortest" or "step-free"
    bool operator==(const ItemIdentity&) const = default;
};

struct DisplayItem {
    // A constructor rather than an aggregate, so {role, data} (the items
    // before identity existed, and tests that build lists by hand) still
    // compiles cleanly under -Wmissing-field-initializers.
    DisplayItem() = default;
    DisplayItem(std::string role_, DisplayItemData data_, ItemIdentity identity_ = {})
        : role(std::move(role_)), data(std::move(data_)), identity(std::move(identity_)) {}

    // What the item is, for tests and --dump: "header", "clock", "page-title",
    // "room-name", "session-title", "progress", "footer", "banner", ...
    std::string role;
    DisplayItemData data;
    ItemIdentity identity;
};

struct DisplayList {
    int width = 0;  // logical pixels (after rotation: 1080x1920 for a portrait panel)
    int height = 0;
    Color background;
    std::vector<DisplayItem> items;
};

}  // namespace signpost

#include "app/display_list_json.h"

#include <cstdio>
#include <utility>

namespace signpost {
namespace {

nlohmann::json rect_json(const Rect& r) {
    return {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
}

std::string_view align_name(HAlign a) {
    switch (a) {
        case HAlign::left:
            return "left";
        case HAlign::center:
            return "center";
        case HAlign::right:
            return "right";
    }
    return "left";
}

struct ItemToJson {
    nlohmann::json& out;
    void operator()(const RectItem& r) const {
        out["type"] = "rect";
        out["rect"] = rect_json(r.rect);
        out["color"] = color_to_hex(r.color);
        if (r.radius > 0)
            out["radius"] = r.radius;
    }
    void operator()(const TextItem& t) const {
        out["type"] = "text";
        out["rect"] = rect_json(t.box);
        out["text"] = t.text;
        out["size"] = t.size_px;
        out["weight"] = t.weight == FontWeight::bold ? "bold" : "regular";
        out["color"] = color_to_hex(t.color);
        out["align"] = align_name(t.align);
    }
    void operator()(const ArrowItem& a) const {
        out["type"] = "arrow";
        out["rect"] = rect_json(a.box);
        out["arrow"] = to_string(a.arrow);
        out["color"] = color_to_hex(a.color);
    }
    void operator()(const ImageItem& i) const {
        out["type"] = "image";
        out["rect"] = rect_json(i.box);
        out["path"] = i.path;
    }
    void operator()(const SymbolItem& s) const {
        out["type"] = "symbol";
        out["rect"] = rect_json(s.box);
        out["symbol"] = "accessible";
        out["color"] = color_to_hex(s.color);
    }
    void operator()(const QrItem& q) const {
        out["type"] = "qr";
        out["rect"] = rect_json(q.box);
        out["text"] = q.text;
        out["modules"] = q.size;
        out["color"] = color_to_hex(q.dark_color);
        out["background"] = color_to_hex(q.light_color);
    }
};

}  // namespace

std::string color_to_hex(Color c) {
    char buf[16];
    if (c.a == 255) {
        std::snprintf(buf, sizeof buf, "#%02X%02X%02X", c.r, c.g, c.b);
    } else {
        std::snprintf(buf, sizeof buf, "#%02X%02X%02X%02X", c.r, c.g, c.b, c.a);
    }
    return buf;
}

nlohmann::json display_items_to_json(const DisplayList& list) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : list.items) {
        nlohmann::json j;
        j["role"] = item.role;
        std::visit(ItemToJson{j}, item.data);
        const ItemIdentity& id = item.identity;
        for (const auto& [key, value] : {std::pair{"room", &id.room},
                                         {"session", &id.session},
                                         {"building", &id.building},
                                         {"destination", &id.destination}}) {
            if (!value->empty())
                j[key] = *value;
        }
        if (!id.destinations.empty())
            j["destinations"] = id.destinations;
        if (!id.route.empty())
            j["route"] = id.route;
        items.push_back(std::move(j));
    }
    return items;
}

}  // namespace signpost

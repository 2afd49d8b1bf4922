#include "layout/floor_label.h"

#include <algorithm>

#include "layout/utf8_text.h"
#include "model/venue.h"

namespace signpost::layout_detail {
namespace {

bool asks_for(std::span<const std::string> order, std::string_view lang) {
    return std::any_of(order.begin(), order.end(), [&](const std::string& l) {
        return l.size() >= lang.size() && l.compare(0, lang.size(), lang) == 0 &&
               (l.size() == lang.size() || l[lang.size()] == '-' || l[lang.size()] == '_');
    });
}

}  // namespace

std::string floor_mark(std::string_view floor, std::span<const std::string> order) {
    const std::string clean = clean_display_text(floor);
    const std::optional<int> n = floor_number(clean);
    if (!n) {
        return clean;
    }
    const bool ko = asks_for(order, "ko");
    const bool en = asks_for(order, "en") || !ko;
    const std::string num = std::to_string(*n < 0 ? -*n : *n);
    std::string out;
    if (en) {
        out = *n < 0 ? "B" + num : num + "F";
    }
    if (ko) {
        if (!out.empty()) {
            out += " \xC2\xB7 ";  // " · "
        }
        out += *n < 0 ? "지하 " + num + "층" : num + "층";
    }
    return out;
}

}  // namespace signpost::layout_detail

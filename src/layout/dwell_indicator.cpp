#include "layout/dwell_indicator.h"

#include <algorithm>

namespace signpost {

DisplayList with_dwell_progress(const DisplayList& full, double progress) {
    DisplayList out = full;
    const float p = static_cast<float>(std::clamp(progress, 0.0, 1.0));
    const RectItem* track = nullptr;
    for (const auto& item : out.items) {
        if (item.role == "dwell-track") {
            track = std::get_if<RectItem>(&item.data);
        }
    }
    auto it = std::find_if(out.items.begin(), out.items.end(),
                           [](const DisplayItem& i) { return i.role == "dwell-progress"; });
    if (it == out.items.end() || !track) {
        return out;
    }
    if (p <= 0) {
        out.items.erase(it);
        return out;
    }
    if (auto* bar = std::get_if<RectItem>(&it->data)) {
        bar->rect.w = track->rect.w * p;
    }
    return out;
}

}  // namespace signpost

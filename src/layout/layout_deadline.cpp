// next_layout_change (declared in layout.h): when the shown content changes by
// itself, so the main loop can sleep until then.
#include <algorithm>
#include <chrono>

#include "layout/layout.h"

namespace signpost {

Instant next_layout_change(const Schedule* schedule, Instant now) {
    // The next minute: the clock, progress bars and "25 min ago" move then.
    // Every zone in use has an offset of whole minutes, so UTC minutes are
    // venue minutes.
    Instant next = std::chrono::floor<std::chrono::minutes>(now) + std::chrono::minutes{1};
    if (!schedule) {
        return next;
    }
    const auto consider = [&](Instant t) {
        if (t > now && t < next) {
            next = t;
        }
    };
    for (const Session& s : schedule->sessions()) {
        consider(s.start);
        consider(s.end);
    }
    for (const Announcement& a : schedule->announcements()) {
        if (a.start)
            consider(*a.start);
        if (a.end)
            consider(*a.end);
    }
    return next;
}

}  // namespace signpost

#include "layout/shared_slot.h"

#include <map>
#include <tuple>

namespace signpost::layout_detail {

std::optional<SharedSlot> shared_slot(const Schedule& schedule, std::span<const size_t> rooms,
                                      Instant now, const TimeZone& zone) {
    // Ordered by the instants themselves: the same feed gives the same
    // slot on every screen and every run, whatever the rooms' order.
    std::map<std::tuple<Instant, Instant, Instant>, size_t> count;
    const long today = zone.local_day_number(now);
    for (size_t r : rooms) {
        const NowNext nn = schedule.now_next(r, now);
        if (nn.now && nn.next && zone.local_day_number(nn.next->start) == today) {
            ++count[{nn.now->start, nn.now->end, nn.next->start}];
        }
    }
    const std::tuple<Instant, Instant, Instant>* best = nullptr;
    size_t most = 0;
    for (const auto& [key, n] : count) {
        if (n > most) {
            best = &key;
            most = n;
        }
    }
    if (!best || most < 2 || 2 * most <= rooms.size()) {
        return std::nullopt;
    }
    return SharedSlot{std::get<0>(*best), std::get<1>(*best), std::get<2>(*best)};
}

bool shares_now(const Session* now, const SharedSlot& slot) {
    return now && now->start == slot.now_start && now->end == slot.now_end;
}

bool shares_next(const Session* next, const SharedSlot& slot) {
    return next && next->start == slot.next_start;
}

}  // namespace signpost::layout_detail

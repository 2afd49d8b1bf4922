#include "layout/live_overlay.h"

#include <algorithm>
#include <string>

namespace signpost::layout_detail {
namespace {

int rank(AnnouncementLevel level) {
    switch (level) {
        case AnnouncementLevel::emergency:
            return 0;
        case AnnouncementLevel::warning:
            return 1;
        case AnnouncementLevel::info:
            return 2;
    }
    return 2;
}

// The room names in one language, joined: "Janson, K.3.401".
std::string room_names(const Venue& venue, const std::vector<size_t>& rooms,
                       const std::vector<std::string>& order) {
    std::string out;
    for (size_t r : rooms) {
        const std::string& name = venue.rooms[r].name.pick(order);
        out += out.empty() ? "" : ", ";
        out += name.empty() ? venue.rooms[r].id : name;
    }
    return out;
}

}  // namespace

std::vector<const Announcement*> active_announcements(const LayoutContext& ctx) {
    std::vector<const Announcement*> out;
    if (ctx.schedule) {
        out = ctx.schedule->active_announcements(ctx.now);
    }
    for (const Announcement& a : ctx.live_announcements) {
        if (a.active_at(ctx.now)) {
            out.push_back(&a);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Announcement* a, const Announcement* b) {
        return rank(a->level) < rank(b->level);
    });
    return out;
}

std::optional<Announcement> evacuation_announcement(const LayoutContext& ctx) {
    if (!ctx.live || !ctx.schedule) {
        return std::nullopt;
    }
    const std::vector<size_t> rooms = ctx.live->evacuated_rooms();
    if (rooms.empty()) {
        return std::nullopt;
    }
    Seconds age{0};
    for (size_t r : rooms) {
        age = std::max(age, ctx.live->find(r)->age);
    }
    const long minutes = static_cast<long>(age.count() / 60);
    const Venue& venue = ctx.schedule->venue();
    Announcement a;
    a.id = "live-evacuation";
    a.level = AnnouncementLevel::emergency;
    a.text.set("ko", "대피: " + room_names(venue, rooms, {"ko"}) + " — " +
                         (minutes < 1 ? std::string("방금 발령")
                                      : std::to_string(minutes) + "분 전 발령"));
    a.text.set("en",
               "Evacuate " + room_names(venue, rooms, {"en"}) + " — declared " +
                   (minutes < 1 ? std::string("just now") : std::to_string(minutes) + " min ago"));
    if (auto exit = ctx.config.directions.find("exit"); exit != ctx.config.directions.end()) {
        a.direction = exit->second.arrow;
    }
    return a;
}

std::optional<Announcement> active_emergency(const LayoutContext& ctx) {
    if (auto evacuation = evacuation_announcement(ctx)) {
        return evacuation;
    }
    for (const Announcement* a : active_announcements(ctx)) {
        if (a->level == AnnouncementLevel::emergency) {
            return *a;
        }
    }
    return std::nullopt;
}

}  // namespace signpost::layout_detail

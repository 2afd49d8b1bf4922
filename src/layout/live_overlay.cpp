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

// The room names in one language, joined: "Janson, K.3.401". In a venue of
// more than one building each building's rooms go together under its name
// ("본관 101호, 102호; 별관 201호" / "Room 101, Room 102 in Main Hall;
// Room 201 in Annex"): rooms of different buildings may share a name
// ("Room 100"), and an evacuation must not send anyone to the wrong one.
std::string room_names(const Venue& venue, const std::vector<size_t>& rooms,
                       const std::string& lang) {
    const std::vector<std::string> order{lang};
    const auto name_of = [&](size_t r) {
        const std::string& name = venue.rooms[r].name.pick(order);
        return name.empty() ? venue.rooms[r].id : name;
    };
    std::string out;
    if (venue.buildings.size() <= 1) {
        for (size_t r : rooms) {
            out += (out.empty() ? "" : ", ") + name_of(r);
        }
        return out;
    }
    for (size_t b = 0; b < venue.buildings.size(); ++b) {
        std::string names;
        for (size_t r : rooms) {
            if (venue.rooms[r].building == b) {
                names += (names.empty() ? "" : ", ") + name_of(r);
            }
        }
        if (names.empty()) {
            continue;
        }
        const std::string& building = venue.buildings[b].name.pick(order);
        out += out.empty() ? "" : "; ";
        if (building.empty()) {
            out += names;
        } else if (lang == "ko") {
            out += building + " " + names;  // Korean puts the building first: "본관 101호"
        } else {
            out += names + " in " + building;
        }
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
    a.text.set("ko", "대피: " + room_names(venue, rooms, "ko") + " — " +
                         (minutes < 1 ? std::string("방금 발령")
                                      : std::to_string(minutes) + "분 전 발령"));
    a.text.set("en",
               "Evacuate " + room_names(venue, rooms, "en") + " — declared " +
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

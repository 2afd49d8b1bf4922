#include "layout/page_context.h"

#include <functional>
#include <map>

#include "layout/room_name_prefix.h"

namespace signpost::layout_detail {
namespace {

const std::vector<std::string>& language_order(const LocationConfig& config) {
    static const std::vector<std::string> fallback{"ko", "en"};
    return config.languages.empty() ? fallback : config.languages;
}

}  // namespace

PageContext::PageContext(const LayoutContext& c)
    : ctx(c),
      sizes(compute_sizes(c.width, c.height, c.measurer)),
      ts(c.measurer, sizes.px_per_du),
      theme(resolve_theme(c.config.theme)),
      zone(venue_zone(c.config.timezone, c.schedule)),
      langs(language_order(c.config)) {}

Bilingual PageContext::room_name(const Room& room) const {
    if (!prefixes_ready_) {
        if (ctx.schedule) {
            name_prefixes_ = shared_name_prefixes(*this, ctx.schedule->venue());
        }
        prefixes_ready_ = true;
    }
    const size_t prefix = room.building < name_prefixes_.size() ? name_prefixes_[room.building] : 0;
    return without_prefix(pick(room.name), prefix);
}

Bilingual PageContext::room_name_by_floor(const Room& room) const {
    Bilingual name = room_name(room);
    for (std::string* text : {&name.primary, &name.secondary}) {
        text->erase(0, floor_name_prefix(*text, room.floor));
    }
    return name;
}

const std::map<std::string, size_t, std::less<>>* PageContext::group_starts(
    const Room& room) const {
    if (!group_starts_ready_ && ctx.schedule) {
        const Venue& venue = ctx.schedule->venue();
        group_starts_.resize(venue.buildings.size());
        for (size_t b = 0; b < venue.buildings.size(); ++b) {
            std::map<std::string, std::vector<std::string>, std::less<>> by_start;
            for (size_t r : venue.buildings[b].rooms) {
                Bilingual n = room_name(venue.rooms[r]);
                if (const size_t start = group_start(n.primary); start > 0 && n.secondary.empty()) {
                    by_start[n.primary.substr(0, start)].push_back(std::move(n.primary));
                }
            }
            for (const auto& [start, names] : by_start) {
                if (names.size() >= kMinNameGroup) {
                    group_starts_[b][start] = std::max(start.size(), group_prefix(names));
                }
            }
        }
    }
    group_starts_ready_ = true;
    return room.building < group_starts_.size() ? &group_starts_[room.building] : nullptr;
}

Bilingual PageContext::compute_listed_name(const Room& room, bool floor_beside) const {
    Bilingual name = room_name(room);
    const std::map<std::string, size_t, std::less<>>* starts = group_starts(room);
    if (const size_t floor = floor_name_prefix(name.primary, room.floor); floor > 0) {
        if (floor_beside) {
            name.primary.erase(0, floor);
        }
    } else if (const size_t start = group_start(name.primary);
               start > 0 && name.secondary.empty() && starts) {
        if (const auto it = starts->find(std::string_view(name.primary).substr(0, start));
            it != starts->end()) {
            name.primary.erase(
                0, group_start_length(name.primary, it->second, room.floor, floor_beside));
        }
    }
    if (floor_beside && !name.secondary.empty()) {
        name.secondary.erase(0, floor_name_prefix(name.secondary, room.floor));
    }
    return name;
}

std::string PageContext::compute_listed_group(const Room& room, const Bilingual& listed) const {
    const Bilingual whole = room_name(room);
    if (!whole.secondary.empty() || listed.primary.size() >= whole.primary.size()) {
        return {};
    }
    std::string_view start =
        std::string_view(whole.primary).substr(0, whole.primary.size() - listed.primary.size());
    return group_heading(start);
}

const PageContext::ListedNames* PageContext::listed(const Room& room) const {
    if (!ctx.schedule) {
        return nullptr;
    }
    const std::vector<Room>& rooms = ctx.schedule->venue().rooms;
    // std::less: a total order even for a pointer outside the vector.
    const std::less<const Room*> before;
    if (rooms.empty() || before(&room, rooms.data()) ||
        !before(&room, rooms.data() + rooms.size())) {
        return nullptr;  // a room not of this venue: computed each time
    }
    const auto i = static_cast<size_t>(&room - rooms.data());
    if (listed_.size() != rooms.size()) {
        listed_.assign(rooms.size(), std::nullopt);
    }
    if (!listed_[i]) {
        Bilingual alone = compute_listed_name(room, false);
        std::string group = compute_listed_group(room, alone);
        listed_[i] =
            ListedNames{{std::move(alone), compute_listed_name(room, true)}, std::move(group)};
    }
    return &*listed_[i];
}

Bilingual PageContext::listed_name(const Room& room, bool floor_beside) const {
    const ListedNames* names = listed(room);
    return names ? names->name[floor_beside ? 1 : 0] : compute_listed_name(room, floor_beside);
}

std::string PageContext::listed_group(const Room& room) const {
    const ListedNames* names = listed(room);
    return names ? names->group : compute_listed_group(room, compute_listed_name(room, false));
}

std::string PageContext::group_and_mark(const Room& room, const std::string& mark) const {
    const std::string group = listed_group(room);
    if (group.empty()) {
        return {};
    }
    return mark.empty() ? group : group + " · " + mark;
}

void draw_empty_message(Canvas& canvas, Rect area, PageContext& pc, const LocalizedText& text) {
    const Sizes& s = pc.sizes;
    TextBlock msg = bilingual_block(pc.ts, pc.pick(text), {s.scan_bold, s.detail, 2, 1}, area.w,
                                    pc.inline_gap());
    draw_block(canvas, msg, "empty-message", area.x, area.y + area.h / 3, area.w, HAlign::center,
               pc.theme.ink, pc.theme, pc.theme.background);
}

}  // namespace signpost::layout_detail

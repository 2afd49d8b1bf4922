// What the live source adds to every page (docs/live-format.md): its
// announcements join the feed's, and an evacuated room becomes an emergency
// announcement naming the room(s), so the emergency page shows it on every
// screen without knowing where it came from.
#pragma once

#include <optional>
#include <vector>

#include "layout/layout.h"
#include "model/announcement.h"

namespace signpost::layout_detail {

// The feed's and the live source's announcements active at ctx.now:
// emergencies first, then warnings, then info; within a level the feed's
// before the live source's, each in its own order.
std::vector<const Announcement*> active_announcements(const LayoutContext& ctx);

// "대피 · Evacuate: <rooms> — declared 3 min ago" as an emergency announcement,
// with the exit arrow of the config's directions["exit"] when the screen has
// one; nullopt when no room is being evacuated.
std::optional<Announcement> evacuation_announcement(const LayoutContext& ctx);

// The emergency that takes over at ctx.now: an evacuation, else the first
// active emergency announcement (feed, then live); nullopt when none.
std::optional<Announcement> active_emergency(const LayoutContext& ctx);

}  // namespace signpost::layout_detail

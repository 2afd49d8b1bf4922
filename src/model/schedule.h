// The immutable schedule snapshot: venue, sessions and announcements, indexed
// for now/next. A new feed builds a new Schedule; readers share it through
// std::shared_ptr<const Schedule>, so the worker thread can hand one to the
// main loop and never touch it again.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/announcement.h"
#include "model/session.h"
#include "model/timezone.h"
#include "model/venue.h"

namespace signpost {

struct NowNext {
    const Session* now = nullptr;
    const Session* next = nullptr;
};

class Schedule {
  public:
    // Takes validated data: every session's `room` indexes venue.rooms, end > start,
    // ids unique. Sorts the sessions by (room, start, id) and builds the index.
    Schedule(Venue venue, TimeZone zone, std::vector<Session> sessions,
             std::vector<Announcement> announcements);

    const Venue& venue() const { return venue_; }
    const TimeZone& zone() const { return zone_; }
    std::span<const Session> sessions() const { return sessions_; }
    std::span<const Announcement> announcements() const { return announcements_; }

    // Sessions of one room sorted by (start, id).
    std::span<const Session> sessions_in_room(size_t room) const;

    // The fixed now/next rule. now: start <= t < end; with overlaps the latest
    // start, ties to the smallest id. next: the earliest start > t, ties to the
    // smallest id, on any later day.
    NowNext now_next(size_t room, Instant t) const;
    // One entry per venue room, in Venue::rooms order.
    std::vector<NowNext> now_next_all(Instant t) const;

    const Session* find_session(std::string_view id) const;

    // Active announcements at t, emergencies first, then warnings, then info,
    // each in feed order.
    std::vector<const Announcement*> active_announcements(Instant t) const;

    // The span the sessions cover; nullopt without sessions.
    std::optional<Instant> first_start() const;
    std::optional<Instant> last_end() const;

  private:
    Venue venue_;
    TimeZone zone_;
    std::vector<Session> sessions_;        // sorted by (room, start, id)
    std::vector<size_t> room_begin_;       // sessions_[room_begin_[r] .. room_begin_[r+1])
    std::vector<Instant> prefix_max_end_;  // max end over the room's sessions up to i
    std::vector<size_t> by_id_;            // indices of sessions_ sorted by id
    std::vector<Announcement> announcements_;
};

using ScheduleSnapshot = std::shared_ptr<const Schedule>;

// The venue's time zone, one rule for every module: the config's "timezone"
// when it names a zone, else the schedule's, else UTC (no schedule yet).
TimeZone venue_zone(const std::optional<std::string>& configured, const Schedule* schedule);

}  // namespace signpost

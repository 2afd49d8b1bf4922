#include "model/schedule.h"

#include <algorithm>

namespace signpost {

Schedule::Schedule(Venue venue, TimeZone zone, std::vector<Session> sessions,
                   std::vector<Announcement> announcements)
    : venue_(std::move(venue)),
      zone_(std::move(zone)),
      sessions_(std::move(sessions)),
      announcements_(std::move(announcements)) {
    std::sort(sessions_.begin(), sessions_.end(), [](const Session& a, const Session& b) {
        if (a.room != b.room)
            return a.room < b.room;
        if (a.start != b.start)
            return a.start < b.start;
        return a.id < b.id;
    });

    const size_t rooms = venue_.rooms.size();
    room_begin_.assign(rooms + 1, sessions_.size());
    for (size_t i = sessions_.size(); i-- > 0;) {
        room_begin_[sessions_[i].room] = i;
    }
    // Rooms without sessions start where the next room starts.
    for (size_t r = rooms; r-- > 0;) {
        room_begin_[r] = std::min(room_begin_[r], room_begin_[r + 1]);
    }

    // A running maximum of end times lets now_next() stop scanning backwards as
    // soon as no earlier session of the room can still be running.
    prefix_max_end_.resize(sessions_.size());
    for (size_t r = 0; r < rooms; ++r) {
        Instant max_end = Instant::min();
        for (size_t i = room_begin_[r]; i < room_begin_[r + 1]; ++i) {
            max_end = std::max(max_end, sessions_[i].end);
            prefix_max_end_[i] = max_end;
        }
    }

    by_id_.resize(sessions_.size());
    for (size_t i = 0; i < by_id_.size(); ++i)
        by_id_[i] = i;
    std::sort(by_id_.begin(), by_id_.end(),
              [this](size_t a, size_t b) { return sessions_[a].id < sessions_[b].id; });
}

std::span<const Session> Schedule::sessions_in_room(size_t room) const {
    if (room >= venue_.rooms.size()) {
        return {};
    }
    return std::span<const Session>(sessions_).subspan(room_begin_[room],
                                                       room_begin_[room + 1] - room_begin_[room]);
}

NowNext Schedule::now_next(size_t room, Instant t) const {
    NowNext out;
    if (room >= venue_.rooms.size()) {
        return out;
    }
    const size_t begin = room_begin_[room];
    const size_t end = room_begin_[room + 1];
    // First session with start > t.
    auto it = std::upper_bound(sessions_.begin() + begin, sessions_.begin() + end, t,
                               [](Instant v, const Session& s) { return v < s.start; });
    const size_t first_after = static_cast<size_t>(it - sessions_.begin());
    if (first_after < end) {
        out.next = &sessions_[first_after];  // smallest (start, id) with start > t
    }
    // Walk back over sessions with start <= t. The first running one has the
    // latest start; among equal starts the sort put smaller ids first, so keep
    // walking through that start and take the smallest running id.
    for (size_t i = first_after; i-- > begin;) {
        if (prefix_max_end_[i] <= t) {
            break;  // nothing at or before i is still running
        }
        const Session& s = sessions_[i];
        if (out.now && s.start != out.now->start) {
            break;
        }
        if (t < s.end) {
            out.now = &s;
        }
    }
    return out;
}

std::vector<NowNext> Schedule::now_next_all(Instant t) const {
    std::vector<NowNext> out;
    out.reserve(venue_.rooms.size());
    for (size_t r = 0; r < venue_.rooms.size(); ++r) {
        out.push_back(now_next(r, t));
    }
    return out;
}

const Session* Schedule::find_session(std::string_view id) const {
    auto it =
        std::lower_bound(by_id_.begin(), by_id_.end(), id,
                         [this](size_t i, std::string_view v) { return sessions_[i].id < v; });
    if (it != by_id_.end() && sessions_[*it].id == id) {
        return &sessions_[*it];
    }
    return nullptr;
}

std::vector<const Announcement*> Schedule::active_announcements(Instant t) const {
    std::vector<const Announcement*> out;
    for (auto level :
         {AnnouncementLevel::emergency, AnnouncementLevel::warning, AnnouncementLevel::info}) {
        for (const auto& a : announcements_) {
            if (a.level == level && a.active_at(t)) {
                out.push_back(&a);
            }
        }
    }
    return out;
}

std::optional<Instant> Schedule::first_start() const {
    std::optional<Instant> out;
    for (const auto& s : sessions_) {
        if (!out || s.start < *out)
            out = s.start;
    }
    return out;
}

std::optional<Instant> Schedule::last_end() const {
    std::optional<Instant> out;
    for (const auto& s : sessions_) {
        if (!out || s.end > *out)
            out = s.end;
    }
    return out;
}

TimeZone venue_zone(const std::optional<std::string>& configured, const Schedule* schedule) {
    if (configured) {
        if (auto zone = TimeZone::locate(*configured)) {
            return *zone;
        }
    }
    return schedule ? schedule->zone() : TimeZone{};
}

}  // namespace signpost

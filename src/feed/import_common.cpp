#include "feed/import_common.h"

#include <algorithm>
#include <map>
#include <memory>

namespace signpost {

void ImportDraft::add_room(std::string_view name, std::optional<int> capacity) {
    auto [it, inserted] = room_index_.try_emplace(std::string(name), rooms.size());
    if (inserted) {
        rooms.push_back(DraftRoom{std::string(name), capacity});
    } else if (capacity && !rooms[it->second].capacity) {
        rooms[it->second].capacity = capacity;
    }
}

void ImportDraft::warn(std::string where, std::string what) {
    warnings.push_back(Error{std::move(where), std::move(what)});
}

std::string UniqueIds::make_unique(const std::string& id) {
    auto [it, inserted] = seen_.try_emplace(id, 1);
    if (inserted) {
        return id;
    }
    while (true) {
        const int n = ++it->second;
        std::string candidate = id + "#" + std::to_string(n);
        if (seen_.try_emplace(candidate, 1).second) {
            return candidate;
        }
    }
}

namespace {

// Floors the rooms of one building got, lowest first: numbered labels ("B1",
// "0", "2") by number, then the others in the order they were first seen.
std::vector<std::string> floors_of(const Building& building, const std::vector<Room>& rooms) {
    std::vector<std::string> labels;
    for (size_t r : building.rooms) {
        const std::string& label = rooms[r].floor;
        if (!label.empty() && std::find(labels.begin(), labels.end(), label) == labels.end()) {
            labels.push_back(label);
        }
    }
    std::stable_sort(labels.begin(), labels.end(), [](const std::string& a, const std::string& b) {
        const auto na = floor_number(a);
        const auto nb = floor_number(b);
        if (na && nb) {
            return *na < *nb;
        }
        return na.has_value() && !nb.has_value();
    });
    return labels;
}

}  // namespace

Venue assemble_venue(std::span<const DraftRoom> rooms, const std::string& conference_id,
                     const std::string& conference_name, const std::optional<VenueMap>& map,
                     std::vector<Error>& warnings) {
    Venue venue;
    venue.name = LocalizedText::plain(conference_name.empty() ? conference_id : conference_name);
    std::vector<bool> floors_from_map;
    if (map) {
        for (const Error& problem : map->check()) {
            warnings.push_back(Error{"venue_map/" + problem.where, problem.what});
        }
        for (const auto& b : map->buildings) {
            if (b.id.empty() || venue.find_building(b.id)) {
                continue;  // reported by check()
            }
            venue.buildings.push_back(Building{b.id, b.name, b.floors, {}});
            floors_from_map.push_back(!b.floors.empty());
        }
    }
    // The building for rooms no rule claims, made when the first one needs it.
    std::optional<size_t> fallback;
    auto fallback_building = [&]() -> size_t {
        if (fallback) {
            return *fallback;
        }
        if (map && !map->default_building.empty()) {
            if (auto b = venue.find_building(map->default_building)) {
                return *(fallback = *b);
            }
        }
        std::string id = !conference_id.empty()     ? conference_id
                         : !conference_name.empty() ? conference_name
                                                    : std::string("venue");
        if (auto b = venue.find_building(id)) {
            return *(fallback = *b);
        }
        venue.buildings.push_back(Building{id, venue.name, {}, {}});
        floors_from_map.push_back(false);
        return *(fallback = venue.buildings.size() - 1);
    };

    for (const auto& draft : rooms) {
        Room room;
        room.id = draft.name;
        room.name = LocalizedText::plain(draft.name);
        room.capacity = draft.capacity;
        std::optional<size_t> building;
        if (map) {
            if (auto placed = map->place(draft.name)) {
                building = venue.find_building(placed->building);
                if (building) {
                    room.floor = placed->floor;
                    if (!placed->name.empty()) {
                        room.name = placed->name;  // room.id stays the feed's name
                    }
                }
            }
        }
        room.building = building ? *building : fallback_building();
        venue.buildings[room.building].rooms.push_back(venue.rooms.size());
        venue.rooms.push_back(std::move(room));
    }
    for (size_t b = 0; b < venue.buildings.size(); ++b) {
        if (!floors_from_map[b]) {
            venue.buildings[b].floors = floors_of(venue.buildings[b], venue.rooms);
        }
    }
    return venue;
}

Result<ParsedFeed> finish_import(ImportDraft draft, const FeedOptions& options) {
    ParsedFeed out;
    out.format = draft.format;
    for (const auto& s : draft.sessions) {
        if (!s.room.empty()) {
            draft.add_room(s.room);
        }
    }
    Venue venue = assemble_venue(draft.rooms, draft.conference_id, draft.conference_name,
                                 options.venue_map, draft.warnings);
    venue.timezone = draft.zone.name();

    std::unordered_map<std::string_view, size_t> room_of;
    for (size_t i = 0; i < venue.rooms.size(); ++i) {
        room_of.emplace(venue.rooms[i].id, i);
    }

    // Every occurrence counts for the "#2" suffixes, even one dropped below,
    // so that the ids of the others do not depend on which ones are valid.
    UniqueIds ids;
    std::vector<Session> sessions;
    sessions.reserve(draft.sessions.size());
    for (auto& d : draft.sessions) {
        std::string id = ids.make_unique(d.id);
        if (d.room.empty()) {
            draft.warn(d.where, "session " + id + " has no room; skipped");
            continue;
        }
        if (d.end <= d.start) {
            draft.warn(d.where, "session " + id + " ends at or before its start (" +
                                    format_iso8601_utc(d.start) + "); skipped");
            continue;
        }
        Session s;
        s.id = std::move(id);
        s.room_id = d.room;
        s.room = room_of.at(d.room);
        s.start = d.start;
        s.end = d.end;
        s.title = std::move(d.title);
        s.speakers = std::move(d.speakers);
        s.track = std::move(d.track);
        s.kind = std::move(d.kind);
        s.language = std::move(d.language);
        s.abstract = std::move(d.abstract);
        s.status = d.status;
        sessions.push_back(std::move(s));
    }
    out.warnings = std::move(draft.warnings);
    out.schedule = std::make_shared<const Schedule>(
        std::move(venue), std::move(draft.zone), std::move(sessions), std::vector<Announcement>{});
    return out;
}

// ---- zone choice -----------------------------------------------------------

namespace {

std::string format_offset(Seconds offset) {
    const long total = offset.count();
    const long minutes = (total < 0 ? -total : total) / 60;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%c%02ld:%02ld", total < 0 ? '-' : '+', minutes / 60,
                  minutes % 60);
    return buf;
}

// A fixed zone for a UTC offset: tzdata has Etc/GMT-14 .. Etc/GMT+12 for whole
// hours (POSIX signs: Etc/GMT-1 is UTC+01:00). nullopt for other offsets.
std::optional<TimeZone> fixed_zone(Seconds offset) {
    const long s = offset.count();
    if (s == 0) {
        return TimeZone{};
    }
    if (s % 3600 != 0 || s > 14 * 3600 || s < -12 * 3600) {
        return std::nullopt;
    }
    const long hours = s / 3600;
    const std::string name =
        "Etc/GMT" + std::string(hours > 0 ? "-" : "+") + std::to_string(hours > 0 ? hours : -hours);
    auto zone = TimeZone::locate(name);
    if (!zone) {
        return std::nullopt;
    }
    return zone.value();
}

}  // namespace

TimeZone choose_zone(const FeedOptions& options, std::string_view declared,
                     std::string_view declared_where, std::span<const DatedSample> dated,
                     std::vector<Error>& warnings) {
    if (options.timezone) {
        auto zone = TimeZone::locate(*options.timezone);
        if (zone) {
            return zone.value();
        }
        warnings.push_back(Error{"timezone", "unknown time zone \"" + *options.timezone +
                                                 "\" in the config; using the feed's"});
    }
    if (!declared.empty()) {
        auto zone = TimeZone::locate(declared);
        if (!zone) {
            warnings.push_back(Error{std::string(declared_where),
                                     "unknown time zone \"" + std::string(declared) +
                                         "\"; reading times by the offsets in the dates"});
        } else {
            // Dates written in UTC say nothing about the venue's zone (some
            // generators write every date that way), so only others count.
            size_t counted = 0;
            const DatedSample* first_disagreeing = nullptr;
            size_t disagreeing = 0;
            for (const auto& d : dated) {
                if (d.at.offset.count() == 0) {
                    continue;
                }
                ++counted;
                if (zone->offset_at(d.at.instant) != d.at.offset) {
                    ++disagreeing;
                    first_disagreeing = first_disagreeing ? first_disagreeing : &d;
                }
            }
            if (disagreeing == 0) {
                return zone.value();
            }
            const std::string example =
                first_disagreeing->where + " is " + format_offset(first_disagreeing->at.offset) +
                ", " + std::string(declared) + " is " +
                format_offset(zone->offset_at(first_disagreeing->at.instant));
            if (disagreeing * 2 <= counted) {
                warnings.push_back(Error{
                    std::string(declared_where),
                    std::to_string(disagreeing) + " of " + std::to_string(counted) +
                        " dates disagree with time zone \"" + std::string(declared) + "\" (" +
                        example + "); kept the zone, the dates' own offsets decide their times"});
                return zone.value();
            }
            warnings.push_back(Error{std::string(declared_where),
                                     "time zone \"" + std::string(declared) +
                                         "\" contradicts the offsets written in the dates (" +
                                         example + "); the dates win"});
        }
    }
    if (!dated.empty()) {
        std::map<long, size_t> counts;
        for (const auto& d : dated) {
            ++counts[d.at.offset.count()];
        }
        auto most = std::max_element(counts.begin(), counts.end(),
                                     [](auto& a, auto& b) { return a.second < b.second; });
        const Seconds offset{most->first};
        if (auto zone = fixed_zone(offset)) {
            warnings.push_back(Error{std::string(declared_where),
                                     "no usable time zone name; showing times at the dates' "
                                     "offset " +
                                         format_offset(offset) + " (" + zone->name() +
                                         "); set \"timezone\" in the location config"});
            return *zone;
        }
    }
    warnings.push_back(Error{std::string(declared_where),
                             "no usable time zone; times without an offset are read as UTC and "
                             "shown in UTC; set \"timezone\" in the location config"});
    return TimeZone{};
}

}  // namespace signpost

namespace signpost {

Instant frab_local_start(CalendarDate day, Seconds clock, Seconds day_change,
                         const TimeZone& zone) {
    const long secs = clock.count() + (clock < day_change ? 86400 : 0);
    // from_local counts hours past 24 into the following days.
    return zone.from_local(day.year, day.month, day.day, static_cast<int>(secs / 3600),
                           static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
}

std::optional<Seconds> written_time_of_day(std::string_view iso) {
    const auto parsed = parse_iso8601_with_offset(trim(iso));
    if (!parsed) {
        return std::nullopt;
    }
    const long local = (parsed->instant.time_since_epoch() + parsed->offset).count();
    return Seconds{((local % 86400) + 86400) % 86400};
}

std::optional<Instant> parse_local_datetime(std::string_view text, const TimeZone& zone) {
    const std::string t = trim(text);
    if (t.size() < 16 || (t[10] != 'T' && t[10] != 't' && t[10] != ' ')) {
        return std::nullopt;
    }
    const auto day = parse_calendar_date(std::string_view(t).substr(0, 10));
    const auto clock = parse_clock_time(std::string_view(t).substr(11));
    if (!day || !clock) {
        return std::nullopt;
    }
    return frab_local_start(*day, *clock, Seconds{0}, zone);
}

}  // namespace signpost

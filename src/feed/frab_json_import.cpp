// frab / pretalx JSON: the classic schedule.json (events listed per day and
// room under schedule.conference.days[].rooms) and "schedule 2.0" (a flat
// schedule.events[] with start and end instants, rooms as references).
//
// ordered_json keeps the document's key order: rooms are keys of an object
// here, and both the room order on the sign and the "#2" suffixes of repeated
// ids follow the document.
#include <map>

#include <nlohmann/json.hpp>

#include "feed/feed_sniff.h"
#include "feed/frab_json_checks.h"
#include "feed/import_common.h"
#include "feed/importers.h"

namespace signpost {
namespace {

using Json = nlohmann::ordered_json;

// A string as written, a number as its decimal text (frab ids are numbers,
// pretalx's are strings); "" for anything else.
std::string scalar_text(const Json* value) {
    if (!value) {
        return {};
    }
    if (value->is_string()) {
        return value->get<std::string>();
    }
    if (value->is_number_integer()) {
        return value->dump();
    }
    return {};
}

std::string member_text(const Json& object, std::string_view key) {
    return scalar_text(json_member(object, key));
}

// A LocalizableString: a string, or {"en": "...", "de": "..."}; HTML stripped
// when `html` is set.
LocalizedText localized(const Json* value, bool html) {
    LocalizedText out;
    auto clean = [html](const std::string& s) { return html ? strip_html(s) : trim(s); };
    if (value && value->is_string()) {
        std::string text = clean(value->get<std::string>());
        if (!text.empty()) {
            out.set("", std::move(text));
        }
    } else if (value && value->is_object()) {
        for (const auto& [lang, text] : value->items()) {
            if (text.is_string() && !clean(text.get<std::string>()).empty()) {
                out.set(lang, clean(text.get<std::string>()));
            }
        }
    }
    return out;
}

std::string lower(std::string text) {
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return text;
}

std::string pointer(std::string_view key) {
    std::string out;
    for (char c : key) {
        out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    }
    return out;
}

// An event read in the first pass, before the feed's zone is known.
struct PendingEvent {
    DraftSession draft;
    std::optional<InstantWithOffset> start_with_offset;  // `date` / 2.0 `start`
    std::string start_local;                             // 2.0 `start` without offset
    std::optional<CalendarDate> day;                     // classic: the day's date
    std::optional<Seconds> clock;                        // classic: `start`
    Seconds day_change{0};
    std::optional<InstantWithOffset> end_with_offset;  // 2.0 `end`
    std::optional<Seconds> duration;
};

struct Reader : ImportReader<PendingEvent> {
    // Fields both shapes share: id, title, texts, speakers.
    PendingEvent common(const Json& e, std::string where) {
        PendingEvent p;
        ++event_number;
        p.draft.where = std::move(where);
        const std::string& at = p.draft.where;
        for (const char* key : {"title", "abstract", "description"}) {
            warn_wrong_kind(draft, e, key, at, "session", Wanted::text);
        }
        for (const char* key : {"language", "type", "state"}) {
            warn_wrong_kind(draft, e, key, at, "session", Wanted::scalar);
        }
        p.draft.id = member_text(e, "guid");
        if (p.draft.id.empty()) {
            p.draft.id = member_text(e, "id");
        }
        if (p.draft.id.empty()) {
            p.draft.id = "event-" + std::to_string(event_number);
            draft.warn(p.draft.where, "no guid and no id; called it " + p.draft.id);
        }
        p.draft.title = localized(json_member(e, "title"), false);
        p.draft.language = member_text(e, "language");
        p.draft.kind = lower(member_text(e, "type"));
        p.draft.abstract = localized(json_member(e, "abstract"), true);
        if (p.draft.abstract.empty()) {
            p.draft.abstract = localized(json_member(e, "description"), true);
        }
        for (const char* list : {"persons", "participants"}) {
            warn_wrong_kind(draft, e, list, at, "session", Wanted::list);
            const Json* people = json_member(e, list);
            if (!people || !people->is_array()) {
                continue;
            }
            for (size_t i = 0; i < people->size(); ++i) {
                const Json& person = (*people)[i];
                std::string name = person.is_string() ? person.get<std::string>()
                                                      : member_text(person, "public_name");
                if (name.empty()) {
                    name = member_text(person, "name");
                }
                if (!trim(name).empty()) {
                    p.draft.speakers.push_back(trim(name));
                } else if (!person.is_object() && !person.is_string()) {
                    draft.warn(at + "/" + list + "/" + std::to_string(i),
                               "must be a person or a name, not " + json_kind(person) +
                                   " (dropped; the session is kept)");
                }
            }
        }
        const std::string state = lower(member_text(e, "state"));
        if (state == "canceled" || state == "cancelled" || state == "withdrawn" ||
            state == "deleted" || state == "rejected") {
            p.draft.status = SessionStatus::cancelled;
        }
        return p;
    }

    void read_duration(const Json& e, PendingEvent& p) {
        const std::string text = member_text(e, "duration");
        if (text.empty()) {
            return;
        }
        p.duration = parse_clock_duration(text);
        if (!p.duration) {
            p.duration = parse_iso8601_duration(text);
        }
        if (!p.duration) {
            draft.warn(p.draft.where + "/duration", "\"" + text + "\" is not a duration");
        }
    }

    void note_date(const std::optional<InstantWithOffset>& at, const std::string& where) {
        if (at) {
            dated.push_back(DatedSample{*at, where});
        }
    }

    void read_room_list(const Json& rooms, const std::string& path,
                        std::map<std::string, std::string>& name_of_guid) {
        for (size_t i = 0; i < rooms.size(); ++i) {
            const Json& room = rooms[i];
            const std::string name = member_text(room, "name");
            if (name.empty()) {
                continue;
            }
            const Json* capacity = json_member(room, "capacity");
            std::optional<int> cap;
            if (capacity && capacity->is_number_integer() && capacity->get<long>() >= 0 &&
                capacity->get<long>() <= 1000000) {
                cap = capacity->get<int>();
            } else if (capacity) {
                draft.warn(path + "/" + std::to_string(i) + "/capacity",
                           "must be a whole number from 0 to 1000000, not " +
                               (capacity->is_number() ? capacity->dump() : json_kind(*capacity)) +
                               " (dropped; the room is kept)");
            }
            draft.add_room(name, cap);
            const std::string guid = member_text(room, "guid");
            if (!guid.empty()) {
                name_of_guid.emplace(guid, name);
            }
        }
    }

    void read_classic_days(const Json& conference, const Json& days) {
        const auto conference_day_change = parse_clock_time(member_text(conference, "day_change"));
        for (size_t i = 0; i < days.size(); ++i) {
            const Json& day = days[i];
            const std::string path = "/schedule/conference/days/" + std::to_string(i);
            const auto date = parse_calendar_date(member_text(day, "date"));
            Seconds day_change = conference_day_change.value_or(Seconds{0});
            if (auto written = written_time_of_day(member_text(day, "day_start"))) {
                day_change = *written;
            }
            const Json* rooms = json_member(day, "rooms");
            if (!rooms || !rooms->is_object()) {
                draft.warn(path + "/rooms", "missing; no events read for this day");
                continue;
            }
            for (const auto& [room_key, list] : rooms->items()) {
                draft.add_room(room_key);
                if (!list.is_array()) {
                    continue;
                }
                for (size_t j = 0; j < list.size(); ++j) {
                    const Json& e = list[j];
                    PendingEvent p =
                        common(e, path + "/rooms/" + pointer(room_key) + "/" + std::to_string(j));
                    p.draft.room = member_text(e, "room");
                    p.draft.room = p.draft.room.empty() ? room_key : p.draft.room;
                    draft.add_room(p.draft.room);
                    warn_wrong_kind(draft, e, "track", p.draft.where, "session", Wanted::scalar);
                    p.draft.track = member_text(e, "track");
                    const std::string date_text = member_text(e, "date");
                    p.start_with_offset = parse_iso8601_with_offset(trim(date_text));
                    if (!date_text.empty() && !p.start_with_offset) {
                        draft.warn(p.draft.where + "/date",
                                   "\"" + date_text +
                                       "\" is not a date with an offset; using "
                                       "the day and the start time");
                    }
                    note_date(p.start_with_offset, p.draft.where + "/date");
                    p.day = date;
                    p.clock = parse_clock_time(member_text(e, "start"));
                    p.day_change = day_change;
                    read_duration(e, p);
                    events.push_back(std::move(p));
                }
            }
        }
    }

    void read_flat_events(const Json& conference, const Json& list,
                          const std::map<std::string, std::string>& room_of_guid) {
        std::map<std::string, std::string> track_of_slug;
        if (const Json* tracks = json_member(conference, "tracks"); tracks && tracks->is_array()) {
            for (const auto& t : *tracks) {
                track_of_slug.emplace(member_text(t, "slug"), member_text(t, "name"));
            }
        }
        for (size_t i = 0; i < list.size(); ++i) {
            const Json& e = list[i];
            PendingEvent p = common(e, "/schedule/events/" + std::to_string(i));
            if (const Json* room = json_member(e, "room"); room && room->is_object()) {
                p.draft.room = member_text(*room, "name");
                if (p.draft.room.empty()) {
                    const std::string guid = member_text(*room, "guid");
                    auto it = room_of_guid.find(guid);
                    p.draft.room = it != room_of_guid.end() ? it->second : guid;
                }
            } else {
                p.draft.room = scalar_text(room);
            }
            if (!p.draft.room.empty()) {
                draft.add_room(p.draft.room);
            }
            if (const Json* track = json_member(e, "track"); track && track->is_object()) {
                const std::string slug = member_text(*track, "slug");
                auto it = track_of_slug.find(slug);
                p.draft.track =
                    it != track_of_slug.end() && !it->second.empty() ? it->second : slug;
            } else {
                p.draft.track = scalar_text(track);
            }
            const std::string start = member_text(e, "start");
            p.start_with_offset = parse_iso8601_with_offset(trim(start));
            if (!p.start_with_offset) {
                p.start_local = start;
            }
            note_date(p.start_with_offset, p.draft.where + "/start");
            p.end_with_offset = parse_iso8601_with_offset(trim(member_text(e, "end")));
            read_duration(e, p);
            events.push_back(std::move(p));
        }
    }

    // Second pass, once the zone is known.
    void resolve_times() {
        for (auto& p : events) {
            std::optional<Instant> start;
            if (p.start_with_offset) {
                start = p.start_with_offset->instant;
            } else if (!p.start_local.empty()) {
                start = parse_local_datetime(p.start_local, draft.zone);
            } else if (p.day && p.clock) {
                start = frab_local_start(*p.day, *p.clock, p.day_change, draft.zone);
            }
            if (!readable(p.draft, start.has_value(), p.end_with_offset || p.duration,
                          "start (date, or day and start)", "duration or end")) {
                continue;
            }
            p.draft.start = *start;
            p.draft.end = p.end_with_offset ? p.end_with_offset->instant : *start + *p.duration;
            draft.sessions.push_back(std::move(p.draft));
        }
    }
};

}  // namespace

bool looks_like_frab_json(std::string_view bytes) {
    return json_has_top_level_key(bytes, {"schedule"});
}

Result<ParsedFeed> import_frab_json(std::string_view bytes, const FeedOptions& options) {
    Json doc;
    try {
        doc = Json::parse(bytes.begin(), bytes.end());
    } catch (const Json::exception& e) {
        return Error{"frab JSON", std::string("not valid JSON: ") + e.what()};
    }
    const Json* schedule = json_member(doc, "schedule");
    if (!schedule || !schedule->is_object()) {
        return Error{"/schedule", "missing: a frab schedule is {\"schedule\": {...}}"};
    }
    const Json* conference = json_member(*schedule, "conference");
    if (!conference || !conference->is_object()) {
        return Error{"/schedule/conference", "missing: no conference, so no days or events"};
    }
    const Json* events = json_member(*schedule, "events");
    const Json* days = json_member(*conference, "days");
    const bool flat = events && events->is_array();
    if (!flat && (!days || !days->is_array())) {
        return Error{"/schedule/conference/days",
                     "missing: a frab schedule lists its events by day "
                     "(or, in schedule 2.0, in /schedule/events)"};
    }

    Reader r;
    r.draft.format = "frab-json";
    r.draft.conference_id = member_text(*conference, "acronym");
    r.draft.conference_name = trim(member_text(*conference, "title"));

    std::map<std::string, std::string> room_of_guid;
    if (const Json* rooms = json_member(*conference, "rooms"); rooms && rooms->is_array()) {
        r.read_room_list(*rooms, "/schedule/conference/rooms", room_of_guid);
    }
    if (const Json* rooms = json_member(*schedule, "rooms"); rooms && rooms->is_array()) {
        r.draft.warn("/schedule/rooms",
                     "a room list outside /schedule/conference, "
                     "where the frab schema does not "
                     "allow one; read anyway");
        r.read_room_list(*rooms, "/schedule/rooms", room_of_guid);
    }
    if (flat) {
        r.read_flat_events(*conference, *events, room_of_guid);
    } else {
        r.read_classic_days(*conference, *days);
    }
    r.draft.zone = choose_zone(options, member_text(*conference, "time_zone_name"),
                               "/schedule/conference/time_zone_name", r.dated, r.draft.warnings);
    r.resolve_times();
    return finish_import(std::move(r.draft), options);
}

}  // namespace signpost

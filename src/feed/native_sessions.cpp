// The sessions of a native feed. Each one is checked on its own; a bad one is
// skipped with a warning naming its id, and the rest of the schedule is kept.
#include <cctype>

#include "feed/cosmetic_fields.h"
#include "feed/native_parts.h"

namespace signpost::native {
namespace {

// Explains a room id that the venue does not have.
std::string unknown_room(std::string_view field, const std::string& id, const NativeVenue& venue) {
    if (venue.skipped_rooms.contains(id)) {
        return std::string(field) + ": room " + quoted_value(id) + " was skipped (see its warning)";
    }
    return std::string(field) + ": unknown room " + quoted_value(id);
}

std::string lower_ascii(std::string text) {
    for (char& c : text) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return text;
}

// Reads every field; the Error's where is the field, relative to the session.
// Essential (a bad one skips the session): id, room, start, end, title, status
// and, for a moved session, moved_to: without them the sign would send people
// to the wrong place or time. Cosmetic (dropped into `dropped`, the session
// kept): speakers, track, kind, language, abstract, rsvp, a bad language of
// the title.
Result<Session> read_session(const Json& element, const NativeVenue& venue,
                             DroppedFields& dropped) {
    if (!element.is_object()) {
        return Error{"", "must be an object, not " + json_kind(element)};
    }
    Session s;
    auto id = read_required_string(element, "id");
    if (!id) {
        return id.error();
    }
    s.id = std::move(*id);

    auto room = read_required_string(element, "room");
    if (!room) {
        return room.error();
    }
    auto room_at = venue.room_index.find(*room);
    if (room_at == venue.room_index.end()) {
        return Error{"", unknown_room("room", *room, venue)};
    }
    s.room = room_at->second;
    s.room_id = std::move(*room);

    auto start = read_required_instant(element, "start");
    if (!start) {
        return start.error();
    }
    auto end = read_required_instant(element, "end");
    if (!end) {
        return end.error();
    }
    if (*end <= *start) {
        return Error{"end", "must be after start (" + format_iso8601_utc(*start) + " .. " +
                                format_iso8601_utc(*end) + ")"};
    }
    s.start = *start;
    s.end = *end;

    auto title = read_required_text_dropping(element, "title", dropped);
    if (!title) {
        return title.error();
    }
    s.title = std::move(*title);

    s.speakers = read_string_list_dropping(element, "speakers", dropped);
    for (auto [key, target] : {std::pair{"track", &s.track}, std::pair{"kind", &s.kind},
                               std::pair{"language", &s.language}}) {
        *target =
            value_or_drop(read_optional_string(element, key), std::optional<std::string>{}, dropped)
                .value_or("");
    }
    s.kind = lower_ascii(std::move(s.kind));
    DroppedFields abstract_dropped;
    auto abstract = read_text_dropping_bad_languages(element, "abstract", abstract_dropped);
    if (abstract) {
        s.abstract = std::move(*abstract);
        dropped.insert(dropped.end(), abstract_dropped.begin(), abstract_dropped.end());
    } else {
        dropped.push_back(std::move(abstract.error()));
    }
    s.rsvp = value_or_drop(read_optional_bool(element, "rsvp"), std::optional<bool>{}, dropped)
                 .value_or(false);

    auto status = read_optional_string(element, "status");
    if (!status) {
        return status.error();
    }
    if (*status) {
        auto parsed = parse_session_status(**status);
        if (!parsed) {
            return Error{"status", quoted_value(**status) +
                                       " is not one of scheduled, cancelled, full, moved"};
        }
        s.status = *parsed;
    }

    auto moved_to = read_optional_string(element, "moved_to");
    if (!moved_to) {
        return moved_to.error();
    }
    if (s.status == SessionStatus::moved) {
        // A moved session must say where to: the sign sends people there.
        if (!*moved_to || (*moved_to)->empty()) {
            return Error{"moved_to", "missing: a moved session needs the id of its new room"};
        }
        if (!venue.room_index.contains(**moved_to)) {
            return Error{"", unknown_room("moved_to", **moved_to, venue)};
        }
        s.moved_to = std::move(**moved_to);
    }
    return s;
}

}  // namespace

void SessionReader::read(size_t index, const Json& element) {
    const std::string path = "/sessions/" + std::to_string(index);
    DroppedFields dropped;
    auto session = read_session(element, venue_, dropped);
    if (!session) {
        const Error& e = session.error();
        warnings_.push_back(Error{element_where(path, "session", element_id(element)),
                                  e.where.empty() ? e.what : e.where + ": " + e.what});
        return;
    }
    if (!seen_ids_.insert(session->id).second) {
        warnings_.push_back(Error{element_where(path, "session", session->id),
                                  "id: duplicate session id: the first session with it is kept"});
        return;
    }
    report_dropped(path, "session", session->id, dropped, warnings_);
    if (json_member(element, "moved_to") && session->status != SessionStatus::moved) {
        // Kept: most likely the status was forgotten, and the sign cannot guess.
        warnings_.push_back(
            Error{element_where(path, "session", session->id),
                  "moved_to: ignored because status is not \"moved\" (session kept)"});
    }
    sessions_.push_back(std::move(*session));
}

}  // namespace signpost::native

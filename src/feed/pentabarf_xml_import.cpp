// frab / Pentabarf XML (schedule.xml), read with pugixml:
//
//   <schedule><conference>...<time_zone_name/><day_change/></conference>
//     <day date="2025-02-01" start="2025-02-01T09:00:00+01:00">
//       <room name="K.3.401"><event guid="..." id="6210"><date/><start/>
//         <duration/><room/><title/><track/><type/><abstract/><persons/>
//
// Old Pentabarf files (FOSDEM before frab) put <event> directly under <day>;
// such an event's room is its own <room> element. Both orders are read in
// document order.
#include <pugixml.hpp>

#include "feed/feed_sniff.h"
#include "feed/import_common.h"
#include "feed/importers.h"

namespace signpost {
namespace {

std::string child_text(const pugi::xml_node& node, const char* name) {
    return node.child(name).text().as_string();
}

std::string lower(std::string text) {
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return text;
}

// An event read in the first pass, before the feed's zone is known.
struct PendingEvent {
    DraftSession draft;
    std::optional<InstantWithOffset> date;
    std::optional<CalendarDate> day;
    std::optional<Seconds> clock;
    Seconds day_change{0};
    std::optional<Seconds> duration;
};

struct Reader : ImportReader<PendingEvent> {
    void read_event(const pugi::xml_node& e, const std::string& listed_room,
                    std::optional<CalendarDate> day, Seconds day_change, std::string where) {
        PendingEvent p;
        ++event_number;
        p.draft.where = std::move(where);
        p.draft.id = e.attribute("guid").as_string();
        if (p.draft.id.empty()) {
            p.draft.id = e.attribute("id").as_string();
        }
        if (p.draft.id.empty()) {
            p.draft.id = "event-" + std::to_string(event_number);
            draft.warn(p.draft.where, "no guid and no id; called it " + p.draft.id);
        }
        p.draft.room = child_text(e, "room");
        if (p.draft.room.empty()) {
            p.draft.room = listed_room;
        }
        if (!p.draft.room.empty()) {
            draft.add_room(p.draft.room);  // rooms in the order the document names them
        }
        const std::string title = trim(child_text(e, "title"));
        if (!title.empty()) {
            p.draft.title = LocalizedText::plain(title);
        }
        p.draft.track = trim(child_text(e, "track"));
        p.draft.kind = lower(trim(child_text(e, "type")));
        p.draft.language = trim(child_text(e, "language"));
        std::string abstract = strip_html(child_text(e, "abstract"));
        if (abstract.empty()) {
            abstract = strip_html(child_text(e, "description"));
        }
        if (!abstract.empty()) {
            p.draft.abstract = LocalizedText::plain(std::move(abstract));
        }
        for (const auto& person : e.child("persons").children("person")) {
            std::string name = trim(person.text().as_string());
            if (!name.empty()) {
                p.draft.speakers.push_back(std::move(name));
            }
        }

        const std::string date_text = child_text(e, "date");
        p.date = parse_iso8601_with_offset(trim(date_text));
        if (!date_text.empty() && !p.date) {
            draft.warn(p.draft.where + "/date", "\"" + date_text +
                                                    "\" is not a date with an offset; using the "
                                                    "day and the start time");
        }
        if (p.date) {
            dated.push_back(DatedSample{*p.date, p.draft.where + "/date"});
        }
        p.day = day;
        p.clock = parse_clock_time(child_text(e, "start"));
        p.day_change = day_change;
        const std::string duration = child_text(e, "duration");
        p.duration = parse_clock_duration(duration);
        if (!p.duration && !duration.empty()) {
            p.duration = parse_iso8601_duration(duration);
        }
        if (!p.duration) {
            draft.warn(p.draft.where + "/duration", "\"" + duration + "\" is not a duration");
        }
        events.push_back(std::move(p));
    }

    void read_days(const pugi::xml_node& schedule, std::optional<Seconds> conference_day_change) {
        size_t day_number = 0;
        for (const auto& day : schedule.children("day")) {
            ++day_number;
            const std::string path = "/schedule/day[" + std::to_string(day_number) + "]";
            const auto date = parse_calendar_date(day.attribute("date").as_string());
            if (!date) {
                draft.warn(path, std::string("date \"") + day.attribute("date").as_string() +
                                     "\" is not a date; its events need their own <date>");
            }
            Seconds day_change = conference_day_change.value_or(Seconds{0});
            if (auto written = written_time_of_day(day.attribute("start").as_string())) {
                day_change = *written;
            }
            size_t room_number = 0;
            size_t loose_number = 0;
            for (const auto& child : day.children()) {
                const std::string_view name = child.name();
                if (name == "room") {
                    ++room_number;
                    const std::string room = child.attribute("name").as_string();
                    if (!room.empty()) {
                        draft.add_room(room);
                    }
                    size_t event_number_in_room = 0;
                    for (const auto& e : child.children("event")) {
                        ++event_number_in_room;
                        read_event(e, room, date, day_change,
                                   path + "/room[" + std::to_string(room_number) + "]/event[" +
                                       std::to_string(event_number_in_room) + "]");
                    }
                } else if (name == "event") {
                    ++loose_number;
                    read_event(child, {}, date, day_change,
                               path + "/event[" + std::to_string(loose_number) + "]");
                }
            }
        }
    }

    void resolve_times() {
        for (auto& p : events) {
            std::optional<Instant> start;
            if (p.date) {
                start = p.date->instant;
            } else if (p.day && p.clock) {
                start = frab_local_start(*p.day, *p.clock, p.day_change, draft.zone);
            }
            if (!readable(p.draft, start.has_value(), p.duration.has_value(),
                          "start (<date>, or the day's date and <start>)", "<duration>")) {
                continue;
            }
            p.draft.start = *start;
            p.draft.end = *start + *p.duration;
            draft.sessions.push_back(std::move(p.draft));
        }
    }
};

}  // namespace

bool looks_like_pentabarf_xml(std::string_view bytes) {
    std::string_view head = content_start(bytes).substr(0, 4096);
    if (head.empty() || head.front() != '<') {
        return false;
    }
    // The root element comes after the XML declaration, comments and a doctype.
    for (size_t at = head.find('<'); at != std::string_view::npos; at = head.find('<', at + 1)) {
        const std::string_view tag = head.substr(at + 1);
        if (tag.starts_with("?") || tag.starts_with("!")) {
            continue;
        }
        if (!tag.starts_with("schedule")) {
            return false;
        }
        const char next = tag.size() > 8 ? tag[8] : '>';
        return next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '\r' ||
               next == '/';
    }
    return false;
}

Result<ParsedFeed> import_pentabarf_xml(std::string_view bytes, const FeedOptions& options) {
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed =
        doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
        return Error{"frab XML at byte " + std::to_string(parsed.offset),
                     std::string("not well-formed XML: ") + parsed.description()};
    }
    const pugi::xml_node schedule = doc.child("schedule");
    if (!schedule) {
        return Error{"frab XML", std::string("the root element is <") +
                                     doc.document_element().name() + ">, not <schedule>"};
    }
    if (!schedule.child("day")) {
        return Error{"/schedule", "no <day> elements, so no events"};
    }
    const pugi::xml_node conference = schedule.child("conference");

    Reader r;
    r.draft.format = "frab-xml";
    r.draft.conference_id = trim(child_text(conference, "acronym"));
    r.draft.conference_name = trim(child_text(conference, "title"));
    r.read_days(schedule, parse_clock_time(child_text(conference, "day_change")));
    r.draft.zone = choose_zone(options, trim(child_text(conference, "time_zone_name")),
                               "/schedule/conference/time_zone_name", r.dated, r.draft.warnings);
    r.resolve_times();
    return finish_import(std::move(r.draft), options);
}

}  // namespace signpost

// iCalendar (.ics), read with libical. One VEVENT is one session per
// occurrence: the room is its LOCATION (trimmed), the id its UID, the length
// DTEND - DTSTART, else DURATION, else a day for a DATE start, else
// FeedOptions::default_session_length. libical unfolds lines (CRLF or LF
// alone) and turns properties it cannot read (a bogus "VTIMEZONE:" line) into
// X-LIC-ERROR, which become warnings here.
#include <libical/ical.h>

#include <map>
#include <memory>
#include <set>

#include "feed/feed_sniff.h"
#include "feed/icalendar_times.h"
#include "feed/import_common.h"
#include "feed/importers.h"

namespace signpost {
namespace {

using ComponentPtr = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

std::string property_text(icalcomponent* c, icalproperty_kind kind) {
    icalproperty* p = icalcomponent_get_first_property(c, kind);
    const char* v = p ? icalproperty_get_value_as_string(p) : nullptr;
    return v ? trim(v) : std::string();
}

// TEXT values with their escapes (\, \; \n) undone by libical.
std::string text_value(icalcomponent* c, icalproperty_kind kind) {
    icalproperty* p = icalcomponent_get_first_property(c, kind);
    if (!p) {
        return {};
    }
    const icalvalue* v = icalproperty_get_value(p);
    const char* text = v && icalvalue_isa(v) == ICAL_TEXT_VALUE
                           ? icalvalue_get_text(v)
                           : icalproperty_get_value_as_string(p);
    return text ? trim(text) : std::string();
}

std::string x_property(icalcomponent* c, std::string_view name) {
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY)) {
        const char* x = icalproperty_get_x_name(p);
        if (x && name == x) {
            const char* v = icalproperty_get_x(p);
            return v ? trim(v) : std::string();
        }
    }
    return {};
}

// libical keeps what it could not read as X-LIC-ERROR properties.
void report_parse_errors(icalcomponent* c, const std::string& where, ImportDraft& draft) {
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
        const char* what = icalproperty_get_xlicerror(p);
        // An empty value ("DESCRIPTION:") is common and harmless; a missing
        // DTSTART is reported where the event is read.
        if (what && std::string_view(what).starts_with("No value for")) {
            continue;
        }
        draft.warn(where, std::string("libical could not read a line: ") +
                              (what ? what : "unknown error") + "; ignored");
    }
}

std::vector<icalcomponent*> children(icalcomponent* parent, icalcomponent_kind kind) {
    std::vector<icalcomponent*> out;
    for (icalcomponent* c = icalcomponent_get_first_component(parent, kind); c;
         c = icalcomponent_get_next_component(parent, kind)) {
        out.push_back(c);
    }
    return out;
}

struct EventRef {
    icalcomponent* event;
    std::string where;
};

void read_calendar(icalcomponent* calendar, const FeedOptions& options, ImportDraft& draft) {
    report_parse_errors(calendar, "VCALENDAR", draft);
    if (draft.conference_name.empty()) {
        draft.conference_name = x_property(calendar, "X-WR-CALNAME");
    }
    std::vector<EventRef> events;
    for (icalcomponent* e : children(calendar, ICAL_VEVENT_COMPONENT)) {
        const char* uid = icalcomponent_get_uid(e);
        events.push_back({e, "VEVENT " + std::to_string(events.size() + 1) +
                                 (uid ? " (" + trim(uid) + ")" : "")});
    }

    // The feed's zone: X-WR-TIMEZONE, else the first VTIMEZONE's TZID, else
    // the first TZID a DTSTART uses; checked against what the VTIMEZONEs say.
    IcalTimes times(calendar, draft.warnings);
    std::string declared = x_property(calendar, "X-WR-TIMEZONE");
    std::string declared_where = "VCALENDAR X-WR-TIMEZONE";
    std::vector<DatedSample> dated;
    for (const auto& ref : events) {
        icalproperty* p = icalcomponent_get_first_property(ref.event, ICAL_DTSTART_PROPERTY);
        if (!p) {
            continue;
        }
        if (auto at = times.vtimezone_time(p, icalproperty_get_dtstart(p))) {
            dated.push_back({*at, ref.where + " DTSTART"});
        }
        if (declared.empty() && !tzid_of(p).empty()) {
            declared = tzid_of(p);
            declared_where = ref.where + " DTSTART TZID";
        }
    }
    if (auto vtz = children(calendar, ICAL_VTIMEZONE_COMPONENT);
        !vtz.empty() && x_property(calendar, "X-WR-TIMEZONE").empty()) {
        if (std::string tzid = property_text(vtz.front(), ICAL_TZID_PROPERTY); !tzid.empty()) {
            declared = tzid;
            declared_where = "VTIMEZONE TZID";
        }
    }
    draft.zone = choose_zone(options, declared, declared_where, dated, draft.warnings);
    times.set_feed_zone(draft.zone);

    // Instances that a VEVENT with RECURRENCE-ID replaces, by UID.
    std::map<std::string, std::set<Instant>> overridden;
    for (const auto& ref : events) {
        icalproperty* rid = icalcomponent_get_first_property(ref.event, ICAL_RECURRENCEID_PROPERTY);
        const char* uid = icalcomponent_get_uid(ref.event);
        if (rid && uid) {
            if (auto at = times.instant(rid, icalproperty_get_recurrenceid(rid), ref.where)) {
                overridden[trim(uid)].insert(*at);
            }
        }
    }

    for (size_t i = 0; i < events.size(); ++i) {
        icalcomponent* e = events[i].event;
        const std::string& where = events[i].where;
        report_parse_errors(e, where, draft);
        icalproperty* dtstart = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
        if (!dtstart) {
            draft.warn(where, "no readable DTSTART; skipped");
            continue;
        }
        const icaltimetype start_value = icalproperty_get_dtstart(dtstart);
        const std::optional<Instant> first = times.instant(dtstart, start_value, where);
        if (!first) {
            draft.warn(where, "no readable DTSTART; skipped");
            continue;
        }
        // The length: DTEND, else DURATION, else a day for a DATE, else the
        // default.
        Seconds length = options.default_session_length;
        if (icalproperty* dtend = icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY)) {
            if (auto end = times.instant(dtend, icalproperty_get_dtend(dtend), where)) {
                length = *end - *first;
            }
        } else if (icalproperty* d = icalcomponent_get_first_property(e, ICAL_DURATION_PROPERTY)) {
            length = Seconds{icaldurationtype_as_int(icalproperty_get_duration(d))};
        } else if (start_value.is_date) {
            length = Seconds{86400};
        }

        DraftSession base;
        const char* uid = icalcomponent_get_uid(e);
        base.id = uid ? trim(uid) : std::string();
        if (base.id.empty()) {
            base.id = "event-" + std::to_string(i + 1);
            draft.warn(where, "no UID; called it " + base.id);
        }
        base.room = text_value(e, ICAL_LOCATION_PROPERTY);
        const std::string title = text_value(e, ICAL_SUMMARY_PROPERTY);
        if (!title.empty()) {
            base.title = LocalizedText::plain(title);
        }
        if (std::string abstract = strip_html(text_value(e, ICAL_DESCRIPTION_PROPERTY));
            !abstract.empty()) {
            base.abstract = LocalizedText::plain(std::move(abstract));
        }
        base.track = text_value(e, ICAL_CATEGORIES_PROPERTY);
        if (icalproperty* status = icalcomponent_get_first_property(e, ICAL_STATUS_PROPERTY);
            status && icalproperty_get_status(status) == ICAL_STATUS_CANCELLED) {
            base.status = SessionStatus::cancelled;
        }
        base.where = where;

        // A RECURRENCE-ID event is one replaced instance, never expanded.
        const bool is_override =
            icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY) != nullptr;
        static const std::set<Instant> kNone;
        const auto& skip = is_override ? kNone : overridden[base.id];
        const std::vector<Instant> starts =
            is_override ? std::vector<Instant>{*first} : times.occurrences(e, dtstart, skip, where);
        for (Instant s : starts) {
            DraftSession d = base;
            d.start = s;
            d.end = s + length;
            draft.sessions.push_back(std::move(d));
        }
    }
}

}  // namespace

bool looks_like_icalendar(std::string_view bytes) {
    const std::string_view start = content_start(bytes);
    constexpr std::string_view kBegin = "begin:vcalendar";
    if (start.size() < kBegin.size()) {
        return false;
    }
    for (size_t i = 0; i < kBegin.size(); ++i) {
        const char c = start[i];
        if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != kBegin[i]) {
            return false;
        }
    }
    return true;
}

Result<ParsedFeed> import_icalendar(std::string_view bytes, const FeedOptions& options) {
    const std::string text(bytes);  // libical wants a NUL-terminated string
    ComponentPtr root(icalparser_parse_string(text.c_str()), &icalcomponent_free);
    if (!root) {
        return Error{"iCalendar",
                     "no calendar could be read (no BEGIN:VCALENDAR ... END:VCALENDAR)"};
    }
    std::vector<icalcomponent*> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars.push_back(root.get());
    } else if (icalcomponent_isa(root.get()) == ICAL_XROOT_COMPONENT) {
        calendars = children(root.get(), ICAL_VCALENDAR_COMPONENT);
    }
    if (calendars.empty()) {
        return Error{"iCalendar", std::string("the document is a ") +
                                      icalcomponent_kind_to_string(icalcomponent_isa(root.get())) +
                                      ", not a VCALENDAR"};
    }
    ImportDraft draft;
    draft.format = "ical";
    for (icalcomponent* calendar : calendars) {
        read_calendar(calendar, options, draft);
    }
    return finish_import(std::move(draft), options);
}

}  // namespace signpost

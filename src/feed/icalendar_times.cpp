#include "feed/icalendar_times.h"

#include <algorithm>
#include <memory>

namespace signpost {
namespace {

// The wall-clock value of `t` counted as if it were UTC: the local seconds.
long local_seconds(const icaltimetype& t) {
    const auto days = TimeZone{}.from_local(t.year, static_cast<unsigned>(t.month),
                                            static_cast<unsigned>(t.day), 0, 0, 0);
    return days.time_since_epoch().count() + t.hour * 3600L + t.minute * 60L + t.second;
}

}  // namespace

std::string tzid_of(icalproperty* property) {
    if (!property) {
        return {};
    }
    icalparameter* p = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    const char* tzid = p ? icalparameter_get_tzid(p) : nullptr;
    return tzid ? std::string(tzid) : std::string();
}

std::optional<InstantWithOffset> IcalTimes::vtimezone_time(icalproperty* property, icaltimetype t) {
    const std::string tzid = tzid_of(property);
    if (tzid.empty() || icaltime_is_null_time(t) || t.is_date || icaltime_is_utc(t)) {
        return std::nullopt;
    }
    icaltimezone* zone = icalcomponent_get_timezone(calendar_, tzid.c_str());
    if (!zone) {
        return std::nullopt;
    }
    const Instant at{Seconds{icaltime_as_timet_with_zone(t, zone)}};
    return InstantWithOffset{at, Seconds{local_seconds(t)} - at.time_since_epoch()};
}

std::optional<Instant> IcalTimes::with_tzid(const std::string& tzid, icaltimetype t,
                                            const std::string& where) {
    // The calendar's own definition first: RFC 5545 makes it authoritative.
    if (icaltimezone* zone = icalcomponent_get_timezone(calendar_, tzid.c_str())) {
        return Instant{Seconds{icaltime_as_timet_with_zone(t, zone)}};
    }
    auto [it, inserted] = iana_.try_emplace(tzid);
    if (inserted) {
        // "Europe/Berlin", or a vendor prefix before it
        // ("/freeassociation.sourceforge.net/Europe/Berlin").
        for (size_t from = 0; from != std::string::npos && !it->second;
             from = tzid.find('/', from + 1)) {
            const std::string candidate = tzid.substr(from == 0 ? 0 : from + 1);
            if (auto zone = TimeZone::locate(candidate)) {
                it->second = zone.value();
            }
        }
        if (!it->second) {
            warnings_.push_back(Error{where, "TZID \"" + tzid +
                                                 "\" is neither a VTIMEZONE of the calendar nor "
                                                 "a known zone; read in " +
                                                 feed_zone_.name()});
        }
    }
    const TimeZone& zone = it->second ? *it->second : feed_zone_;
    return zone.from_local(t.year, static_cast<unsigned>(t.month), static_cast<unsigned>(t.day),
                           t.hour, t.minute, t.second);
}

std::optional<Instant> IcalTimes::instant(icalproperty* property, icaltimetype t,
                                          const std::string& where) {
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t)) {
        return std::nullopt;
    }
    if (t.is_date) {
        return feed_zone_.from_local(t.year, static_cast<unsigned>(t.month),
                                     static_cast<unsigned>(t.day), 0, 0, 0);
    }
    if (icaltime_is_utc(t)) {
        return Instant{Seconds{local_seconds(t)}};
    }
    const std::string tzid = tzid_of(property);
    if (!tzid.empty()) {
        return with_tzid(tzid, t, where);
    }
    return feed_zone_.from_local(t.year, static_cast<unsigned>(t.month),
                                 static_cast<unsigned>(t.day), t.hour, t.minute, t.second);
}

std::vector<Instant> IcalTimes::occurrences(icalcomponent* event, icalproperty* dtstart,
                                            const std::set<Instant>& overridden,
                                            const std::string& where, size_t limit) {
    const icaltimetype start_value = icalproperty_get_dtstart(dtstart);
    const std::optional<Instant> first = instant(dtstart, start_value, where);
    if (!first) {
        return {};
    }
    icalproperty* rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    icalproperty* rdate = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY);
    if (!rrule && !rdate) {
        return overridden.count(*first) ? std::vector<Instant>{} : std::vector<Instant>{*first};
    }

    std::vector<Instant> starts;
    if (rrule) {
        const icalrecurrencetype rule = icalproperty_get_rrule(rrule);
        // The iterator yields wall-clock values in DTSTART's own zone, so each
        // is read with DTSTART's TZID (or as UTC / floating like DTSTART).
        std::unique_ptr<icalrecur_iterator, decltype(&icalrecur_iterator_free)> it(
            icalrecur_iterator_new(rule, start_value), &icalrecur_iterator_free);
        if (!it) {
            warnings_.push_back(Error{where, "RRULE cannot be expanded; only DTSTART is used"});
            starts.push_back(*first);
        } else {
            for (icaltimetype next = icalrecur_iterator_next(it.get());
                 !icaltime_is_null_time(next); next = icalrecur_iterator_next(it.get())) {
                if (starts.size() == limit) {
                    warnings_.push_back(Error{
                        where, "RRULE repeats more than " + std::to_string(limit) +
                                   " times; the first " + std::to_string(limit) + " are used"});
                    break;
                }
                if (auto at = instant(dtstart, next, where)) {
                    starts.push_back(*at);
                }
            }
        }
    } else {
        starts.push_back(*first);
    }
    for (icalproperty* p = rdate; p;
         p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype value = icalproperty_get_rdate(p);
        const icaltimetype t = icaltime_is_null_time(value.time) ? value.period.start : value.time;
        if (auto at = instant(p, t, where);
            at && std::find(starts.begin(), starts.end(), *at) == starts.end()) {
            starts.push_back(*at);
        }
    }
    std::set<Instant> excluded(overridden);
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        if (auto at = instant(p, icalproperty_get_exdate(p), where)) {
            excluded.insert(*at);
        }
    }
    std::erase_if(starts, [&](Instant s) { return excluded.count(s) > 0; });
    return starts;
}

}  // namespace signpost

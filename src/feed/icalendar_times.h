// Times in an iCalendar document, read through libical: a DATE-TIME in UTC
// ("...Z"), with a TZID (the calendar's own VTIMEZONE when it has one, else
// an IANA zone of that name), or floating (the feed's zone); a DATE is local
// midnight in the feed's zone. Also the occurrences of a recurring VEVENT
// (RRULE, RDATE, EXDATE), expanded with libical's iterator.
//
// Owned by one import on one thread: it points into that import's parsed
// calendar and dies with it.
#pragma once

#include <libical/ical.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/timezone.h"
#include "util/result.h"
#include "util/time.h"

namespace signpost {

class IcalTimes {
  public:
    IcalTimes(icalcomponent* calendar, std::vector<Error>& warnings)
        : calendar_(calendar), warnings_(warnings) {}

    // The zone for floating times and dates; set once it is chosen.
    void set_feed_zone(TimeZone zone) { feed_zone_ = std::move(zone); }

    // The instant of a DTSTART/DTEND/RDATE/EXDATE/RECURRENCE-ID property's
    // value `t`; nullopt for a null time. `where` names the event for the
    // warning about an unknown TZID (given once per TZID).
    std::optional<Instant> instant(icalproperty* property, icaltimetype t,
                                   const std::string& where);

    // The UTC offset a TZID time has through the calendar's own VTIMEZONE, for
    // choosing the feed's zone before any floating time is read; nullopt when
    // the property has no TZID or the calendar no VTIMEZONE for it.
    std::optional<InstantWithOffset> vtimezone_time(icalproperty* property, icaltimetype t);

    // The starts of every occurrence of `event` whose DTSTART property is
    // `dtstart`, in the iterator's order: the RRULE's (at most `limit`, with a
    // warning when cut), then RDATEs, minus EXDATEs and minus `overridden`
    // (instants that a VEVENT with the same UID and a RECURRENCE-ID replaces).
    // Without RRULE and RDATE: just DTSTART.
    std::vector<Instant> occurrences(icalcomponent* event, icalproperty* dtstart,
                                     const std::set<Instant>& overridden, const std::string& where,
                                     size_t limit = 1000);

  private:
    std::optional<Instant> with_tzid(const std::string& tzid, icaltimetype t,
                                     const std::string& where);

    icalcomponent* calendar_;
    std::vector<Error>& warnings_;
    TimeZone feed_zone_;
    std::map<std::string, std::optional<TimeZone>> iana_;  // TZID -> zone, looked up once
};

// The TZID parameter of a property, "" when it has none.
std::string tzid_of(icalproperty* property);

}  // namespace signpost

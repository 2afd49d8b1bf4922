// Venue-local dates and times for display: "09:05", "09:00–10:30",
// "10월 25일 (화)" / "Tue 25 Oct".
#pragma once

#include <string>

#include "model/localized_text.h"
#include "model/timezone.h"

namespace signpost::layout_detail {

std::string clock_text(const TimeZone& zone, Instant t);                  // "09:05"
std::string time_range_text(const TimeZone& zone, Instant a, Instant b);  // "09:00–10:30"
LocalizedText date_text(const TimeZone& zone, Instant t);                 // ko and en
// "10월 26일 (수) 09:00" / "Wed 26 Oct 09:00"
LocalizedText date_time_text(const TimeZone& zone, Instant t);

}  // namespace signpost::layout_detail

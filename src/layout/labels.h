// The sign's own words in Korean and English. Each label is a LocalizedText,
// so it goes through the same language choice and bilingual display as the
// feed's texts; a language other than ko/en in the config's order falls back
// along that order like any text. Placeholders are "{name}".
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <utility>

#include "model/localized_text.h"

namespace signpost::layout_detail {

enum class Label {
    page_now_next,
    page_directory,
    page_upcoming,
    page_waiting,
    now,
    next,
    you_are_here,
    nothing_now,
    no_more_today,
    idle_rooms,        // {n}: rooms with nothing now and nothing within n minutes
    starts_now,        // the upcoming board: a session that has just started
    starts_in,         // {n}: the upcoming board, under 15 minutes to go
    nothing_upcoming,  // {n}
    no_rooms,
    waiting_message,
    page_waiting_clock,
    waiting_clock_message,
    feed_updated,  // {time}
    feed_up_to_date,
    feed_offline,  // {time} {ago}
    feed_offline_unknown,
    feed_none,
    ago_just_now,
    ago_minutes,  // {n}
    ago_hours,    // {n}
    ago_days,     // {n}
    status_cancelled,
    status_full,
    status_full_rsvp,
    status_moved,  // {room}
    status_moved_unknown,
    room_full,    // a live state: the room takes nobody more
    room_closed,  // a live state: the room is shut
    banner_info,
    banner_warning,
    emergency_title,
    emergency_default,
};

LocalizedText label(Label key);

struct LabelArg {
    std::string_view name;  // without braces
    LocalizedText value;    // each language variant of the label takes the same language here
};
LocalizedText label(Label key, std::span<const LabelArg> args);

// "keynote" -> {기조연설, Keynote}; an unknown kind is shown as written; empty: nullopt.
std::optional<LocalizedText> kind_label(std::string_view kind);

// The kinds most sessions of a conference have (talk, lecture, session,
// presentation): a tag marks what stands out, so these get none, and the
// title keeps the room.
bool is_ordinary_kind(std::string_view kind);

// "25 min ago" / "25분 전", rounded down; negative ages count as "just now".
LocalizedText age_label(long long seconds);

}  // namespace signpost::layout_detail

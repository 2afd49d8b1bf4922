// A message for everyone at the venue. An active emergency announcement takes
// over the whole screen until its end.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/direction.h"
#include "model/localized_text.h"
#include "util/time.h"

namespace signpost {

enum class AnnouncementLevel { info, warning, emergency };

std::string_view to_string(AnnouncementLevel level);
std::optional<AnnouncementLevel> parse_announcement_level(std::string_view text);

struct Announcement {
    std::string id;
    LocalizedText text;
    AnnouncementLevel level = AnnouncementLevel::info;
    std::optional<Instant> start;    // absent: active from the start
    std::optional<Instant> end;      // absent: active until withdrawn from the feed
    std::optional<Arrow> direction;  // e.g. the way to the exit, for emergencies

    bool active_at(Instant t) const { return (!start || *start <= t) && (!end || t < *end); }
};

}  // namespace signpost

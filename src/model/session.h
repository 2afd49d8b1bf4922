// A session (talk, keynote, lab...) in one room over [start, end).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/localized_text.h"
#include "util/time.h"

namespace signpost {

enum class SessionStatus { scheduled, cancelled, full, moved };

std::string_view to_string(SessionStatus status);
std::optional<SessionStatus> parse_session_status(std::string_view text);

struct Session {
    std::string id;
    std::string room_id;
    size_t room = 0;  // index into Venue::rooms
    Instant start;
    Instant end;  // always after start
    LocalizedText title;
    std::vector<std::string> speakers;
    std::string track;
    std::string kind;  // keynote, talk, lab, sig, break, social, ... (free text, lower case)
    std::string language;
    LocalizedText abstract;
    SessionStatus status = SessionStatus::scheduled;
    std::string moved_to;  // room id, with status moved
    bool rsvp = false;     // needs a reservation; with status full: RSVP closed
};

}  // namespace signpost

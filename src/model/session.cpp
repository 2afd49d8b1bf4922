#include "model/session.h"

namespace signpost {

std::string_view to_string(SessionStatus status) {
    switch (status) {
        case SessionStatus::scheduled:
            return "scheduled";
        case SessionStatus::cancelled:
            return "cancelled";
        case SessionStatus::full:
            return "full";
        case SessionStatus::moved:
            return "moved";
    }
    return "scheduled";
}

std::optional<SessionStatus> parse_session_status(std::string_view text) {
    if (text == "scheduled")
        return SessionStatus::scheduled;
    if (text == "cancelled" || text == "canceled")
        return SessionStatus::cancelled;
    if (text == "full")
        return SessionStatus::full;
    if (text == "moved")
        return SessionStatus::moved;
    return std::nullopt;
}

}  // namespace signpost

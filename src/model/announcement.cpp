#include "model/announcement.h"

namespace signpost {

std::string_view to_string(AnnouncementLevel level) {
    switch (level) {
        case AnnouncementLevel::info:
            return "info";
        case AnnouncementLevel::warning:
            return "warning";
        case AnnouncementLevel::emergency:
            return "emergency";
    }
    return "info";
}

std::optional<AnnouncementLevel> parse_announcement_level(std::string_view text) {
    if (text == "info")
        return AnnouncementLevel::info;
    if (text == "warning")
        return AnnouncementLevel::warning;
    if (text == "emergency")
        return AnnouncementLevel::emergency;
    return std::nullopt;
}

}  // namespace signpost

// The announcements of a native feed; a bad one is skipped with a warning.
#include "feed/cosmetic_fields.h"
#include "feed/native_parts.h"

namespace signpost::native {
namespace {

// Essential: id, text, level, start, end (an emergency at the wrong time is
// worse than none). Cosmetic: direction (the arrow), a bad language of the text.
Result<Announcement> read_announcement(const Json& element, DroppedFields& dropped) {
    if (!element.is_object()) {
        return Error{"", "must be an object, not " + json_kind(element)};
    }
    Announcement a;
    auto id = read_required_string(element, "id");
    if (!id) {
        return id.error();
    }
    a.id = std::move(*id);

    auto text = read_required_text_dropping(element, "text", dropped);
    if (!text) {
        return text.error();
    }
    a.text = std::move(*text);

    auto level = read_required_string(element, "level");
    if (!level) {
        return level.error();
    }
    auto parsed_level = parse_announcement_level(*level);
    if (!parsed_level) {
        return Error{"level", quoted_value(*level) + " is not one of info, warning, emergency"};
    }
    a.level = *parsed_level;

    auto start = read_optional_instant(element, "start");
    if (!start) {
        return start.error();
    }
    auto end = read_optional_instant(element, "end");
    if (!end) {
        return end.error();
    }
    if (*start && *end && **end <= **start) {
        return Error{"end", "must be after start"};
    }
    a.start = *start;
    a.end = *end;

    auto direction = value_or_drop(read_optional_string(element, "direction"),
                                   std::optional<std::string>{}, dropped);
    if (direction) {
        a.direction = parse_arrow(*direction);
        if (!a.direction) {
            dropped.push_back(Error{"direction", quoted_value(*direction) +
                                                     " is not one of ahead, left, right, back, "
                                                     "up, down"});
        }
    }
    return a;
}

}  // namespace

std::vector<Announcement> read_announcements(const Json& list, std::vector<Error>& warnings) {
    std::vector<Announcement> out;
    IdSet seen_ids;
    for (size_t i = 0; i < list.size(); ++i) {
        const Json& element = list[i];
        const std::string path = "/announcements/" + std::to_string(i);
        DroppedFields dropped;
        auto announcement = read_announcement(element, dropped);
        if (!announcement) {
            const Error& e = announcement.error();
            warnings.push_back(Error{element_where(path, "announcement", element_id(element)),
                                     e.where.empty() ? e.what : e.where + ": " + e.what});
            continue;
        }
        if (!seen_ids.insert(announcement->id).second) {
            warnings.push_back(
                Error{element_where(path, "announcement", announcement->id),
                      "id: duplicate announcement id: the first announcement with it is kept"});
            continue;
        }
        report_dropped(path, "announcement", announcement->id, dropped, warnings);
        out.push_back(std::move(*announcement));
    }
    return out;
}

}  // namespace signpost::native

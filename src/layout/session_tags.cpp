#include "layout/session_tags.h"

#include "layout/labels.h"

namespace signpost::layout_detail {

std::vector<Chip> session_tags(PageContext& pc, const Schedule& schedule, const Session& session,
                               float max_width, bool with_kind, bool bilingual) {
    std::vector<Chip> chips;
    const Theme& t = pc.theme;
    switch (session.status) {
        case SessionStatus::scheduled:
            break;
        case SessionStatus::cancelled:
            chips.push_back(
                make_chip(pc, label(Label::status_cancelled), t.cancelled, max_width, bilingual));
            break;
        case SessionStatus::full:
            chips.push_back(
                make_chip(pc, label(session.rsvp ? Label::status_full_rsvp : Label::status_full),
                          t.full, max_width, bilingual));
            break;
        case SessionStatus::moved: {
            LocalizedText text = label(Label::status_moved_unknown);
            if (!session.moved_to.empty()) {
                const auto room = schedule.venue().find_room(session.moved_to);
                const LabelArg args[] = {{"room", room ? schedule.venue().rooms[*room].name
                                                       : LocalizedText::plain(session.moved_to)}};
                text = label(Label::status_moved, args);
            }
            chips.push_back(make_chip(pc, text, t.moved, max_width, bilingual));
            break;
        }
    }
    if (with_kind && !is_ordinary_kind(session.kind)) {
        if (auto kind = kind_label(session.kind)) {
            chips.push_back(make_chip(pc, *kind, t.chip, max_width, bilingual));
        }
    }
    return chips;
}

}  // namespace signpost::layout_detail

#include "layout/room_state.h"

#include "layout/labels.h"

namespace signpost::layout_detail {

std::optional<RoomState> shown_room_state(const LayoutContext& ctx, size_t room) {
    if (!ctx.live) {
        return std::nullopt;
    }
    const RoomLiveState* state = ctx.live->find(room);
    if (!state || (state->state != RoomState::full && state->state != RoomState::closed)) {
        return std::nullopt;
    }
    return state->state;
}

Chip room_state_chip(PageContext& pc, RoomState state, float max_width) {
    const Theme& t = pc.theme;
    const bool full = state == RoomState::full;
    Color fill = full ? t.room_full : t.room_closed;
    Color ink = full ? t.room_full_ink : t.room_closed_ink;
    // On a light page a white or grey badge would not stand out: signal red
    // with white words (7.6:1) does there.
    if (contrast(fill, t.background) < kGraphicContrast) {
        fill = t.emergency;
        ink = t.emergency_ink.primary;
    }
    Chip chip =
        make_chip(pc, label(full ? Label::room_full : Label::room_closed), fill, max_width, true);
    // Where "Full — no entry" would be cut ("Full…") or lose its second
    // language, the short word reads whole: "만석 · Full", or "만석".
    if (full && make_chip(pc, label(Label::room_full), fill, 1e6f, true).width > max_width) {
        chip = make_chip(pc, label(Label::status_full), fill, max_width, true);
    }
    chip.filled = true;
    chip.ink = legible_on(ink, fill);
    chip.role = "room-state";
    return chip;
}

float room_state_min_width(PageContext& pc, RoomState state) {
    const Label word = state == RoomState::full ? Label::status_full : Label::room_closed;
    return make_chip(pc, label(word), pc.theme.room_full, 1e6f, true).width;
}

std::optional<Chip> room_state_chip_for(PageContext& pc, size_t room, float max_width) {
    const std::optional<RoomState> state = shown_room_state(pc.ctx, room);
    if (!state) {
        return std::nullopt;
    }
    Chip chip = room_state_chip(pc, *state, max_width);
    if (chip.width <= 0) {
        return std::nullopt;
    }
    return chip;
}

}  // namespace signpost::layout_detail

// The directory page: every building (this screen's own marked "현위치 · You
// are here") with its rooms and floors, and the way there from this screen.
// Arrows follow docs/sign-design.md: left, ahead (and back, up, down) arrows stand at
// the left of their destination, right arrows at the right; destinations are
// listed ahead, then left, then right. A building row shows the building's way;
// a room row shows the room's own way when the config gives one, else its
// building's way above it applies.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/location_config.h"
#include "layout/cell.h"
#include "layout/rows.h"
#include "model/live_state.h"

namespace signpost::layout_detail {

// ahead 0, left 1, right 2, back 3, up 4, down 5, no direction 6.
int arrow_rank(std::optional<Arrow> arrow);

// One destination: a name (with its floor), optional "you are here" chip, and
// the way there. With an empty name, the way's text takes the name's place.
struct Destination {
    Bilingual name;
    std::string floor;        // the mark the page shows ("2F · 2층")
    std::string floor_label;  // the feed's label it comes from ("2", "P2")
    const Wayfinding* way = nullptr;
    bool here = false;
    bool group_header = false;
    // The building's id (group_header) or the room's: its items carry it as
    // "building" / "room", its arrow as "destination".
    std::string id;
    // A room's live state badge (layout/room_state.h), beside its name.
    std::optional<RoomState> state;
};

Row destination_row(PageContext& pc, const Destination& d, float width);

// The width kept at the left of a directory row for its arrow: arrow_slot(),
// or nothing where the directory shows no arrow (PageContext::directory_arrows).
float directory_slot(const PageContext& pc);

// The way to a group of rooms as a sub-group header: its arrow, and its text
// in both languages (on one line when that fits) across the row.
// `destination`: the id its arrow carries (the first room it leads to).
Row way_header_row(PageContext& pc, const Wayfinding& way, float width,
                   const std::string& destination);

// Rooms that share one way (`way` null: their building's way above applies)
// as a grid of cells (name and floor, translation under it) under the way's
// header row. Each grid line is a row of its own, in the header's sub-group,
// so a long group paginates line by line and a screen where it goes on
// starts with the way again.
std::vector<Row> room_grid_rows(PageContext& pc, const std::vector<Destination>& rooms,
                                const Wayfinding* way, float width);

Body build_directory_body(PageContext& pc, const PageConfig& page, float width);

}  // namespace signpost::layout_detail

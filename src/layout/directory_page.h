// The directory page: every building (this screen's own marked "현위치 · You
// are here") with its rooms and floors, and the way there from this screen.
// Arrows follow SIGN-DESIGN: left, ahead (and back, up, down) arrows stand at
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

namespace signpost::layout_detail {

// ahead 0, left 1, right 2, back 3, up 4, down 5, no direction 6.
int arrow_rank(std::optional<Arrow> arrow);

// One destination: a name (with its floor), optional "you are here" chip, and
// the way there. With an empty name, the way's text takes the name's place.
struct Destination {
    Bilingual name;
    std::string floor;
    const Wayfinding* way = nullptr;
    bool here = false;
    bool group_header = false;
};

Row destination_row(PageContext& pc, const Destination& d, float width);

// Rooms that share one way (`way` null: their building's way above applies)
// as a grid of cells (name and floor, translation under it) with the way's
// arrow and text once beside it (landscape) or over it (portrait). A long
// group makes several rows of a few grid lines each, so it can paginate.
std::vector<Row> room_grid_rows(PageContext& pc, const std::vector<Destination>& rooms,
                                const Wayfinding* way, float width);

Body build_directory_body(PageContext& pc, const PageConfig& page, float width);

}  // namespace signpost::layout_detail

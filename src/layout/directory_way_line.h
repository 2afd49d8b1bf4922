// A way and the few rooms it leads to on one line: where every room under a
// way fits one line with its translation (a floor's two or three rooms, as a
// hotel's "0F · 0층 디아고날 홀 Salón Diagonal  마르 홀 Salón Mar") and the way's
// text fits beside them, the rooms read as one destination row, the way's
// text after them, instead of the way's own line over a grid of one line.
#pragma once

#include <optional>
#include <vector>

#include "config/location_config.h"
#include "layout/directory_page.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

// The row, or nullopt where the rooms and the way do not fit one line of
// `width` (or a room shows a live state's badge, which the grid sets). Its
// arrow stands left of the rooms, or at the right end for a right arrow
// (docs/sign-design.md); its items carry each room's id and the arrow the
// first's. The way's text keeps the roles the way's own line gives it.
std::optional<Row> way_beside_rooms_row(PageContext& pc, const std::vector<Destination>& rooms,
                                        const Wayfinding& way, float width);

}  // namespace signpost::layout_detail

// Rooms a directory lists whose names start alike, as a congress names its
// self-organised rooms ("Assembly:Chaos West", "Assembly:Haecksen", … 80 of
// them): the start stands once, as a heading over their grid, and each cell
// gives the rest. A name a fifth shorter makes a grid of more columns.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "layout/directory_page.h"
#include "layout/room_name_prefix.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

// Some rooms of a directory run (indices into it, in order); `prefix` bytes
// of each name make the group's heading, 0 for rooms in no group.
struct NameGroup {
    std::vector<size_t> rooms;
    size_t prefix = 0;
};

// The run (rooms on one way, by floor, then name in natural order) cut into
// groups that cover it: at least kMinNameGroup rooms in a row on one floor
// whose names share a start up to a separator ("Assembly:", "Workshop - ")
// and have no translation. A floor's rooms in no group come before its
// groups ("Adams", "Borg" before "Assembly"), so that none reads as one of
// the group above it; without a group, the whole run as it is.
std::vector<NameGroup> name_groups(const std::vector<Destination>& run);

// The grid rows of a group's rooms (names without their `prefix`) under a
// heading that says it once ("Assembly"): a sub-group header, so it never
// ends a screen and stands again where the group goes on. Empty where the
// grid has sub-groups of its own (floors as headings).
std::vector<Row> name_group_rows(PageContext& pc, std::vector<Destination> rooms, size_t prefix,
                                 const Wayfinding* way, float width);

// A run of rooms without a way of their own to read, onto `body`: a grid,
// with each name group (name_groups) in a grid of its own under its start.
void push_name_groups(PageContext& pc, Body& body, const std::vector<Destination>& run,
                      const Wayfinding* way, float width);

}  // namespace signpost::layout_detail

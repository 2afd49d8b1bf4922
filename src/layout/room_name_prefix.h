// The parts of a room's name a page already says elsewhere: the start every
// name of a building (or of the venue) shares ("B1 - " of "B1 - P2 - Room
// 205" under "Building 1"), a start that names the floor beside the name
// ("P2 - "), and a start a group of rooms shares ("Assembly:" of a
// congress's "Assembly:Chaos West"), with the heading that says it once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "layout/page_context.h"
#include "model/venue.h"

namespace signpost::layout_detail {

// The length of the start every room's name in the venue shares, up to and
// with a separator (" - ", ": ", " / ", …): "CCIB - " of "CCIB - P1 - Room
// 111" and "CCIB - P0 - Auditorium". It says nothing on a sign inside that
// venue, and a congress's names carry it on every row. 0 where names have
// translations, share no separator, or one would be left empty.
size_t shared_name_prefix(const PageContext& pc, const Venue& venue);

// For each building, the start every room's name in it shares, as above (at
// least the venue's): a slot row stands under its building's row, which says
// what "CCIB - " or "B1 - " said ("B1 - P2 - Room 205" is "P2 - Room 205"
// under "Building 1"). A building of one room: the venue's.
std::vector<size_t> shared_name_prefixes(const PageContext& pc, const Venue& venue);

// The length of the start of `name` that names `floor`, up to and with the
// first separator: "P1 - " of "P1 - Room 111" on floor "P1", "1" or "01",
// "Level 2: " on floor "2", "B1 - " on floor "-1". Where the floor's mark
// stands beside the name (a directory's floor column, the upcoming board) it
// says it twice. 0 when the start is anything else ("Hall 2 - Room A" keeps
// its hall) or nothing would be left.
size_t floor_name_prefix(std::string_view name, std::string_view floor);

// The fewest rooms whose names' shared start (group_start) the directory
// says once over them, and lists without headings leave out: fewer are read
// faster whole than under a heading that costs a line.
constexpr size_t kMinNameGroup = 4;

// The length of `name`'s start up to and with its first separator (": ",
// ":", " - ", " / ", …), when that start is short and something follows; 0
// otherwise. "Assembly:" of "Assembly:Chaos West".
size_t group_start(std::string_view name);

// The start all of `names` (a group's, sharing a group_start) share, up to
// and with the last separator in it: "Assembly:" of the assemblies' names,
// "CCIB - Centre de Convencions Internacional de Barcelona - " of the
// centre's where every one carries it. 0 where a name would be left empty.
size_t group_prefix(const std::vector<std::string>& names);

// `prefix` (a group_prefix of `name`) cut before the first of its parts
// after the first that names `floor`: "East - " of "East - P1 - Room 101"
// on floor 1 for its "East - P1 - ", so that the floor stays with the
// name, where the floor mark can say it.
size_t prefix_before_floor(std::string_view name, size_t prefix, std::string_view floor);

// How much of `name` a group's `prefix` takes away: up to a part that names
// `floor` (prefix_before_floor), and that part too where the floor's mark
// stands beside the name (`floor_beside`): "East - P1 - Room 101" under
// "East" is "Room 101" beside "1F", "P1 - Room 101" without it.
size_t group_start_length(std::string_view name, size_t prefix, std::string_view floor,
                          bool floor_beside);

// A group's start as its heading says it: without its separator and
// spaces ("Assembly" of "Assembly:", "AC Hotel - Level 0" of "AC Hotel -
// Level 0 - ").
std::string group_heading(std::string_view start);

// A group's heading and its shorter forms, the fullest first: without its
// last parts ("CCIB - Centre de Convencions Internacional de Barcelona",
// then "CCIB"; "AC Hotel - Level 0", then "AC Hotel"), for a place too
// narrow for all of it.
std::vector<std::string> group_heading_forms(std::string_view heading);

// `name` without its first `prefix` bytes (none when it has a translation:
// shared_name_prefixes gives 0 then).
Bilingual without_prefix(Bilingual name, size_t prefix);

}  // namespace signpost::layout_detail

// A room's name on one line as the directory grid and the now/next page set
// it: the name (scan tier), its translation (detail tier) and the floor mark
// after them, with the floor run every page marks with the role "floor".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/page_context.h"
#include "layout/text_block.h"

namespace signpost::layout_detail {

// The floor mark as a run of its own (scan tier, secondary ink, role "floor").
TextRun floor_run(PageContext& pc, std::string floor);

// The width of the name, its translation and the floor mark on one line.
float room_line_width(PageContext& pc, const Bilingual& name, std::string_view floor);

// The name, its translation and the floor mark on one line; nullopt when
// they do not all fit `width`.
std::optional<TextBlock> room_line(PageContext& pc, const Bilingual& name, const std::string& floor,
                                   float width);

// The fullest of `group`'s forms (group_heading_forms) that fits `left`
// with `after` behind it (" · 2F"); "" where none does.
std::string group_form_within(PageContext& pc, const std::string& group, TextStyle style,
                              float left, const std::string& after = {});

// The marks a room's listed name tries first, before `marks` alone: each of
// `marks` (a floor mark, or "" for none) after what the name left out
// ("Assembly · 2F"), and without a floor that start cut to the room the name
// leaves it (cut_group_mark). Empty for a name that keeps its start.
std::vector<std::string> marks_with_group(PageContext& pc, const Room& room, const Bilingual& name,
                                          const std::vector<std::string>& marks, float width);

// What the room's listed name left out ("Hilton Diagonal Mar - Level 1")
// cut to the room a one-line name leaves it in `width` ("Room 1  Hilton
// Diag…"), so that a name whose start went still says where it is; "" when
// less than six letters of it fit or the name left nothing out.
std::string cut_group_mark(PageContext& pc, const Room& room, const Bilingual& name, float width);

}  // namespace signpost::layout_detail

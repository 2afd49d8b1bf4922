// The step-free line of a computed way (docs/wayfinding.md): when the
// shortest route to a place takes stairs or an escalator, a second line
// under its way shows the accessibility symbol, the step-free route's own
// arrow and its text ("P1 · 120 m · 2 min · lift"), or says there is
// no step-free route (no arrow then).
#pragma once

#include <string>
#include <vector>

#include "config/location_config.h"
#include "layout/page_context.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

// The row; its items carry `destinations` (one id: "destination") and
// route "step-free". With `left_slot_free` (the way above it points right, so
// no arrow stands or hangs in the left arrow slot) and no step-free arrow on
// the left, the symbol stands in that slot and the text starts where the
// way's text does: a portrait line keeps its words on one line more often.
Row step_free_row(PageContext& pc, const StepFreeWay& way, float width,
                  std::vector<std::string> destinations, bool left_slot_free = false);

// A step-free line's text without the floor its way's line just above
// already gives: under "P2 · 80 m · 1 min · escalator up" it reads
// "160 m · 2 min · lift", not "P2 · 160 m · …" (a portrait line that
// wrapped onto a third line for it). Per language; a text whose first part
// differs from the way's keeps it.
LocalizedText without_way_floor(const LocalizedText& step_free, const LocalizedText& way);

// Wraps `row`'s drawing so that its way's items ("direction-arrow",
// "direction-text*") carry `destinations` and route "shortest" (--dump, tests).
void label_way_items(Row& row, std::vector<std::string> destinations);

// The identity of the items of a way to `destinations` on `route`
// ("shortest", "step-free"): one id is a "destination", several are
// "destinations".
ItemIdentity way_identity(const std::vector<std::string>& destinations, std::string route);

}  // namespace signpost::layout_detail

// The step-free line of a computed way (docs/wayfinding.md): when the
// shortest route to a place takes stairs or an escalator, a second line
// under its way shows the accessibility symbol, the step-free route's own
// arrow and its text ("P1 · 120 m · 2 min · lift"), or says there is
// no step-free route (no arrow then).
#pragma once

#include <optional>
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

// A way's line with its step-free line after it on the same line, where each
// fits on one line in both its languages beside the other (a wide screen, a
// one-language venue): "P1 · 80 m · 1 min · stairs up   ♿ 120 m · 2 min ·
// lift"; else, bilingual, where each fits in two lines (its translation
// under it) beside the other: two lines for what took two rows. The way's
// arrow stands in its slot as on the way's own line; a step-free arrow to
// the left or ahead stands before the symbol (in two lines, only where it
// points otherwise than the way's), one to the right at the line's end
// (nullopt when the way's arrow stands there). The
// row is a sub-group header (the rooms' grid follows); its items carry
// `destinations`, the step-free ones route "step-free". nullopt where they do
// not fit.
std::optional<Row> way_and_step_free_row(PageContext& pc, const Wayfinding& way,
                                         const StepFreeWay& step_free, float width,
                                         std::vector<std::string> destinations);

// A way's rows (`rows`: its own row first, then what goes under it) into
// `body`, labelled with the places it leads to, with its step-free line when
// its route has stairs or an escalator: after the way on its line where both
// fit there, else under it (part of the row of a room alone on its way, so
// never on the next screen; kept with the rooms under a grid's way).
void push_way_rows(PageContext& pc, Body& body, std::vector<Row> rows, const Wayfinding* way,
                   std::vector<std::string> destinations, float width);

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

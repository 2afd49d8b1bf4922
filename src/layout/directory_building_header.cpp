#include "layout/directory_building_header.h"

#include <optional>
#include <utility>
#include <vector>

#include "layout/step_free_row.h"

namespace signpost::layout_detail {

void push_building_header(PageContext& pc, Body& body, const Destination& header, bool has_rooms,
                          std::deque<Wayfinding>& merged, float width) {
    Row hrow = destination_row(pc, header, width);
    hrow.items = has_rooms ? 0 : 1;  // a building alone is a destination itself
    // Repeated over a column where its rooms go on: the name and the
    // arrow, without the way's text (read once above).
    std::optional<Row> again;
    if (header.way && !header.way->text.empty() && has_rooms) {
        merged.push_back(Wayfinding{header.way->arrow, {}, std::nullopt, std::nullopt});
        Destination short_header = header;
        short_header.way = &merged.back();
        again = destination_row(pc, short_header, width);
        // Without "you are here" where it would take a line of its own.
        if (short_header.here) {
            short_header.here = false;
            if (Row plain = destination_row(pc, short_header, width);
                plain.height + 0.5f < again->height) {
                again = std::move(plain);
            }
        }
        hrow.repeat_as = static_cast<int>(body.rows.size()) + 1;
        again->repeat_only = true;
        again->items = 0;
    }
    // This screen's building whose name and "you are here" take two
    // lines: the screens where its rooms go on give the name alone,
    // on one line (the first said where you are).
    if (!again && header.here && has_rooms) {
        Destination plain = header;
        plain.here = false;
        Row chipless = destination_row(pc, plain, width);
        if (chipless.height + 0.5f < hrow.height) {
            again = std::move(chipless);
            hrow.repeat_as = static_cast<int>(body.rows.size()) + 1;
            again->repeat_only = true;
            again->items = 0;
        }
    }
    const size_t first_row = body.rows.size();
    std::vector<Row> rows;
    rows.push_back(std::move(hrow));
    push_way_rows(pc, body, std::move(rows), header.way, {header.id}, width);
    if (again) {
        // Right after the header (its index is repeat_as), before its
        // step-free line.
        body.rows.insert(body.rows.begin() + static_cast<long>(first_row) + 1, std::move(*again));
    }
}

}  // namespace signpost::layout_detail

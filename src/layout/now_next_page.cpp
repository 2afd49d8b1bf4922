#include "layout/now_next_page.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "layout/cell.h"
#include "layout/floor_label.h"
#include "layout/frame.h"
#include "layout/idle_rooms_line.h"
#include "layout/labels.h"
#include "layout/now_next_columns.h"
#include "layout/now_next_room_cell.h"
#include "layout/now_next_rows.h"
#include "layout/room_state.h"
#include "layout/venue_order.h"

namespace signpost::layout_detail {
namespace {

struct RoomSplit {
    const Building* building = nullptr;
    bool own = false;
    std::vector<size_t> active;  // a session on now or starting within the look-ahead
    std::vector<size_t> idle;
};

}  // namespace

Body build_now_next_body(PageContext& pc, const PageConfig& page, float width) {
    Body body;
    const Sizes& z = pc.sizes;
    if (!pc.ctx.schedule) {
        return body;
    }
    const Schedule& schedule = *pc.ctx.schedule;
    const Venue& venue = schedule.venue();
    std::vector<RoomSplit> splits;
    std::vector<size_t> active;
    bool any_room = false;
    bool translated = false;  // an active room's title has a translation
    for (const BuildingGroup& g : group_rooms(venue, page.buildings, pc.ctx.config.building)) {
        RoomSplit split;
        split.building = g.building ? &venue.buildings[*g.building] : nullptr;
        split.own = split.building && split.building->id == pc.ctx.config.building;
        any_room = any_room || !g.rooms.empty();
        for (size_t r : g.rooms) {
            const NowNext nn = schedule.now_next(r, pc.ctx.now);
            const bool soon = nn.next && nn.next->start - pc.ctx.now <= page.look_ahead;
            // A full or closed room keeps its row, so its state is shown
            // even with nothing on.
            const bool marked = shown_room_state(pc.ctx, r).has_value();
            const bool is_active = nn.now || soon || marked;
            (is_active ? split.active : split.idle).push_back(r);
            // When a title has a translation, a table's rows are two lines
            // anyway: the room's name may take two as well and leave the
            // titles (and their tags) the width; else it is worth a wider
            // column to keep rows one line.
            for (const Session* s : {nn.now, nn.next}) {
                if (is_active && s && !pc.pick(s->title).secondary.empty()) {
                    translated = true;
                }
            }
        }
        active.insert(active.end(), split.active.begin(), split.active.end());
        if (!split.active.empty()) {
            splits.push_back(std::move(split));
        }
    }
    // Landscape: one table (room | now | next) when it fits a screen.
    // Portrait, and a landscape page that takes more than a screen: stacked
    // rows (the room, and its now over its next beside it), in two tables
    // side by side on a landscape screen: a title keeps about the width a
    // table's now column gives it, and a screen holds half as many rooms
    // again or more (issue 13).
    const float cap = translated ? 0.0f : kRoomShare * width;
    Columns col = columns(pc, width, z.portrait ? 0 : room_column_need(pc, active, cap),
                          translated ? kTwoLineRoomShare : kRoomShare);
    col.two_lines = translated;
    const float gutter = 8 * z.unit;
    const float half = (width - gutter) / 2;
    bool paired = false;
    std::vector<Row> room_rows;
    if (!z.portrait) {
        // Every table row is at least a room's name (a scan-tier line) and
        // its padding: a page that takes more than a screen by that count
        // alone is not built as a table first.
        const float body_h = frame_geometry(pc).body.h;
        const float least = pc.ts.line(z.scan_bold).height + z.unit;
        paired = static_cast<float>(active.size()) * least > body_h;
        float one_column = 0;
        for (size_t i = 0; i < active.size() && !paired; ++i) {
            room_rows.push_back(room_row(pc, active[i], col));
            one_column += room_rows.back().height;
            paired = one_column > body_h;
        }
    }
    if (z.portrait || paired) {
        const float w = paired ? half : width;
        const float need = stacked_room_need(pc, active);
        const auto rows_in = [&](const Columns& c) {
            std::vector<Row> rows;
            for (size_t r : active) {
                rows.push_back(room_row(pc, r, c));
            }
            return rows;
        };
        // The screens the rows take, about: their height (two rooms a row
        // when paired, a building's rows apart from the next's) with a
        // building's row each, over the body's.
        const auto screens = [&](const std::vector<Row>& rows) {
            float sum = 0;
            size_t k = 0;
            for (const RoomSplit& sp : splits) {
                sum += 12 * z.unit;
                for (size_t i = 0; i < sp.active.size(); i += paired ? 2 : 1) {
                    float h = rows[k + i].height;
                    if (paired && i + 1 < sp.active.size()) {
                        h = std::max(h, rows[k + i + 1].height);
                    }
                    sum += h;
                }
                k += sp.active.size();
            }
            return std::ceil(sum / std::max(frame_geometry(pc).body.h, 1.0f));
        };
        col = stacked_columns(pc, w, need);
        room_rows = rows_in(col);
        // A name with its floor on one line may need more of the row than
        // titles should give up; it takes that (up to
        // kWideStackedRoomShare) only where the rows then take fewer screens.
        const Columns wide = stacked_columns(pc, w, need, kWideStackedRoomShare);
        if (wide.room > col.room + 0.5f) {
            std::vector<Row> wide_rows = rows_in(wide);
            if (screens(wide_rows) < screens(room_rows)) {
                col = wide;
                room_rows = std::move(wide_rows);
            }
        }
    }
    // In the order of `active`: the splits' active rooms one after another.
    size_t next_row = 0;
    const ColumnLabels labels = column_labels(pc, col);
    // The NOW / NEXT labels ride on each building's row, beside its name
    // (over the second table when there are two), when every name on the
    // page leaves them room; else they stand once, as a band at the top of
    // every screen, over their columns (over each table).
    const float again = paired ? half + gutter : 0.0f;
    bool band = false;
    for (const RoomSplit& sp : splits) {
        if (!band && sp.building &&
            building_row(pc, sp.building, sp.own, width, col, &labels, again).height >
                building_row(pc, sp.building, sp.own, width, col, nullptr).height + 0.01f) {
            band = true;
        }
    }
    if (band) {
        body.top_height = labels.height() + z.unit / 2;
        body.draw_top = [&pc, col, labels, again](Canvas& c, float x, float y, float) {
            draw_column_labels(c, pc, labels, col, x, y);
            if (again > 0) {
                draw_column_labels(c, pc, labels, col, x + again, y);
            }
        };
    }
    const ColumnLabels* row_labels = band ? nullptr : &labels;
    for (const RoomSplit& sp : splits) {
        if (sp.building || row_labels) {
            // Rooms whose building is unknown: a header with the labels alone.
            body.rows.push_back(
                building_row(pc, sp.building, sp.own, width, col, row_labels, again));
        } else {
            // Labels in the band, building unknown: a group without a visible header.
            body.rows.push_back(Row{0, true, 0, 0, [](Canvas&, float, float, float) {}});
        }
        for (size_t i = 0; i < sp.active.size(); i += paired ? 2 : 1) {
            Row left = std::move(room_rows[next_row++]);
            if (!paired) {
                body.rows.push_back(std::move(left));
                continue;
            }
            std::optional<Row> right;
            if (i + 1 < sp.active.size()) {
                right = std::move(room_rows[next_row++]);
            }
            body.rows.push_back(pair_row(std::move(left), std::move(right), half, gutter));
        }
        if (!sp.idle.empty()) {
            body.rows.push_back(idle_line(pc, sp.idle, page.look_ahead, width));
        }
    }
    // No rooms at all (a filter that matches none), or none active.
    body.draw_empty = [&pc, minutes = page.look_ahead, any_room](Canvas& c, Rect area) {
        const LabelArg n{"n", LocalizedText::plain(std::to_string(minutes.count()))};
        draw_empty_message(
            c, area, pc,
            any_room ? label(Label::nothing_upcoming, {&n, 1}) : label(Label::no_rooms));
    };
    return body;
}

}  // namespace signpost::layout_detail

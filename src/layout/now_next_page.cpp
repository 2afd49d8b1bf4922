#include "layout/now_next_page.h"

#include <algorithm>
#include <optional>

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

// The page's rooms by building (this screen's first), split into those that
// get a row and those named on the building's idle line.
struct Gathered {
    std::vector<RoomSplit> splits;  // buildings with an active room
    std::vector<size_t> active;     // the splits' active rooms, one after another
    bool any_room = false;
    bool translated = false;  // an active room's title has a translation
};

Gathered gather(PageContext& pc, const PageConfig& page) {
    Gathered out;
    const Schedule& schedule = *pc.ctx.schedule;
    const Venue& venue = schedule.venue();
    for (const BuildingGroup& g : group_rooms(venue, page.buildings, pc.ctx.config.building)) {
        RoomSplit split;
        split.building = g.building ? &venue.buildings[*g.building] : nullptr;
        split.own = split.building && split.building->id == pc.ctx.config.building;
        out.any_room = out.any_room || !g.rooms.empty();
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
                    out.translated = true;
                }
            }
        }
        out.active.insert(out.active.end(), split.active.begin(), split.active.end());
        if (!split.active.empty()) {
            out.splits.push_back(std::move(split));
        }
    }
    return out;
}

// One way of setting the rows: `col` in tables of `table_w`, `tables` of them
// side by side (`gap` apart); their rows run down the first and on into the
// next.
struct Setting {
    Columns col;
    size_t tables = 1;
    float table_w = 0;
    float gap = 0;
};

Body rows_for(PageContext& pc, const PageConfig& page, const Gathered& g, const Setting& set) {
    Body body;
    const Sizes& z = pc.sizes;
    const Columns& col = set.col;
    const ColumnLabels labels = column_labels(pc, col);
    // The NOW / NEXT labels ride on a building's row, beside its name (else
    // under it). Stacked rows (portrait, and tables side by side): where a
    // building's row begins a column, and where it stands again at a
    // screen's top (the rows of a screen's second table go on from its first,
    // under no row of theirs), not as a band over it. A table (room | now |
    // next): on each building's row when every name on the page leaves them
    // room beside it; else they stand once, as a band at the top of every
    // screen.
    bool band = false;
    for (const RoomSplit& sp : g.splits) {
        if (!col.stacked && !band && sp.building &&
            building_row(pc, sp.building, sp.own, set.table_w, col, &labels).height >
                building_row(pc, sp.building, sp.own, set.table_w, col, nullptr).height + 0.01f) {
            band = true;
        }
    }
    if (band) {
        body.top_height = labels.height() + z.unit / 2;
        body.draw_top = [&pc, col, labels](Canvas& c, float x, float y, float) {
            draw_column_labels(c, pc, labels, col, x, y);
        };
    }
    const ColumnLabels* row_labels = band ? nullptr : &labels;
    size_t next_room = 0;
    for (const RoomSplit& sp : g.splits) {
        if (sp.building || row_labels) {
            // Rooms whose building is unknown: a header with the labels alone.
            const size_t header = body.rows.size();
            body.rows.push_back(building_row(pc, sp.building, sp.own, set.table_w, col,
                                             col.stacked ? nullptr : row_labels));
            if (col.stacked) {
                // The key where a building's row begins a column, and where
                // it stands again at a screen's top (its name whole there,
                // the key under it where both do not fit one line).
                Row top = building_row(pc, sp.building, sp.own, set.table_w, col, &labels);
                Row again = building_row(pc, sp.building, false, set.table_w, col, &labels);
                top.repeat_only = true;
                again.repeat_only = true;
                body.rows[header].top_as = static_cast<int>(body.rows.size());
                body.rows.push_back(std::move(top));
                body.rows[header].repeat_as = static_cast<int>(body.rows.size());
                body.rows.push_back(std::move(again));
            }
        } else {
            // Labels in the band, building unknown: a group without a visible header.
            body.rows.push_back(Row{0, true, 0, 0, [](Canvas&, float, float, float) {}});
        }
        for (size_t i = 0; i < sp.active.size(); ++i) {
            body.rows.push_back(room_row(pc, g.active[next_room++], col));
        }
        if (!sp.idle.empty()) {
            // With the building's last room: the line never stands alone at
            // the top of a screen, its building's row repeated over it.
            Row idle = idle_line(pc, sp.idle, page.look_ahead, set.table_w);
            Row& last = body.rows.back();
            last.height += idle.height;
            last.words += idle.words;
            last.draw = [room = std::move(last.draw), idle = std::move(idle.draw),
                         above = last.height - idle.height](Canvas& c, float x, float y, float w) {
                room(c, x, y, w);
                idle(c, x, y + above, w);
            };
        }
    }
    // No rooms at all (a filter that matches none), or none active.
    body.draw_empty = [&pc, minutes = page.look_ahead, any_room = g.any_room](Canvas& c,
                                                                              Rect area) {
        const LabelArg n{"n", LocalizedText::plain(std::to_string(minutes.count()))};
        draw_empty_message(
            c, area, pc,
            any_room ? label(Label::nothing_upcoming, {&n, 1}) : label(Label::no_rooms));
    };
    return body;
}

// The screens `body` takes set in `set`.
std::vector<std::vector<std::vector<size_t>>> paginate(const Body& body, const Setting& set,
                                                       float first, float rest) {
    return paginate_columns(body.rows, std::max(0.0f, first - body.top_height),
                            std::max(0.0f, rest - body.top_height), set.tables, std::nullopt,
                            false);
}

}  // namespace

NowNextSet set_now_next(PageContext& pc, const PageConfig& page, float width, float first,
                        float rest) {
    NowNextSet out;
    const Sizes& z = pc.sizes;
    if (!pc.ctx.schedule) {
        return out;
    }
    const Gathered g = gather(pc, page);
    const auto done = [&](Body body, const Setting& set, auto screens) {
        out.body = std::move(body);
        out.columns = set.tables;
        out.column_gap = set.gap;
        out.screens = std::move(screens);
        return std::move(out);
    };
    // Landscape: one table (room | now | next) when it fits a screen.
    // Portrait, and a landscape page that takes more than a screen: stacked
    // rows (the room, and its now over its next beside it), in two tables
    // side by side on a landscape screen: a title keeps about the width a
    // table's now column gives it, and a screen holds half as many rooms
    // again or more (issue 13).
    if (!z.portrait) {
        const float cap = g.translated ? 0.0f : kRoomShare * width;
        Setting table{columns(pc, width, room_column_need(pc, g.active, cap),
                              g.translated ? kTwoLineRoomShare : kRoomShare),
                      1, width, 0};
        table.col.two_lines = g.translated;
        // Every table row is at least a room's name (a scan-tier line) and
        // its padding: a page that takes more than a screen by that count
        // alone is not built as a table first.
        const float least = pc.ts.line(z.scan_bold).height + z.unit;
        if (static_cast<float>(g.active.size()) * least <= first) {
            Body body = rows_for(pc, page, g, table);
            auto screens = paginate(body, table, first, rest);
            if (screens.size() <= 1) {
                return done(std::move(body), table, std::move(screens));
            }
        }
    }
    Setting set;
    set.tables = z.portrait ? 1 : 2;
    set.gap = set.tables > 1 ? 8 * z.unit : 0.0f;
    set.table_w =
        (width - static_cast<float>(set.tables - 1) * set.gap) / static_cast<float>(set.tables);
    const float need = stacked_room_need(pc, g.active);
    set.col = stacked_columns(pc, set.table_w, need);
    Body body = rows_for(pc, page, g, set);
    auto screens = paginate(body, set, first, rest);
    // A name with its floor on one line may need more of the row than
    // titles should give up; it takes that (up to kWideStackedRoomShare)
    // only where the rows then take fewer screens.
    Setting wide = set;
    wide.col = stacked_columns(pc, set.table_w, need, kWideStackedRoomShare);
    if (wide.col.room > set.col.room + 0.5f) {
        Body wide_body = rows_for(pc, page, g, wide);
        auto wide_screens = paginate(wide_body, wide, first, rest);
        if (wide_screens.size() < screens.size()) {
            return done(std::move(wide_body), wide, std::move(wide_screens));
        }
    }
    return done(std::move(body), set, std::move(screens));
}

}  // namespace signpost::layout_detail

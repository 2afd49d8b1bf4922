#include "layout/now_next_page.h"

#include <algorithm>
#include <optional>

#include "layout/idle_rooms_line.h"
#include "layout/labels.h"
#include "layout/now_next_columns.h"
#include "layout/now_next_room_cell.h"
#include "layout/now_next_rows.h"
#include "layout/now_next_slot_rows.h"
#include "layout/room_state.h"
#include "layout/shared_slot.h"
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
    // Set: rows in the page's shared slot say its times once, in a key over
    // each table (now_next_slot_rows.h).
    std::optional<SharedSlot> slot;
    SlotNames slot_names;  // how a slot row names its room
};

// `idle_lines` false: the buildings' idle rooms are left to the directory.
Body rows_for(PageContext& pc, const PageConfig& page, const Gathered& g, const Setting& set,
              bool idle_lines) {
    Body body;
    const Columns& col = set.col;
    // No NOW / NEXT key over the rows or on a building's row: the page's
    // title is it ("지금 · 다음 Now & next", its words in the status colours;
    // the time of what is on now is white over its yellow progress bar, the
    // next start blue).
    // Rows in a shared slot: its times once, over each table.
    if (set.slot) {
        SlotKey key = slot_key(pc, *set.slot, set.table_w);
        body.top_height = key.height;
        body.draw_top = [&pc, set, key = std::move(key)](Canvas& c, float x, float y, float) {
            for (size_t t = 0; t < set.tables; ++t) {
                draw_slot_key(c, pc, key, x + static_cast<float>(t) * (set.table_w + set.gap), y,
                              set.table_w);
            }
        };
    }
    size_t next_room = 0;
    for (const RoomSplit& sp : g.splits) {
        if (sp.building) {
            const size_t header = body.rows.size();
            body.rows.push_back(building_row(pc, sp.building, sp.own, set.table_w));
            if (col.stacked || set.slot) {
                // Where its rooms go on at a screen's top: the name alone
                // ("you are here" was said where the building began).
                Row again = building_row(pc, sp.building, false, set.table_w);
                again.repeat_only = true;
                body.rows[header].repeat_as = static_cast<int>(body.rows.size());
                body.rows.push_back(std::move(again));
            }
        } else {
            // Rooms whose building is unknown: a group without a visible header.
            body.rows.push_back(Row{0, true, 0, 0, [](Canvas&, float, float, float) {}});
        }
        for (size_t i = 0; i < sp.active.size(); ++i) {
            const size_t r = g.active[next_room++];
            body.rows.push_back(set.slot ? slot_row(pc, r, col, *set.slot, set.slot_names)
                                         : room_row(pc, r, col));
        }
        if (idle_lines && !sp.idle.empty()) {
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

using Screens = std::vector<std::vector<std::vector<size_t>>>;

// The screens `body` takes set in `set`: evened out (every screen about as
// full as the others), or `in_order`, each filled as far as it goes (the
// last takes what is left). Both take as many screens.
Screens paginate(const Body& body, const Setting& set, float first, float rest, bool in_order) {
    // Under the body's fixed top (a shared slot's times), repeated on every screen.
    return paginate_columns(body.rows, std::max(0.0f, first - body.top_height),
                            std::max(0.0f, rest - body.top_height), set.tables, std::nullopt, false,
                            !in_order);
}

struct Laid {
    Body body;
    Screens screens;
};

// The rows in `set` with the buildings' idle lines, or without them where
// that takes fewer screens: rooms with nothing now and nothing within the
// look-ahead are then left to the directory, as a building's are when none
// of its rooms is active (issue 13), rather than cost a screen of the cycle.
// The screens are evened out, every one about as full as the others: filled
// in order, the last took what was left (the demo's portrait 6, 8, 6 and 2
// rooms; 17, 16, 16, 16 and 8 for 73 rooms).
Laid lay_out(PageContext& pc, const PageConfig& page, const Gathered& g, const Setting& set,
             float first, float rest) {
    Laid laid{rows_for(pc, page, g, set, true), {}};
    laid.screens = paginate(laid.body, set, first, rest, true);
    const bool any_idle = std::any_of(g.splits.begin(), g.splits.end(),
                                      [](const RoomSplit& sp) { return !sp.idle.empty(); });
    if (any_idle && laid.screens.size() > 1) {
        Laid without{rows_for(pc, page, g, set, false), {}};
        without.screens = paginate(without.body, set, first, rest, true);
        if (without.screens.size() < laid.screens.size()) {
            laid = std::move(without);
        }
    }
    laid.screens = paginate(laid.body, set, first, rest, false);
    return laid;
}

// The page's rows each with their own times: one table, or stacked rows.
NowNextSet set_rows(PageContext& pc, const PageConfig& page, const Gathered& g, float width,
                    float first, float rest) {
    NowNextSet out;
    const Sizes& z = pc.sizes;
    const auto done = [&](Laid laid, const Setting& set) {
        out.body = std::move(laid.body);
        out.columns = set.tables;
        out.column_gap = set.gap;
        out.screens = std::move(laid.screens);
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
                      1,
                      width,
                      0,
                      std::nullopt,
                      {}};
        table.col.two_lines = g.translated;
        // Every table row is at least a room's name (a scan-tier line) and
        // its padding: a page that takes more than a screen by that count
        // alone is not built as a table first.
        const float least = pc.ts.line(z.scan_bold).height + z.unit;
        if (static_cast<float>(g.active.size()) * least <= first) {
            Laid laid = lay_out(pc, page, g, table, first, rest);
            if (laid.screens.size() <= 1) {
                return done(std::move(laid), table);
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
    Laid laid = lay_out(pc, page, g, set, first, rest);
    // A name with its floor on one line may need more of the row than
    // titles should give up; it takes that (up to kWideStackedRoomShare)
    // only where the rows then take fewer screens.
    Setting wide = set;
    wide.col = stacked_columns(pc, set.table_w, need, kWideStackedRoomShare);
    if (wide.col.room > set.col.room + 0.5f) {
        Laid wide_laid = lay_out(pc, page, g, wide, first, rest);
        if (wide_laid.screens.size() < laid.screens.size()) {
            return done(std::move(wide_laid), wide);
        }
    }
    return done(std::move(laid), set);
}

}  // namespace

NowNextSet set_now_next(PageContext& pc, const PageConfig& page, float width, float first,
                        float rest) {
    if (!pc.ctx.schedule) {
        return {};
    }
    const Gathered g = gather(pc, page);
    NowNextSet out = set_rows(pc, page, g, width, first, rest);
    // Most rooms in one slot (a summit's or a congress's schedule) and no
    // title translated: its times once over one-line rows, where that takes
    // fewer screens (two tables side by side in landscape, as stacked rows).
    if (g.translated || out.screens.size() <= 1) {
        return out;
    }
    const auto slot = shared_slot(*pc.ctx.schedule, g.active, pc.ctx.now, pc.zone);
    if (!slot) {
        return out;
    }
    size_t most = out.screens.size();
    std::optional<Setting> best;  // set: a slot setting won
    // Landscape: two tables side by side, or (where no setting of two won)
    // one across, for names too long for one line in half the width; with
    // the rooms' floor marks and without (where that widens the titles). The
    // fewest screens, then the widest titles. Each try lays the page out
    // again (a 100-room page: about 1 ms here), so none is made twice.
    const std::vector<size_t> table_counts =
        pc.sizes.portrait ? std::vector<size_t>{1} : std::vector<size_t>{2, 1};
    for (const size_t tables : table_counts) {
        if (tables == 1 && best) {
            break;
        }
        std::optional<float> floors_room;
        for (const bool floors : {true, false}) {
            Setting set;
            set.slot = slot;
            set.slot_names = {floors};
            set.tables = tables;
            set.gap = tables > 1 ? 8 * pc.sizes.unit : 0.0f;
            set.table_w =
                (width - static_cast<float>(tables - 1) * set.gap) / static_cast<float>(tables);
            set.col = slot_columns(pc, set.table_w, g.active, set.slot_names);
            // Without floors in a room column as wide: the same rows.
            if (floors_room && set.col.room > *floors_room - 0.5f) {
                continue;
            }
            floors_room = set.col.room;
            Laid laid = lay_out(pc, page, g, set, first, rest);
            const bool wider = best && set.col.now > best->col.now + 0.5f;
            if (laid.screens.size() < most || (best && laid.screens.size() == most && wider)) {
                most = laid.screens.size();
                best = set;
                out.body = std::move(laid.body);
                out.columns = set.tables;
                out.column_gap = set.gap;
                out.screens = std::move(laid.screens);
            }
        }
    }
    return out;
}

}  // namespace signpost::layout_detail

#include "layout/directory_name_groups.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "layout/cell.h"
#include "layout/directory_arrows.h"
#include "layout/directory_page.h"
#include "layout/room_name_line.h"
#include "layout/room_name_prefix.h"
#include "layout/step_free_row.h"

namespace signpost::layout_detail {

std::vector<NameGroup> name_groups(const std::vector<Destination>& run) {
    const auto start_of = [&](size_t i) -> std::string_view {
        const Destination& d = run[i];
        if (!d.name.secondary.empty()) {
            return {};
        }
        return std::string_view(d.name.primary).substr(0, group_start(d.name.primary));
    };
    std::vector<NameGroup> groups;
    std::vector<bool> grouped(run.size(), false);
    for (size_t i = 0; i < run.size();) {
        const std::string_view start = start_of(i);
        size_t j = i + 1;
        while (!start.empty() && j < run.size() && start_of(j) == start &&
               run[j].floor == run[i].floor) {
            ++j;
        }
        if (start.empty() || j - i < kMinNameGroup) {
            ++i;
            continue;
        }
        NameGroup g;
        std::vector<std::string> names;
        for (size_t k = i; k < j; ++k) {
            g.rooms.push_back(k);
            grouped[k] = true;
            names.push_back(run[k].name.primary);
        }
        // All they share: "Assembly:", or "CCIB - Centre de Convencions
        // Internacional de Barcelona - " where every one says it.
        g.prefix = std::max(start.size(), group_prefix(names));
        groups.push_back(std::move(g));
        i = j;
    }
    std::vector<NameGroup> out;
    NameGroup loose;
    size_t next_group = 0;
    // Floor by floor: its loose rooms, then its groups. Loose rooms of floors
    // without a group stay together, one grid as before.
    for (size_t i = 0; i < run.size();) {
        size_t end = i;
        while (end < run.size() && run[end].floor == run[i].floor) {
            ++end;
        }
        for (size_t k = i; k < end; ++k) {
            if (!grouped[k]) {
                loose.rooms.push_back(k);
            }
        }
        for (; next_group < groups.size() && groups[next_group].rooms.front() < end; ++next_group) {
            if (!loose.rooms.empty()) {
                out.push_back(std::move(loose));
                loose = NameGroup{};
            }
            out.push_back(std::move(groups[next_group]));
        }
        i = end;
    }
    if (!loose.rooms.empty()) {
        out.push_back(std::move(loose));
    }
    return out;
}

std::vector<Row> name_group_rows(PageContext& pc, std::vector<Destination> rooms, size_t prefix,
                                 const Wayfinding* way, float width) {
    if (rooms.empty()) {
        return {};
    }
    // The heading stops before a floor the names share: the floor column
    // says it ("East", not "East - P1", over "East - P1 - Room 101"), and
    // each name leaves out the heading and, beside its floor mark, the floor.
    const Destination& first = rooms.front();
    const std::string heading = group_heading(
        std::string_view(first.name.primary)
            .substr(0, prefix_before_floor(first.name.primary, prefix, first.floor_label)));
    for (Destination& d : rooms) {
        d.name.primary.erase(
            0, group_start_length(d.name.primary, prefix, d.floor_label, !d.floor.empty()));
    }
    std::vector<Row> grid = room_grid_rows(pc, rooms, way, width);
    if (heading.empty() || std::any_of(grid.begin(), grid.end(), [](const Row& r) {
            return r.subgroup_header || r.in_subgroup;
        })) {
        return {};
    }
    const float pad = 0.5f * pc.sizes.unit;
    const float x0 = directory_slot(pc);
    Cell cell;
    // At the floor's size and tone; a long one ("CCIB - Centre de
    // Convencions Internacional de Barcelona") wraps rather than cut.
    TextBlock text =
        text_block(pc.ts, heading, pc.sizes.scan, Tone::secondary, std::max(0.0f, width - x0), 2);
    for (auto& line : text.lines) {
        for (auto& run : line.runs) {
            run.role = "room-group";
        }
    }
    cell.add_text("room-group", std::move(text));
    Row head;
    head.subgroup_header = true;
    head.words = 1;
    head.height = pad + cell.height();
    head.draw = [&pc, cell = std::move(cell), id = rooms.front().id, x0, pad](Canvas& c, float x,
                                                                              float y, float w) {
        ItemIdentity room;
        room.room = id;
        IdentityScope scope(c, std::move(room));
        draw_cell(c, pc, cell, x + x0, y + pad, w - x0);
    };
    std::vector<Row> out;
    out.push_back(std::move(head));
    for (Row& r : grid) {
        r.in_subgroup = true;
        out.push_back(std::move(r));
    }
    return out;
}

// Rooms without a way of their own to read: a grid, with rooms whose names
// start alike ("Assembly:…") in a grid of their own under that start.
void push_name_groups(PageContext& pc, Body& body, const std::vector<Destination>& run,
                      const Wayfinding* way, float width) {
    for (const NameGroup& g : name_groups(run)) {
        std::vector<Destination> part;
        for (size_t i : g.rooms) {
            part.push_back(run[i]);
        }
        std::vector<Row> rows;
        if (g.prefix > 0) {
            rows = name_group_rows(pc, part, g.prefix, way, width);
        }
        if (rows.empty()) {
            rows = room_grid_rows(pc, part, way, width);
        }
        push_way_rows(pc, body, std::move(rows), nullptr, {}, width);
    }
}

}  // namespace signpost::layout_detail

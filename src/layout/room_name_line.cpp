#include "layout/room_name_line.h"

#include "layout/room_name_prefix.h"

namespace signpost::layout_detail {

TextRun floor_run(PageContext& pc, std::string floor) {
    TextRun mark = make_run(pc.ts, std::move(floor), pc.sizes.scan, Tone::secondary);
    mark.role = "floor";
    return mark;
}

float room_line_width(PageContext& pc, const Bilingual& name, std::string_view floor) {
    const Sizes& z = pc.sizes;
    const float gap = pc.inline_gap();
    const float floor_w = floor.empty() ? 0 : 2 * gap + pc.ts.width(floor, z.scan);
    const float secondary =
        name.secondary.empty() ? 0 : gap + pc.ts.width(name.secondary, z.detail);
    return pc.ts.width(name.primary, z.scan_bold) + secondary + floor_w;
}

std::optional<TextBlock> room_line(PageContext& pc, const Bilingual& name, const std::string& floor,
                                   float width) {
    if (room_line_width(pc, name, floor) > width) {
        return std::nullopt;
    }
    const Sizes& z = pc.sizes;
    const float gap = pc.inline_gap();
    TextBlock block = text_block(pc.ts, name.primary, z.scan_bold, Tone::primary, width, 1);
    if (!name.secondary.empty()) {
        append_run(pc.ts, block, make_run(pc.ts, name.secondary, z.detail, Tone::secondary, true),
                   width, gap);
    }
    if (!floor.empty()) {
        append_run(pc.ts, block, floor_run(pc, floor), width, 2 * gap);
    }
    return block;
}

std::string group_form_within(PageContext& pc, const std::string& group, TextStyle style,
                              float left, const std::string& after) {
    for (const std::string& form : group_heading_forms(group)) {
        if (pc.ts.width(form + after, style) <= left) {
            return form;
        }
    }
    return {};
}

std::vector<std::string> marks_with_group(PageContext& pc, const Room& room, const Bilingual& name,
                                          const std::vector<std::string>& marks, float width) {
    std::vector<std::string> out;
    bool floorless = marks.empty();
    for (const std::string& m : marks.empty() ? std::vector<std::string>{""} : marks) {
        if (std::string both = pc.group_and_mark(room, m); !both.empty()) {
            out.push_back(std::move(both));
        }
        floorless = floorless || m.empty();
    }
    if (floorless) {
        if (std::string cut = cut_group_mark(pc, room, name, width); !cut.empty()) {
            out.push_back(std::move(cut));
        }
    }
    return out;
}

std::string cut_group_mark(PageContext& pc, const Room& room, const Bilingual& name, float width) {
    const std::string group = pc.listed_group(room);
    if (group.empty()) {
        return {};
    }
    const float left = width - room_line_width(pc, name, {}) - 2 * pc.inline_gap();
    if (left <= 0) {
        return {};
    }
    // Its fullest form that fits ("AC Hotel" of "AC Hotel - Level 0"), else
    // its shortest cut.
    if (std::string form = group_form_within(pc, group, pc.sizes.scan, left); !form.empty()) {
        return form;
    }
    std::string cut = pc.ts.ellipsize(group_heading_forms(group).back(), pc.sizes.scan, left);
    // Fewer than six letters before the ellipsis say little ("Hilt…").
    size_t letters = 0;
    for (const char c : std::string_view(cut).substr(0, cut.rfind("…"))) {
        letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != ' ' ? 1 : 0;
    }
    return letters >= 6 ? cut : std::string();
}

}  // namespace signpost::layout_detail

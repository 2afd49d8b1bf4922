// What every part of a page needs while it is laid out: sizes, the measurer in
// design units, colours, the venue's time zone and the language order. Built
// once per layout call and passed by reference; it borrows the LayoutContext.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "layout/layout.h"
#include "layout/sizes.h"
#include "layout/text_block.h"
#include "layout/theme.h"
#include "layout/typesetter.h"
#include "model/timezone.h"

namespace signpost::layout_detail {

struct PageContext {
    explicit PageContext(const LayoutContext& ctx);
    PageContext(const PageContext&) = delete;
    PageContext& operator=(const PageContext&) = delete;

    const LayoutContext& ctx;
    Sizes sizes;
    Typesetter ts;
    Theme theme;
    TimeZone zone;  // the config's zone, else the schedule's, else UTC
    std::span<const std::string> langs;

    // Between a first-language run and its translation on the same line.
    float inline_gap() const { return sizes.detail.size * 0.6f; }
    Bilingual pick(const LocalizedText& text) const { return pick_bilingual(text, langs); }

    // A room's name as the pages show it, under its building's row: without
    // the start every name of its building shares ("B1 - " of "B1 - P2 -
    // Room 205"; layout/room_name_prefix.h), so every page names it alike.
    Bilingual room_name(const Room& room) const;

    // The name where the room's floor mark stands beside it (a directory
    // line, the upcoming board): room_name() without a start that names the
    // floor again ("P2 - " of "P2 - Room 205" on floor P2 or 2), in each
    // language. Pages that do not show the floor keep it in the name.
    Bilingual room_name_by_floor(const Room& room) const;

    // The name on a list of rooms without headings over groups of them (the
    // now/next rows, the upcoming board): room_name(), without the start that
    // kMinNameGroup or more rooms of its building share ("Assembly:" of a
    // congress's "Assembly:Chaos West": what tells the rooms apart is the
    // rest, and a column of "Assembly:…" tells nothing), and, when the floor
    // mark stands beside it (`floor_beside`), without a start that names the
    // floor. A start that names the floor stays where the floor does not.
    Bilingual listed_name(const Room& room, bool floor_beside) const;

    // What listed_name() left out of the room's name, as a group's heading
    // says it ("Assembly", "AC Hotel - Level 0"): a row gives it after the
    // name where that fits on the name's line, since it may say where the
    // room is. "" for a name that keeps its start.
    std::string listed_group(const Room& room) const;

    // `mark` (a floor mark, or "") after the room's listed_group():
    // "AC Hotel - Level 0 · 1F"; "" where the name keeps its start.
    std::string group_and_mark(const Room& room, const std::string& mark) const;

    // Whether the directory being laid out shows any arrow (a way to a
    // building or a room). Without one (a feed without a venue map and a
    // config without directions) its rows keep no empty arrow slot at their
    // left: names start at the margin, as the other pages' do, and a long
    // building name is not cut for a slot that stays empty.
    // build_directory_body sets it before it builds a row.
    bool directory_arrows = true;

  private:
    Bilingual compute_listed_name(const Room& room, bool floor_beside) const;
    // group_starts_ of the room's building (computed on the first call);
    // null without a schedule.
    const std::map<std::string, size_t, std::less<>>* group_starts(const Room& room) const;
    // What `listed` (the room's compute_listed_name without the floor) left
    // out of room_name(), as its heading says it.
    std::string compute_listed_group(const Room& room, const Bilingual& listed) const;
    // By room index, listed_name() (without and with the floor beside) and
    // listed_group(), computed on first use: a page asks for each several
    // times while it measures its columns and rows.
    struct ListedNames {
        Bilingual name[2];
        std::string group;
    };
    const ListedNames* listed(const Room& room) const;
    mutable std::vector<std::optional<ListedNames>> listed_;
    // By building index, computed on the first room_name() of the page.
    mutable std::vector<size_t> name_prefixes_;
    mutable bool prefixes_ready_ = false;
    // By building index, the starts of room_name()s (group_start) that
    // kMinNameGroup or more of its rooms share, each with the length of all
    // those names share (group_prefix); computed on the first listed_name().
    mutable std::vector<std::map<std::string, size_t, std::less<>>> group_starts_;
    mutable bool group_starts_ready_ = false;
};

// `text` ("no rooms to show", "nothing in the next 60 min") centred a third of
// the way down `area`: the body of a directory, now/next or upcoming page with
// nothing to list.
void draw_empty_message(Canvas& canvas, Rect area, PageContext& pc, const LocalizedText& text);

}  // namespace signpost::layout_detail

#include "layout/page_context.h"

#include "layout/room_name_prefix.h"

namespace signpost::layout_detail {
namespace {

const std::vector<std::string>& language_order(const LocationConfig& config) {
    static const std::vector<std::string> fallback{"ko", "en"};
    return config.languages.empty() ? fallback : config.languages;
}

}  // namespace

PageContext::PageContext(const LayoutContext& c)
    : ctx(c),
      sizes(compute_sizes(c.width, c.height, c.measurer)),
      ts(c.measurer, sizes.px_per_du),
      theme(resolve_theme(c.config.theme)),
      zone(venue_zone(c.config.timezone, c.schedule)),
      langs(language_order(c.config)) {}

Bilingual PageContext::room_name(const Room& room) const {
    if (!prefixes_ready_) {
        if (ctx.schedule) {
            name_prefixes_ = shared_name_prefixes(*this, ctx.schedule->venue());
        }
        prefixes_ready_ = true;
    }
    const size_t prefix = room.building < name_prefixes_.size() ? name_prefixes_[room.building] : 0;
    return without_prefix(pick(room.name), prefix);
}

Bilingual PageContext::room_name_by_floor(const Room& room) const {
    Bilingual name = room_name(room);
    for (std::string* text : {&name.primary, &name.secondary}) {
        text->erase(0, floor_name_prefix(*text, room.floor));
    }
    return name;
}

void draw_empty_message(Canvas& canvas, Rect area, PageContext& pc, const LocalizedText& text) {
    const Sizes& s = pc.sizes;
    TextBlock msg = bilingual_block(pc.ts, pc.pick(text), {s.scan_bold, s.detail, 2, 1}, area.w,
                                    pc.inline_gap());
    draw_block(canvas, msg, "empty-message", area.x, area.y + area.h / 3, area.w, HAlign::center,
               pc.theme.ink, pc.theme, pc.theme.background);
}

}  // namespace signpost::layout_detail

#include "layout/page_context.h"

namespace signpost::layout_detail {
namespace {

TimeZone venue_zone(const LayoutContext& ctx) {
    if (ctx.config.timezone) {
        if (auto zone = TimeZone::locate(*ctx.config.timezone)) {
            return *zone;
        }
    }
    if (ctx.schedule) {
        return ctx.schedule->zone();
    }
    return TimeZone{};
}

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
      zone(venue_zone(c)),
      langs(language_order(c.config)) {}

}  // namespace signpost::layout_detail

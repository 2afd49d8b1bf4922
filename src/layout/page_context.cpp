#include "layout/page_context.h"

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

}  // namespace signpost::layout_detail

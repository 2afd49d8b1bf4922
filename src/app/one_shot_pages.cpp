#include "app/one_shot_pages.h"

#include "app/app_setup.h"
#include "app/layout_context.h"
#include "render/font_setup.h"
#include "util/log.h"

namespace signpost {

Result<std::unique_ptr<OneShotPages>> prepare_one_shot(const CliOptions& options) {
    auto config = load_config_for(options);
    if (!config) {
        return Error{"config", config.error().to_string()};
    }
    auto out = std::make_unique<OneShotPages>();
    out->config = std::move(*config);
    out->feed = fetch_feed_once(out->config, options.offline);
    if (out->config.live) {
        out->live = fetch_live_once(out->config, options.offline);
    }
    for (const auto& w : out->feed.warnings) {
        log_warning("feed", w.to_string());
    }
    const auto clock = make_clock(out->config, options);
    out->at = clock->now();
    out->clock_untrusted = clock_untrusted(*clock, out->feed.schedule.get(), out->at);
    if (out->clock_untrusted) {
        log_warning("clock", "the system clock says " + format_iso8601(out->at, Seconds{0}) +
                                 ", before this build or far before the feed: "
                                 "showing 'waiting for the clock'");
    }
    std::tie(out->width, out->height) = logical_size(out->config, options);

    auto libs = RenderLibraries::start();
    if (!libs) {
        return Error{"render", libs.error().to_string()};
    }
    out->libraries = std::move(*libs);
    out->fonts = load_font_chain(data_dir() / "fonts" / "manifest.txt", out->config.fonts);
    out->plans = plan_pages(out->context());
    return out;
}

}  // namespace signpost

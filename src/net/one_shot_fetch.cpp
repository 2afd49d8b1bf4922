#include "net/one_shot_fetch.h"

#include <chrono>

#include "net/feed_refresher.h"
#include "net/http_fetcher.h"
#include "net/live_refresher.h"
#include "util/log.h"

namespace signpost {

OneShotFeed fetch_feed_once(const LocationConfig& config, bool offline) {
    HttpFetcher fetcher;  // never interrupted: nobody else holds it
    FeedRefresher refresher(config, fetcher);
    refresher.leave_warnings_to_caller();  // OneShotFeed::warnings: the caller prints each once
    refresher.load_cache();
    OneShotFeed out;
    if (offline && refresher.is_network_source()) {
        log_info("net", "offline: not fetching " + refresher.display_name());
    } else {
        auto now = std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
        RefreshResult result = refresher.refresh(now);
        if (result.outcome == RefreshResult::Outcome::failed) {
            log_warning("net", result.failure_message);
        }
        out.warnings = std::move(result.warnings);
    }
    out.schedule = refresher.schedule();
    out.status = refresher.status();
    return out;
}

}  // namespace signpost

namespace signpost {

OneShotLive fetch_live_once(const LocationConfig& config, bool offline) {
    HttpFetcher fetcher;
    LiveRefresher refresher(config, fetcher);
    refresher.load_cache();
    if (offline && refresher.is_network_source()) {
        log_info("live", "offline: not fetching " + refresher.status().source);
    } else {
        auto now = std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
        RefreshResult result = refresher.refresh(now);
        if (result.outcome == RefreshResult::Outcome::failed) {
            log_warning("live", result.failure_message);
        }
    }
    return {refresher.document(), refresher.status()};
}

}  // namespace signpost

// For `--dump`, `--snapshot` and `--check-config`: the schedule as the kiosk
// would have it right now, without a worker thread. Loads the cache first, then
// makes one attempt bounded by the configured timeouts (no attempt over the
// network when `offline`; a file source is always read), and writes an
// accepted network body to the cache like the worker does.
// Runs entirely on the calling thread; blocks for at most the total timeout.
#pragma once

#include <vector>

#include "config/location_config.h"
#include "net/feed_status.h"
#include "net/live_status.h"
#include "util/result.h"

namespace signpost {

struct OneShotFeed {
    ScheduleSnapshot schedule;    // null when neither cache nor fetch gave one
    FeedStatus status;            // as the footer would show it
    std::vector<Error> warnings;  // the parser's, for the schedule fetched now; not logged:
                                  // the caller reports each once
};

OneShotFeed fetch_feed_once(const LocationConfig& config, bool offline);

}  // namespace signpost

namespace signpost {

struct OneShotLive {
    std::shared_ptr<const LiveDocument> document;  // null when neither cache nor fetch gave one
    LiveStatus status;
};

// The live source as the kiosk would have it now (config.live must be set):
// the cache, then one attempt (none over the network when `offline`).
OneShotLive fetch_live_once(const LocationConfig& config, bool offline);

}  // namespace signpost

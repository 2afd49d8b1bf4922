// What the footer says about the feed: where the shown schedule came from, when
// it was last confirmed, and whether the latest attempt to refresh it failed.
// Plain values: the worker thread builds a FeedStatus and hands a copy to the
// main loop inside a FeedUpdate; nothing here is shared between threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/feed_freshness.h"
#include "model/schedule.h"
#include "util/time.h"

namespace signpost {

// Where the schedule on screen came from.
enum class FeedDataSource {
    none,     // no data yet
    network,  // fetched (200) or confirmed unchanged (304) over http(s)
    cache,    // the copy on disk from an earlier run; not yet confirmed by the network
    file,     // a local feed file
};

std::string_view to_string(FeedDataSource source);

struct FeedStatus {
    FeedDataSource source = FeedDataSource::none;
    // When the shown data was last known current: the last 200 or 304 (network),
    // the fetch time written in the cache (cache), the last good read (file).
    std::optional<Instant> fetched_at;
    // When the last complete attempt ended (success or failure); an attempt cut
    // short by stop() or reload() does not count.
    std::optional<Instant> last_attempt;
    // True when the data on screen is not confirmed by the latest attempt: it came
    // from the cache, or the latest attempt failed and an older copy is kept.
    bool stale = false;
    // The latest failure in one line (status, curl's error, URL without
    // credentials); empty after a successful attempt.
    std::string last_error;

    bool operator==(const FeedStatus&) const = default;
};

// What the footer and the status line say: no data, fresh or stale, and since
// when (fetched_at).
FeedFreshness freshness(const FeedStatus& status);

// How old the shown data is at `now` (for "showing the copy from 09:12, 3 h ago");
// nullopt without data. Never negative (a clock step back gives zero).
std::optional<Seconds> data_age(const FeedStatus& status, Instant now);

// What the worker hands to the main loop. `schedule` is null when only the status
// changed (a 304, a failure): the loop keeps the schedule it has.
struct FeedUpdate {
    ScheduleSnapshot schedule;
    FeedStatus status;
};

}  // namespace signpost

// What the live source last said and how current that is: the worker builds
// a LiveUpdate and hands a copy to the main loop (as FeedUpdate does for the
// schedule). Plain values; nothing here is shared between threads.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "model/live_state.h"
#include "util/time.h"

namespace signpost {

struct LiveStatus {
    std::string source;  // the URL (redacted) or the path
    std::string format;  // as configured, or the detected one once a document was read
    // When the shown document was last known current: the last 200 or 304, the
    // time stored with the cached copy, or a local file's modification time
    // (an untouched file is no fresher for being read again).
    std::optional<Instant> fetched_at;
    // The document is not confirmed by the latest attempt: it came from the
    // cache, or the latest attempt failed and an older copy is kept.
    bool stale = false;
    std::string error;  // the latest failure in one line; empty after a success

    bool operator==(const LiveStatus&) const = default;
};

// `document` is null when it did not change (a 304, the same bytes, a
// failure): the receiver keeps the one it has, dated by status.fetched_at.
struct LiveUpdate {
    std::shared_ptr<const LiveDocument> document;
    LiveStatus status;
};

}  // namespace signpost

// How current the shown schedule is: what the footer says ("updated 11:02",
// "offline — showing the copy saved at …") and what the service status line
// says. The feed client derives it from its status (net/feed_status.h); layout
// reads it. In model/ so that layout does not depend on the network module.
#pragma once

#include <optional>

#include "util/time.h"

namespace signpost {

struct FeedFreshness {
    enum class State {
        fresh,  // the last fetch (or the local file) gave this schedule
        stale,  // the network failed: showing the copy saved in the cache
        none,   // nothing yet
    };
    State state = State::none;
    // fresh: when it was last confirmed; stale: when the shown copy was saved.
    std::optional<Instant> updated_at;

    bool operator==(const FeedFreshness&) const = default;
};

}  // namespace signpost

#include "net/feed_status.h"

namespace signpost {

std::string_view to_string(FeedDataSource source) {
    switch (source) {
        case FeedDataSource::none:
            return "none";
        case FeedDataSource::network:
            return "network";
        case FeedDataSource::cache:
            return "cache";
        case FeedDataSource::file:
            return "file";
    }
    return "none";
}

FeedFreshness freshness(const FeedStatus& status) {
    FeedFreshness f;
    if (status.source != FeedDataSource::none) {
        f.state = status.stale ? FeedFreshness::State::stale : FeedFreshness::State::fresh;
    }
    f.updated_at = status.fetched_at;
    return f;
}

std::optional<Seconds> data_age(const FeedStatus& status, Instant now) {
    if (status.source == FeedDataSource::none || !status.fetched_at) {
        return std::nullopt;
    }
    Seconds age = now - *status.fetched_at;
    return age < Seconds{0} ? Seconds{0} : age;
}

}  // namespace signpost

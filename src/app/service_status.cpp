#include "app/service_status.h"

namespace signpost {

std::string feed_status_text(const FeedStatus& status) {
    std::string s = "feed ";
    switch (freshness(status).state) {
        case FeedFreshness::State::none:
            s += "no data yet";
            break;
        case FeedFreshness::State::fresh:
            s += "fresh";
            break;
        case FeedFreshness::State::stale:
            s += "stale";
            break;
    }
    if (!status.last_error.empty()) {
        s += " (" + status.last_error + ")";
    }
    return s;
}

std::string page_status_line(size_t index, size_t pages, const FeedStatus& feed) {
    return "page " + std::to_string(index + 1) + "/" + std::to_string(pages) + "; " +
           feed_status_text(feed);
}

std::string quiet_status_line(Instant until, const TimeZone& zone, const FeedStatus& feed) {
    return "quiet hours until " + zone.format_hhmm(until) + " (screen off); " +
           feed_status_text(feed);
}

}  // namespace signpost

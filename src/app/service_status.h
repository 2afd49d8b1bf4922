// The one-line state the kiosk reports to systemd (STATUS=, shown by
// `systemctl status`): what is on screen, then how current the feed is.
//   "page 2/5; feed fresh"
//   "quiet hours until 07:00 (screen off); feed stale (HTTP status 503 from ...)"
#pragma once

#include <cstddef>
#include <string>

#include "model/timezone.h"
#include "net/feed_status.h"
#include "util/time.h"

namespace signpost {

// "feed no data yet", "feed fresh", "feed stale", each with " (last error)"
// when the latest attempt failed.
std::string feed_status_text(const FeedStatus& status);

// "page N/M; <feed>", N counted from 1.
std::string page_status_line(size_t index, size_t pages, const FeedStatus& feed);

// "quiet hours until HH:MM (screen off); <feed>", the end in the venue's time.
std::string quiet_status_line(Instant until, const TimeZone& zone, const FeedStatus& feed);

}  // namespace signpost

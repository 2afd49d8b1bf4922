// The live source and the last good copy of it, as FeedRefresher is for the
// schedule and with the same client and transport (net/source_transport.h): conditional GET (ETag,
// Last-Modified), the configured timeouts and CA file, a size cap, and a cache on disk
// (<cache_dir>/live.cache) for http(s) sources. A document is accepted only
// when parse_live_document accepts it; on any failure the previous one stays.
// The feed's header file is not sent: the live source may be another host.
//
// Threading: none of its own; created, used and destroyed by one thread (the
// live worker, or a one-shot command), like FeedRefresher.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/location_config.h"
#include "net/feed_cache.h"
#include "net/feed_location.h"
#include "net/feed_refresher.h"
#include "net/http_fetcher.h"
#include "net/live_status.h"
#include "net/source_transport.h"
#include "util/result.h"

namespace signpost {

// A live document is a few kilobytes; a body over this is refused.
constexpr size_t kLiveMaxBodyBytes = 1u << 20;

class LiveRefresher {
  public:
    // `config.live` must be set.
    LiveRefresher(const LocationConfig& config, HttpFetcher& fetcher);

    // http(s) sources: the cached copy, if any, becomes the document (stale).
    bool load_cache();
    // One attempt; `now` is the wall-clock time of a network confirmation.
    // RefreshResult's outcome and failure fields as for the feed.
    RefreshResult refresh(Instant now);

    const std::shared_ptr<const LiveDocument>& document() const { return document_; }
    const LiveStatus& status() const { return status_; }
    bool is_network_source() const;

  private:
    RefreshResult confirm(Instant fetched_at);
    RefreshResult fail(std::string key, std::string message);

    // Where the source is, the conditional GET, the cache and the file's
    // stamp: the feed refresher's machinery (net/source_transport.h).
    SourceTransport transport_;
    std::string format_;

    std::shared_ptr<const LiveDocument> document_;
    LiveStatus status_;
};

}  // namespace signpost

#include "net/live_refresher.h"

#include <algorithm>
#include <system_error>
#include <utility>

#include "feed/live_parser.h"
#include "util/log.h"

namespace signpost {
LiveRefresher::LiveRefresher(const LocationConfig& config, HttpFetcher& fetcher)
    : transport_(
          [&config] {
              SourceTransport::Settings settings{config.live->source,
                                                 config.base_dir,
                                                 config.fetch,
                                                 config.cache_dir,
                                                 std::string(FeedCache::kLiveFileName),
                                                 "live",
                                                 kLiveMaxBodyBytes};
              // The feed's header file is not sent: the live source may be another host.
              settings.fetch.max_body_bytes = kLiveMaxBodyBytes;
              settings.fetch.header_file.reset();
              return settings;
          }(),
          fetcher),
      format_(config.live->format) {
    status_.source = transport_.display_name();
    status_.format = format_;
}

bool LiveRefresher::is_network_source() const {
    return transport_.is_network_source();
}

bool LiveRefresher::load_cache() {
    auto loaded = transport_.load_cache();
    if (!loaded) {
        status_.error = loaded.error().to_string();
        log_warning("live", status_.error);
        return false;
    }
    if (!loaded->has_value()) {
        return false;
    }
    const CachedFeed& cached = **loaded;
    auto parsed = parse_live_document(cached.body, format_);
    if (!parsed) {
        status_.error = transport_.cache_file().string() +
                        ": cached live document does not parse (" + parsed.error().to_string() +
                        "); " + transport_.move_cache_aside();
        log_warning("live", status_.error);
        return false;
    }
    document_ = std::make_shared<const LiveDocument>(std::move(parsed->document));
    transport_.adopt_cached(cached);
    status_.format = parsed->format;
    status_.fetched_at = cached.fetched_at;
    status_.stale = true;
    return true;
}

RefreshResult LiveRefresher::refresh(Instant now) {
    if (!transport_.location()) {
        return fail("config", transport_.location().error().to_string());
    }
    SourceTransport::Fetched fetched = transport_.fetch(now, document_ != nullptr);
    using Kind = SourceTransport::Fetched::Kind;
    switch (fetched.kind) {
        case Kind::interrupted:
            return {RefreshResult::Outcome::interrupted, "", "", {}};
        case Kind::failed:
            return fail(std::move(fetched.failure_key), std::move(fetched.failure_message));
        case Kind::same:
            // A file is dated by its own time: reading it again confirms nothing.
            return confirm(fetched.dated);
        case Kind::body:
            break;
    }
    auto parsed = parse_live_document(fetched.body, format_);
    if (!parsed) {
        std::string key = "parse:" + parsed.error().to_string();
        std::string message =
            status_.source +
            ": live document rejected, keeping the last good one: " + parsed.error().to_string();
        transport_.refused(key, message);
        return fail(std::move(key), std::move(message));
    }
    for (const Error& warning : parsed->warnings) {
        log_warning("live", status_.source + ": " + warning.to_string());
    }
    document_ = std::make_shared<const LiveDocument>(std::move(parsed->document));
    status_.format = parsed->format;
    status_.fetched_at = fetched.dated;
    status_.stale = false;
    status_.error.clear();
    transport_.accepted(now, std::move(fetched.body));
    return {RefreshResult::Outcome::updated, "", "", std::move(parsed->warnings)};
}

RefreshResult LiveRefresher::confirm(Instant fetched_at) {
    status_.fetched_at = fetched_at;
    status_.stale = false;
    status_.error.clear();
    return {RefreshResult::Outcome::unchanged, "", "", {}};
}

RefreshResult LiveRefresher::fail(std::string key, std::string message) {
    status_.stale = document_ != nullptr;
    status_.error = message;
    return {RefreshResult::Outcome::failed, std::move(key), std::move(message), {}};
}

}  // namespace signpost

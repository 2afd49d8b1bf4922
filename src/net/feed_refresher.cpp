#include "net/feed_refresher.h"

#include <system_error>
#include <utility>

#include "feed/feed_parser.h"
#include "util/log.h"

namespace signpost {
namespace {

constexpr size_t kWarningsLogged = 5;

FeedOptions options_from(const LocationConfig& config) {
    FeedOptions options;
    options.timezone = config.timezone;
    options.format = config.feed_format.empty() ? "auto" : config.feed_format;
    options.venue_map = config.venue_map;
    return options;
}

}  // namespace

FeedRefresher::FeedRefresher(const LocationConfig& config, HttpFetcher& fetcher)
    : transport_({config.feed, config.base_dir, config.fetch, config.cache_dir,
                  std::string(FeedCache::kFileName), "feed", std::nullopt},
                 fetcher),
      options_(options_from(config)) {}

bool FeedRefresher::is_network_source() const {
    return transport_.is_network_source();
}

bool FeedRefresher::load_cache() {
    auto loaded = transport_.load_cache();
    if (!loaded) {
        status_.last_error = loaded.error().to_string();
        log_warning("net", status_.last_error);
        return false;
    }
    if (!loaded->has_value()) {
        return false;
    }
    const CachedFeed& cached = **loaded;
    auto parsed = parse_feed(cached.body, options_);
    if (!parsed) {
        // Written by an older program or with other options: unusable, so it
        // must not shadow the next good fetch either.
        status_.last_error = transport_.cache_file().string() + ": cached feed does not parse (" +
                             parsed.error().to_string() + "); " + transport_.move_cache_aside();
        log_warning("net", status_.last_error);
        return false;
    }
    schedule_ = parsed->schedule;
    transport_.adopt_cached(cached);
    status_ = FeedStatus{FeedDataSource::cache, cached.fetched_at, std::nullopt, true, ""};
    log_info("net", "showing the cached copy of " + display_name() + " fetched at " +
                        format_iso8601_utc(cached.fetched_at));
    return true;
}

RefreshResult FeedRefresher::refresh(Instant now) {
    if (!transport_.location()) {
        status_.last_attempt = now;
        return fail("config", transport_.location().error().to_string());
    }
    std::vector<std::string> headers;
    const auto& header_file = transport_.fetch_config().header_file;  // resolved
    if (header_file && is_network_source()) {
        // Read at every attempt so that a rotated token is used without a restart.
        auto read = read_header_file(*header_file);
        if (!read) {
            status_.last_attempt = now;
            return fail("header-file", read.error().to_string());
        }
        headers = std::move(*read);
    }
    SourceTransport::Fetched fetched =
        transport_.fetch(now, schedule_ != nullptr, std::move(headers));
    using Kind = SourceTransport::Fetched::Kind;
    if (fetched.kind == Kind::interrupted) {
        return {RefreshResult::Outcome::interrupted, "", "", {}};
    }
    status_.last_attempt = now;
    const FeedDataSource source =
        fetched.from_file ? FeedDataSource::file : FeedDataSource::network;
    switch (fetched.kind) {
        case Kind::failed:
            return fail(std::move(fetched.failure_key), std::move(fetched.failure_message));
        case Kind::same:
            return confirm(now, source);
        case Kind::body:
        case Kind::interrupted:
            break;
    }
    auto parsed = parse_feed(fetched.body, options_);
    if (!parsed) {
        std::string key =
            (fetched.from_file ? "file-parse:" : "parse:") + parsed.error().to_string();
        std::string message = display_name() + ": feed rejected, keeping the last good copy: " +
                              parsed.error().to_string();
        transport_.refused(key, message);
        return fail(std::move(key), std::move(message));
    }
    log_accepted(*parsed);
    schedule_ = parsed->schedule;
    status_ = FeedStatus{source, now, now, false, ""};
    transport_.accepted(now, std::move(fetched.body));
    return {RefreshResult::Outcome::updated, "", "", std::move(parsed->warnings)};
}

RefreshResult FeedRefresher::confirm(Instant now, FeedDataSource source) {
    status_.source = source;
    status_.fetched_at = now;
    status_.stale = false;
    status_.last_error.clear();
    return {RefreshResult::Outcome::unchanged, "", "", {}};
}

RefreshResult FeedRefresher::fail(std::string key, std::string message) {
    status_.stale = schedule_ != nullptr;
    status_.last_error = message;
    return {RefreshResult::Outcome::failed, std::move(key), std::move(message), {}};
}

void FeedRefresher::log_accepted(const ParsedFeed& parsed) const {
    log_info("net", "accepted feed " + display_name() + " (format " + parsed.format + ", " +
                        std::to_string(parsed.schedule->sessions().size()) + " sessions, " +
                        std::to_string(parsed.warnings.size()) + " warnings)");
    if (!log_warnings_) {
        return;
    }
    for (size_t i = 0; i < parsed.warnings.size() && i < kWarningsLogged; ++i) {
        log_warning("net", display_name() + ": " + parsed.warnings[i].to_string());
    }
    if (parsed.warnings.size() > kWarningsLogged) {
        log_warning("net", display_name() + ": " +
                               std::to_string(parsed.warnings.size() - kWarningsLogged) +
                               " more warnings not shown");
    }
}

}  // namespace signpost

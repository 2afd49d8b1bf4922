#include "net/feed_refresher.h"

#include <system_error>
#include <utility>

#include "feed/feed_parser.h"
#include "util/log.h"

namespace signpost {
namespace {

constexpr size_t kWarningsLogged = 5;

std::filesystem::path resolve(const std::filesystem::path& path,
                              const std::filesystem::path& base) {
    return path.is_absolute() || base.empty() ? path : base / path;
}

FeedOptions options_from(const LocationConfig& config) {
    FeedOptions options;
    options.timezone = config.timezone;
    options.format = config.feed_format.empty() ? "auto" : config.feed_format;
    options.venue_map = config.venue_map;
    return options;
}

}  // namespace

FeedRefresher::FeedRefresher(const LocationConfig& config, HttpFetcher& fetcher)
    : location_(locate_feed(config.feed, config.base_dir)),
      display_name_(location_ ? location_->display() : redact_url(config.feed)),
      options_(options_from(config)),
      fetch_(config.fetch),
      fetcher_(fetcher) {
    if (fetch_.ca_file) {
        fetch_.ca_file = resolve(*fetch_.ca_file, config.base_dir);
    }
    if (fetch_.header_file) {
        fetch_.header_file = resolve(*fetch_.header_file, config.base_dir);
    }
    // A local file is its own durable copy: only network feeds are cached.
    if (is_network_source() && !config.cache_dir.empty()) {
        cache_.emplace(resolve(config.cache_dir, config.base_dir));
    }
}

bool FeedRefresher::is_network_source() const {
    return location_ && location_->kind == FeedLocation::Kind::http;
}

bool FeedRefresher::load_cache() {
    if (!cache_) {
        return false;
    }
    auto loaded = cache_->load(location_->url);
    if (!loaded) {
        status_.last_error = loaded.error().to_string();
        log_warning("net", status_.last_error);
        return false;
    }
    if (!loaded->has_value()) {
        return false;
    }
    CachedFeed& cached = **loaded;
    auto parsed = parse_feed(cached.body, options_);
    if (!parsed) {
        // Written by an older program or with other options: unusable, so it
        // must not shadow the next good fetch either.
        auto moved = cache_->move_aside();
        status_.last_error = cache_->file().string() + ": cached feed does not parse (" +
                             parsed.error().to_string() + "); " +
                             (moved ? "moved aside to " + moved->string()
                                    : "could not move it aside: " + moved.error().what);
        log_warning("net", status_.last_error);
        return false;
    }
    schedule_ = parsed->schedule;
    etag_ = cached.etag;
    last_modified_ = cached.last_modified;
    body_hash_ = content_hash(cached.body);
    status_ = FeedStatus{FeedDataSource::cache, cached.fetched_at, std::nullopt, true, ""};
    log_info("net", "showing the cached copy of " + display_name_ + " fetched at " +
                        format_iso8601_utc(cached.fetched_at));
    return true;
}

RefreshResult FeedRefresher::refresh(Instant now) {
    if (!location_) {
        status_.last_attempt = now;
        return fail("config", location_.error().to_string());
    }
    RefreshResult result =
        location_->kind == FeedLocation::Kind::http ? refresh_http(now) : refresh_file(now);
    if (result.outcome != RefreshResult::Outcome::interrupted) {
        status_.last_attempt = now;
    }
    return result;
}

RefreshResult FeedRefresher::refresh_http(Instant now) {
    HttpRequest request;
    request.url = location_->url;
    // Validators only when there is a copy to fall back on: a 304 is useless
    // without one.
    if (schedule_) {
        request.if_none_match = etag_;
        request.if_modified_since = last_modified_;
    }
    request.connect_timeout = fetch_.connect_timeout;
    request.total_timeout = fetch_.total_timeout;
    request.max_body_bytes = fetch_.max_body_bytes;
    request.ca_file = fetch_.ca_file;
    if (fetch_.header_file) {
        // Read at every attempt so that a rotated token is used without a restart.
        auto headers = read_header_file(*fetch_.header_file);
        if (!headers) {
            return fail("header-file", headers.error().to_string());
        }
        request.headers = std::move(*headers);
    }

    HttpResponse response = fetcher_.fetch(request);
    using Kind = HttpResponse::Kind;
    switch (response.kind) {
        case Kind::interrupted:
            return {RefreshResult::Outcome::interrupted, "", "", {}};
        case Kind::not_modified:
            if (!schedule_) {
                return fail("http-304", display_name_ + ": HTTP 304 but there is no copy to keep");
            }
            return confirm(now, FeedDataSource::network);
        case Kind::ok:
            return accept_network_body(std::move(response.body), std::move(response.etag),
                                       std::move(response.last_modified), now);
        case Kind::http_error:
        case Kind::transfer_error:
        case Kind::too_large:
            break;
    }
    FailureDescription failure = describe_failure(response, fetch_.max_body_bytes);
    return fail(failure.key, display_name_ + ": " + failure.message);
}

RefreshResult FeedRefresher::accept_network_body(std::string body, std::string etag,
                                                 std::string last_modified, Instant now) {
    const std::uint64_t hash = content_hash(body);
    if (schedule_ && body_hash_ == hash) {
        // The same bytes again (a server without validators): no parsing, no new
        // snapshot. Only new validators are worth a cache write.
        if ((etag != etag_ || last_modified != last_modified_) && cache_) {
            if (auto stored = cache_->store({location_->url, etag, last_modified, now, body});
                !stored) {
                log_warning("net", "cannot write the feed cache: " + stored.error().to_string());
            }
        }
        etag_ = std::move(etag);
        last_modified_ = std::move(last_modified);
        return confirm(now, FeedDataSource::network);
    }
    auto parsed = parse_feed(body, options_);
    if (!parsed) {
        return fail("parse:" + parsed.error().to_string(),
                    display_name_ + ": feed rejected, keeping the last good copy: " +
                        parsed.error().to_string());
    }
    log_accepted(*parsed);
    schedule_ = parsed->schedule;
    etag_ = std::move(etag);
    last_modified_ = std::move(last_modified);
    body_hash_ = hash;
    status_ = FeedStatus{FeedDataSource::network, now, now, false, ""};
    if (cache_) {
        // A cache that cannot be written costs only the next offline start: the
        // feed itself is accepted.
        if (auto stored =
                cache_->store({location_->url, etag_, last_modified_, now, std::move(body)});
            !stored) {
            log_warning("net", "cannot write the feed cache: " + stored.error().to_string());
        }
    }
    return {RefreshResult::Outcome::updated, "", "", std::move(parsed->warnings)};
}

RefreshResult FeedRefresher::refresh_file(Instant now) {
    const std::filesystem::path& path = location_->path;
    std::error_code ec;
    auto mtime = std::filesystem::last_write_time(path, ec);
    std::uintmax_t size = ec ? 0 : std::filesystem::file_size(path, ec);
    if (ec) {
        file_mtime_.reset();
        return fail("file:" + ec.message(),
                    path.string() + ": cannot read the feed file: " + ec.message());
    }
    if (file_mtime_ == mtime && file_size_ == size) {
        if (!file_failure_key_.empty()) {
            // The same broken file as last time: report it again, unparsed.
            return fail(file_failure_key_, file_failure_message_);
        }
        return confirm(now, FeedDataSource::file);
    }
    // The stamp is taken before reading: if a writer changes the file while we
    // read it, its mtime moves on and the next poll reads it again.
    file_mtime_ = mtime;
    file_size_ = size;
    file_failure_key_.clear();
    auto bytes = read_file_bytes(path);
    Result<ParsedFeed> parsed =
        bytes ? parse_feed(*bytes, options_) : Result<ParsedFeed>(bytes.error());
    if (!parsed) {
        file_failure_key_ = "file-parse:" + parsed.error().to_string();
        file_failure_message_ = path.string() + ": feed rejected, keeping the last good copy: " +
                                parsed.error().to_string();
        return fail(file_failure_key_, file_failure_message_);
    }
    log_accepted(*parsed);
    schedule_ = parsed->schedule;
    status_ = FeedStatus{FeedDataSource::file, now, now, false, ""};
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
    log_info("net", "accepted feed " + display_name_ + " (format " + parsed.format + ", " +
                        std::to_string(parsed.schedule->sessions().size()) + " sessions, " +
                        std::to_string(parsed.warnings.size()) + " warnings)");
    if (!log_warnings_) {
        return;
    }
    for (size_t i = 0; i < parsed.warnings.size() && i < kWarningsLogged; ++i) {
        log_warning("net", display_name_ + ": " + parsed.warnings[i].to_string());
    }
    if (parsed.warnings.size() > kWarningsLogged) {
        log_warning("net", display_name_ + ": " +
                               std::to_string(parsed.warnings.size() - kWarningsLogged) +
                               " more warnings not shown");
    }
}

}  // namespace signpost

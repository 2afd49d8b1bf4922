#include "net/live_refresher.h"

#include <algorithm>
#include <system_error>
#include <utility>

#include "feed/feed_parser.h"
#include "feed/live_parser.h"
#include "util/log.h"

namespace signpost {
namespace {

std::filesystem::path resolve(const std::filesystem::path& path,
                              const std::filesystem::path& base) {
    return path.is_absolute() || base.empty() ? path : base / path;
}

Instant to_instant(std::filesystem::file_time_type t) {
    return std::chrono::time_point_cast<Seconds>(std::chrono::file_clock::to_sys(t));
}

}  // namespace

LiveRefresher::LiveRefresher(const LocationConfig& config, HttpFetcher& fetcher)
    : location_(locate_feed(config.live->source, config.base_dir)),
      format_(config.live->format),
      fetch_(config.fetch),
      fetcher_(fetcher) {
    status_.source = location_ ? location_->display() : redact_url(config.live->source);
    status_.format = format_;
    fetch_.max_body_bytes = kLiveMaxBodyBytes;
    fetch_.header_file.reset();
    if (fetch_.ca_file) {
        fetch_.ca_file = resolve(*fetch_.ca_file, config.base_dir);
    }
    if (is_network_source() && !config.cache_dir.empty()) {
        cache_.emplace(resolve(config.cache_dir, config.base_dir),
                       std::string(FeedCache::kLiveFileName));
    }
}

bool LiveRefresher::is_network_source() const {
    return location_ && location_->kind == FeedLocation::Kind::http;
}

bool LiveRefresher::load_cache() {
    if (!cache_) {
        return false;
    }
    auto loaded = cache_->load(location_->url);
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
        (void)cache_->move_aside();
        status_.error = cache_->file().string() + ": cached live document does not parse (" +
                        parsed.error().to_string() + "); moved aside";
        log_warning("live", status_.error);
        return false;
    }
    document_ = std::make_shared<const LiveDocument>(std::move(parsed->document));
    etag_ = cached.etag;
    last_modified_ = cached.last_modified;
    body_hash_ = content_hash(cached.body);
    status_.format = parsed->format;
    status_.fetched_at = cached.fetched_at;
    status_.stale = true;
    return true;
}

RefreshResult LiveRefresher::refresh(Instant now) {
    if (!location_) {
        return fail("config", location_.error().to_string());
    }
    return location_->kind == FeedLocation::Kind::http ? refresh_http(now) : refresh_file(now);
}

RefreshResult LiveRefresher::refresh_http(Instant now) {
    HttpRequest request;
    request.url = location_->url;
    if (document_) {
        request.if_none_match = etag_;
        request.if_modified_since = last_modified_;
    }
    request.connect_timeout = fetch_.connect_timeout;
    request.total_timeout = fetch_.total_timeout;
    request.max_body_bytes = fetch_.max_body_bytes;
    request.ca_file = fetch_.ca_file;
    HttpResponse response = fetcher_.fetch(request);
    using Kind = HttpResponse::Kind;
    switch (response.kind) {
        case Kind::interrupted:
            return {RefreshResult::Outcome::interrupted, "", "", {}};
        case Kind::not_modified:
            if (!document_) {
                return fail("http-304", status_.source + ": HTTP 304 but there is no copy to keep");
            }
            return confirm(now);
        case Kind::ok: {
            const std::uint64_t hash = content_hash(response.body);
            if (document_ && body_hash_ == hash) {
                etag_ = std::move(response.etag);
                last_modified_ = std::move(response.last_modified);
                return confirm(now);
            }
            RefreshResult result = accept(response.body, now);
            if (result.outcome == RefreshResult::Outcome::updated) {
                etag_ = std::move(response.etag);
                last_modified_ = std::move(response.last_modified);
                body_hash_ = hash;
                if (cache_) {
                    if (auto stored = cache_->store(
                            {location_->url, etag_, last_modified_, now, response.body});
                        !stored) {
                        log_warning("live",
                                    "cannot write the live cache: " + stored.error().to_string());
                    }
                }
            }
            return result;
        }
        case Kind::http_error:
        case Kind::transfer_error:
        case Kind::too_large:
            break;
    }
    FailureDescription failure = describe_failure(response, fetch_.max_body_bytes);
    return fail(failure.key, status_.source + ": " + failure.message);
}

RefreshResult LiveRefresher::refresh_file(Instant now) {
    const std::filesystem::path& path = location_->path;
    std::error_code ec;
    auto mtime = std::filesystem::last_write_time(path, ec);
    std::uintmax_t size = ec ? 0 : std::filesystem::file_size(path, ec);
    if (ec) {
        file_mtime_.reset();
        return fail("file:" + ec.message(),
                    path.string() + ": cannot read the live file: " + ec.message());
    }
    // The file's own time dates it: reading an untouched file again confirms nothing.
    const Instant written = std::min(to_instant(mtime), now);
    if (file_mtime_ == mtime && file_size_ == size) {
        if (!file_failure_key_.empty()) {
            return fail(file_failure_key_, file_failure_message_);
        }
        return confirm(written);
    }
    file_mtime_ = mtime;
    file_size_ = size;
    file_failure_key_.clear();
    if (size > kLiveMaxBodyBytes) {
        file_failure_key_ = "file-size";
        file_failure_message_ = path.string() + ": live file rejected: larger than " +
                                std::to_string(kLiveMaxBodyBytes) + " bytes";
        return fail(file_failure_key_, file_failure_message_);
    }
    auto bytes = read_file_bytes(path);
    if (!bytes) {
        file_failure_key_ = "file-read";
        file_failure_message_ = bytes.error().to_string();
        return fail(file_failure_key_, file_failure_message_);
    }
    RefreshResult result = accept(*bytes, written);
    if (result.outcome == RefreshResult::Outcome::failed) {
        file_failure_key_ = result.failure_key;
        file_failure_message_ = result.failure_message;
    }
    return result;
}

RefreshResult LiveRefresher::accept(std::string_view body, Instant fetched_at) {
    auto parsed = parse_live_document(body, format_);
    if (!parsed) {
        return fail("parse:" + parsed.error().to_string(),
                    status_.source + ": live document rejected, keeping the last good one: " +
                        parsed.error().to_string());
    }
    for (const Error& warning : parsed->warnings) {
        log_warning("live", status_.source + ": " + warning.to_string());
    }
    document_ = std::make_shared<const LiveDocument>(std::move(parsed->document));
    status_.format = parsed->format;
    status_.fetched_at = fetched_at;
    status_.stale = false;
    status_.error.clear();
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

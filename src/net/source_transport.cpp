#include "net/source_transport.h"

#include <algorithm>
#include <system_error>
#include <utility>

#include "util/file_read.h"
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

SourceTransport::Fetched failed(std::string key, std::string message) {
    SourceTransport::Fetched f;
    f.kind = SourceTransport::Fetched::Kind::failed;
    f.failure_key = std::move(key);
    f.failure_message = std::move(message);
    return f;
}

SourceTransport::Fetched same(Instant dated, bool from_file) {
    SourceTransport::Fetched f;
    f.kind = SourceTransport::Fetched::Kind::same;
    f.dated = dated;
    f.from_file = from_file;
    return f;
}

}  // namespace

SourceTransport::SourceTransport(Settings settings, HttpFetcher& fetcher)
    : location_(locate_feed(settings.source, settings.base_dir)),
      display_name_(location_ ? location_->display() : redact_url(settings.source)),
      noun_(std::move(settings.noun)),
      file_cap_(settings.file_cap),
      fetch_(std::move(settings.fetch)),
      fetcher_(fetcher) {
    for (auto* path : {&fetch_.ca_file, &fetch_.header_file}) {
        if (*path) {
            *path = resolve(**path, settings.base_dir);
        }
    }
    // A local file is its own durable copy: only network sources are cached.
    if (is_network_source() && !settings.cache_dir.empty()) {
        cache_.emplace(resolve(settings.cache_dir, settings.base_dir),
                       std::move(settings.cache_file));
    }
}

bool SourceTransport::is_network_source() const {
    return location_ && location_->kind == FeedLocation::Kind::http;
}

Result<std::optional<CachedFeed>> SourceTransport::load_cache() {
    if (!cache_) {
        return std::optional<CachedFeed>();
    }
    return cache_->load(location_->url);
}

void SourceTransport::adopt_cached(const CachedFeed& cached) {
    etag_ = cached.etag;
    last_modified_ = cached.last_modified;
    body_hash_ = content_hash(cached.body);
}

std::string SourceTransport::move_cache_aside() {
    if (!cache_) {
        return {};
    }
    auto moved = cache_->move_aside();
    return moved ? "moved aside to " + moved->string()
                 : "could not move it aside: " + moved.error().what;
}

std::filesystem::path SourceTransport::cache_file() const {
    return cache_ ? cache_->file() : std::filesystem::path();
}

SourceTransport::Fetched SourceTransport::fetch(Instant now, bool have_copy,
                                                std::vector<std::string> headers) {
    return is_network_source() ? fetch_http(now, have_copy, std::move(headers)) : fetch_file(now);
}

SourceTransport::Fetched SourceTransport::fetch_http(Instant now, bool have_copy,
                                                     std::vector<std::string> headers) {
    HttpRequest request;
    request.url = location_->url;
    // Validators only when there is a copy to fall back on: a 304 is useless
    // without one.
    if (have_copy) {
        request.if_none_match = etag_;
        request.if_modified_since = last_modified_;
    }
    request.connect_timeout = fetch_.connect_timeout;
    request.total_timeout = fetch_.total_timeout;
    request.max_body_bytes = fetch_.max_body_bytes;
    request.ca_file = fetch_.ca_file;
    request.headers = std::move(headers);

    HttpResponse response = fetcher_.fetch(request);
    using Kind = HttpResponse::Kind;
    switch (response.kind) {
        case Kind::interrupted:
            return Fetched{Fetched::Kind::interrupted, {}, false, {}, {}, {}};
        case Kind::not_modified:
            if (!have_copy) {
                return failed("http-304",
                              display_name_ + ": HTTP 304 but there is no copy to keep");
            }
            return same(now, false);
        case Kind::ok: {
            const std::uint64_t hash = content_hash(response.body);
            if (have_copy && body_hash_ == hash) {
                // The same bytes again (a server without validators): nothing to
                // parse. Only new validators are worth a cache write.
                if (response.etag != etag_ || response.last_modified != last_modified_) {
                    etag_ = std::move(response.etag);
                    last_modified_ = std::move(response.last_modified);
                    store(now, std::move(response.body));
                }
                return same(now, false);
            }
            pending_etag_ = std::move(response.etag);
            pending_last_modified_ = std::move(response.last_modified);
            pending_hash_ = hash;
            pending_from_file_ = false;
            Fetched f;
            f.kind = Fetched::Kind::body;
            f.body = std::move(response.body);
            f.dated = now;
            return f;
        }
        case Kind::http_error:
        case Kind::transfer_error:
        case Kind::too_large:
            break;
    }
    FailureDescription failure = describe_failure(response, fetch_.max_body_bytes);
    return failed(failure.key, display_name_ + ": " + failure.message);
}

SourceTransport::Fetched SourceTransport::fetch_file(Instant now) {
    if (!location_) {
        return failed("config", location_.error().to_string());
    }
    const std::filesystem::path& path = location_->path;
    std::error_code ec;
    auto mtime = std::filesystem::last_write_time(path, ec);
    std::uintmax_t size = ec ? 0 : std::filesystem::file_size(path, ec);
    if (ec) {
        file_mtime_.reset();
        return failed("file:" + ec.message(),
                      path.string() + ": cannot read the " + noun_ + " file: " + ec.message());
    }
    // The file's own time dates it: reading an untouched file again confirms nothing.
    const Instant written = std::min(to_instant(mtime), now);
    if (file_mtime_ == mtime && file_size_ == size) {
        if (!file_failure_key_.empty()) {
            // The same broken file as last time: reported again, unread.
            return failed(file_failure_key_, file_failure_message_);
        }
        return same(written, true);
    }
    // The stamp is taken before reading: if a writer changes the file while we
    // read it, its mtime moves on and the next poll reads it again.
    file_mtime_ = mtime;
    file_size_ = size;
    file_failure_key_.clear();
    if (file_cap_ && size > *file_cap_) {
        refused("file-size", path.string() + ": " + noun_ + " file rejected: larger than " +
                                 std::to_string(*file_cap_) + " bytes");
        return failed(file_failure_key_, file_failure_message_);
    }
    auto bytes = read_file_bytes(path);
    if (!bytes) {
        refused("file-read", bytes.error().to_string());
        return failed(file_failure_key_, file_failure_message_);
    }
    pending_from_file_ = true;
    Fetched f;
    f.kind = Fetched::Kind::body;
    f.body = std::move(*bytes);
    f.from_file = true;
    f.dated = written;
    return f;
}

void SourceTransport::accepted(Instant now, std::string body) {
    if (pending_from_file_) {
        return;
    }
    etag_ = std::move(pending_etag_);
    last_modified_ = std::move(pending_last_modified_);
    body_hash_ = pending_hash_;
    store(now, std::move(body));
}

void SourceTransport::refused(std::string key, std::string message) {
    if (is_network_source()) {
        return;
    }
    file_failure_key_ = std::move(key);
    file_failure_message_ = std::move(message);
}

void SourceTransport::store(Instant now, std::string body) {
    if (!cache_) {
        return;
    }
    // A cache that cannot be written costs only the next offline start: the
    // body itself is accepted.
    if (auto stored = cache_->store({location_->url, etag_, last_modified_, now, std::move(body)});
        !stored) {
        log_warning(noun_ == "live" ? "live" : "net",
                    "cannot write the " + noun_ + " cache: " + stored.error().to_string());
    }
}

}  // namespace signpost

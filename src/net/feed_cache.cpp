#include "net/feed_cache.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <map>
#include <system_error>

#include "util/atomic_file.h"
#include "util/file_read.h"
#include "util/log.h"

namespace signpost {
namespace {

constexpr std::string_view kMagic = "signpost-feed-cache 1";

std::string errno_text(int err) {
    return std::strerror(err);
}

std::string clean_value(const std::string& value) {
    return value.find_first_of("\r\n") == std::string::npos ? value : std::string();
}

std::string hex64(std::uint64_t value) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(value));
    return buf;
}

template <typename Int>
bool parse_number(std::string_view text, Int& out, int base = 10) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out, base);
    return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

std::string utc_stamp(Instant t) {
    std::string iso = format_iso8601_utc(t);  // 2024-05-01T09:00:00Z
    std::string out;
    for (char c : iso) {
        if (c != '-' && c != ':') {
            out += c;
        }
    }
    return out;
}

}  // namespace

std::uint64_t content_hash(std::string_view bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    return hash;
}

std::string encode_cache_file(const CachedFeed& feed) {
    std::string out;
    out.reserve(feed.body.size() + 512);
    out += kMagic;
    out += "\nsource: " + clean_value(feed.source);
    out += "\netag: " + clean_value(feed.etag);
    out += "\nlast-modified: " + clean_value(feed.last_modified);
    out += "\nfetched-at: " + format_iso8601_utc(feed.fetched_at);
    out += "\nbody-length: " + std::to_string(feed.body.size());
    out += "\nbody-fnv1a64: " + hex64(content_hash(feed.body));
    out += "\n\n";
    out += feed.body;
    return out;
}

Result<CachedFeed> decode_cache_file(std::string_view bytes) {
    auto header_end = bytes.find("\n\n");
    if (header_end == std::string_view::npos) {
        return Error{"", "no end of header (truncated or not a cache file)"};
    }
    std::string_view header = bytes.substr(0, header_end + 1);
    std::string_view body = bytes.substr(header_end + 2);

    auto first_nl = header.find('\n');
    if (header.substr(0, first_nl) != kMagic) {
        return Error{"", "not a signpost feed cache of version 1"};
    }
    std::map<std::string, std::string, std::less<>> fields;
    for (size_t pos = first_nl + 1; pos < header.size();) {
        size_t nl = header.find('\n', pos);
        std::string_view line = header.substr(pos, nl - pos);
        pos = nl + 1;
        auto colon = line.find(": ");
        if (colon == std::string_view::npos) {
            return Error{"", "malformed header line"};
        }
        fields.emplace(std::string(line.substr(0, colon)), std::string(line.substr(colon + 2)));
    }
    for (const char* key :
         {"source", "etag", "last-modified", "fetched-at", "body-length", "body-fnv1a64"}) {
        if (!fields.contains(key)) {
            return Error{"", std::string("header has no '") + key + "'"};
        }
    }
    size_t length = 0;
    if (!parse_number(fields["body-length"], length)) {
        return Error{"", "bad body-length"};
    }
    if (body.size() != length) {
        return Error{"", "body is " + std::to_string(body.size()) + " bytes, header says " +
                             std::to_string(length)};
    }
    std::uint64_t hash = 0;
    if (!parse_number(fields["body-fnv1a64"], hash, 16)) {
        return Error{"", "bad body-fnv1a64"};
    }
    if (hash != content_hash(body)) {
        return Error{"", "body does not match its hash"};
    }
    auto fetched_at = parse_iso8601(fields["fetched-at"]);
    if (!fetched_at) {
        return Error{"", "bad fetched-at"};
    }
    CachedFeed feed;
    feed.source = fields["source"];
    feed.etag = fields["etag"];
    feed.last_modified = fields["last-modified"];
    feed.fetched_at = *fetched_at;
    feed.body = std::string(body);
    return feed;
}

FeedCache::FeedCache(std::filesystem::path dir, std::string file_name)
    : dir_(std::move(dir)), file_name_(std::move(file_name)) {}

Result<std::optional<CachedFeed>> FeedCache::load(std::string_view source) {
    remove_orphaned_temp_files();
    std::error_code ec;
    const auto path = file();
    if (!std::filesystem::exists(path, ec)) {
        if (ec) {
            return Error{path.string(), "cannot look for the cache: " + ec.message()};
        }
        return std::optional<CachedFeed>();
    }
    std::string problem;
    if (auto bytes = read_file_bytes(path); !bytes) {
        problem = "unreadable: " + bytes.error().what;
    } else if (auto feed = decode_cache_file(*bytes); !feed) {
        problem = "corrupt: " + feed.error().what;
    } else if (feed->source != source) {
        log_info("net", "cache " + path.string() + " holds another feed (" + feed->source +
                            "); ignoring it");
        return std::optional<CachedFeed>();
    } else {
        return std::optional<CachedFeed>(std::move(*feed));
    }
    auto moved = move_aside();
    std::string where = moved ? "moved aside to " + moved->string()
                              : "could not move it aside: " + moved.error().what;
    return Error{path.string(), "cache " + problem + "; " + where};
}

Result<void> FeedCache::store(const CachedFeed& feed) {
    std::error_code ec;
    std::filesystem::create_directories(dir_, ec);
    if (ec) {
        return Error{dir_.string(), "cannot create the cache folder: " + ec.message()};
    }
    // Synced: the cache must come back whole after a power cut.
    return write_file_atomically(file(), encode_cache_file(feed),
                                 {.sync = true, .mode = std::nullopt});
}

Result<std::filesystem::path> FeedCache::move_aside() {
    const auto now = std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
    const std::string base = file_name_ + ".corrupt-" + utc_stamp(now);
    std::filesystem::path target = dir_ / base;
    std::error_code ec;
    for (int n = 1; std::filesystem::exists(target, ec) && n < 1000; ++n) {
        target = dir_ / (base + "-" + std::to_string(n));
    }
    if (::rename(file().c_str(), target.c_str()) != 0) {
        return Error{file().string(), "cannot move aside: " + errno_text(errno)};
    }
    return target;
}

void FeedCache::remove_orphaned_temp_files() {
    // A writer killed between creating its temp file and the rename leaves the
    // temp behind. It is an orphan once its process is gone; a live writer's
    // (another process, or this one) is left alone.
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir_, ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const std::string prefix = temp_prefix();
        if (!name.starts_with(prefix)) {
            continue;
        }
        std::string_view rest = std::string_view(name).substr(prefix.size());
        pid_t pid = 0;
        if (!parse_number(rest.substr(0, rest.find('-')), pid) || pid <= 0) {
            continue;
        }
        if (::kill(pid, 0) != 0 && errno == ESRCH) {
            std::error_code remove_ec;
            std::filesystem::remove(it->path(), remove_ec);
        }
    }
}

}  // namespace signpost

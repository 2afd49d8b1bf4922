// What the two refreshers — the schedule's (net/feed_refresher.h) and the live
// source's (net/live_refresher.h) — do with a source around the parsing, which
// is theirs alone: where the source is (an http(s) URL or a file), the
// conditional GET with the validators of the copy they keep, the same bytes
// again counted as a confirmation, the cache of the last good body (network
// sources), and the stamp of a local file as last read, so that an untouched
// file is neither read again nor reported as new. A refresher fetches, parses
// the body it gets, and says whether it accepted it.
//
// Threading: none of its own; owned and used by one refresher's thread. It
// borrows that thread's HttpFetcher, whose interrupt() is the only call from
// elsewhere (fetch() then returns `interrupted` with nothing changed).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "config/location_config.h"
#include "net/feed_cache.h"
#include "net/feed_location.h"
#include "net/http_fetcher.h"
#include "util/result.h"

namespace signpost {

class SourceTransport {
  public:
    struct Settings {
        std::string source;               // as the config writes it
        std::filesystem::path base_dir;   // relative paths resolve from here
        FetchConfig fetch;                // timeouts, body cap, CA and header files
        std::filesystem::path cache_dir;  // empty: no cache
        std::string cache_file;           // its name in cache_dir
        std::string noun;                 // "feed", "live": in messages
        std::optional<size_t> file_cap;   // a local file larger than this is refused
    };
    SourceTransport(Settings settings, HttpFetcher& fetcher);

    const Result<FeedLocation>& location() const { return location_; }
    bool is_network_source() const;
    // The URL (redacted) or the path; the config's text when it is no source.
    const std::string& display_name() const { return display_name_; }
    // Its CA and header files resolved against base_dir.
    const FetchConfig& fetch_config() const { return fetch_; }

    // Network sources: the cached copy for this URL; nullopt when there is
    // none or no cache; an Error to report when the cache cannot be read.
    Result<std::optional<CachedFeed>> load_cache();
    // The cached copy parsed: its validators and hash become the copy's.
    void adopt_cached(const CachedFeed& cached);
    // The cached copy does not parse: moved aside. Says where to, or why not.
    std::string move_cache_aside();
    // The cache file (for messages); empty without a cache.
    std::filesystem::path cache_file() const;

    struct Fetched {
        enum class Kind {
            body,         // new bytes to parse, then accepted() or refused()
            same,         // 304, the same bytes again, or an untouched file
            failed,       // see failure_*; nothing changed
            interrupted,  // cut short; nothing changed
        };
        Kind kind = Kind::failed;
        std::string body;
        bool from_file = false;
        // body and same: when the bytes were current — `now` for the
        // network, a file's modification time (never after `now`).
        Instant dated{};
        std::string failure_key;      // equal for repeats of the same failure
        std::string failure_message;  // the whole log line
    };
    // One attempt. `have_copy`: the refresher keeps a good copy (validators
    // are sent only then; a 304 without one is a failure). `headers`: extra
    // request headers (the feed's header file).
    Fetched fetch(Instant now, bool have_copy, std::vector<std::string> headers = {});
    // The last body fetched was accepted: a network body's validators and
    // hash become the copy's, and the body goes to the cache.
    void accepted(Instant now, std::string body);
    // The last body fetched was refused: a file keeps the failure, so the
    // same file is reported again, unread, until it changes.
    void refused(std::string key, std::string message);

  private:
    Fetched fetch_http(Instant now, bool have_copy, std::vector<std::string> headers);
    Fetched fetch_file(Instant now);
    void store(Instant now, std::string body);

    Result<FeedLocation> location_;
    std::string display_name_;
    std::string noun_;
    std::optional<size_t> file_cap_;
    FetchConfig fetch_;
    std::optional<FeedCache> cache_;
    HttpFetcher& fetcher_;

    // The kept copy's validators and the hash of its bytes (network, cache).
    std::string etag_;
    std::string last_modified_;
    std::optional<std::uint64_t> body_hash_;
    // The last body handed out, until accepted(): its validators and hash.
    std::string pending_etag_;
    std::string pending_last_modified_;
    std::uint64_t pending_hash_ = 0;
    bool pending_from_file_ = false;
    // Files: the stamp as last read (taken before reading: a writer changing
    // the file meanwhile moves its mtime on, and the next poll reads it
    // again), and the failure it gave.
    std::optional<std::filesystem::file_time_type> file_mtime_;
    std::uintmax_t file_size_ = 0;
    std::string file_failure_key_;
    std::string file_failure_message_;
};

}  // namespace signpost

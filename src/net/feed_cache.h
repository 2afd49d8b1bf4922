// The last accepted feed on disk, so that a kiosk that boots without network
// still shows the schedule. One file, `<cache_dir>/feed.cache`, holds both the
// metadata and the body: a small text header (format version, source URL, ETag,
// Last-Modified, fetched-at, body length and FNV-1a hash) and then the body
// bytes. Because it is one file replaced by rename(2), body and metadata can
// never disagree, and a reader sees either the old or the new file, whole.
//
// Ownership: a FeedCache is used by one thread at a time (the feed worker, or
// the one-shot fetch). Two processes may share a cache folder (a running kiosk
// and `--dump`): each writes its own temp file and the last rename wins.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "util/atomic_file.h"
#include "util/result.h"
#include "util/time.h"

namespace signpost {

struct CachedFeed {
    std::string source;         // the configured feed URL it was fetched from
    std::string etag;           // empty: the server sent none
    std::string last_modified;  // empty: the server sent none
    Instant fetched_at{};
    std::string body;

    bool operator==(const CachedFeed&) const = default;
};

// FNV-1a, 64 bit: detects a damaged or hand-edited body; not a security check.
std::uint64_t content_hash(std::string_view bytes);

// The file format (pure, for tests). Metadata values must not contain CR or LF;
// encode drops a value that does (a header value never has them legitimately).
std::string encode_cache_file(const CachedFeed& feed);
// Error.what says what is wrong; Error.where is empty (the caller knows the file).
Result<CachedFeed> decode_cache_file(std::string_view bytes);

class FeedCache {
  public:
    // `file_name`: the schedule's cache is feed.cache; the live source keeps
    // its own copy beside it (kLiveFileName), with the same rules.
    explicit FeedCache(std::filesystem::path dir, std::string file_name = std::string(kFileName));

    const std::filesystem::path& dir() const { return dir_; }
    std::filesystem::path file() const { return dir_ / file_name_; }

    // The cached feed for `source`. nullopt when there is no cache file or when
    // it was written for another source (that file is left alone: a later store
    // replaces it). An Error when the file is unreadable or corrupt: it has then
    // been moved aside already, and the Error says where to.
    // Also removes temp files left behind by writers that were killed.
    Result<std::optional<CachedFeed>> load(std::string_view source);

    // Writes atomically: temp file in the same folder, fsync, rename over
    // feed.cache, fsync of the folder. Creates the folder when missing.
    Result<void> store(const CachedFeed& feed);

    // Renames feed.cache to feed.cache.corrupt-<UTC time>[-n]; returns the new path.
    // For a cache whose body no longer parses.
    Result<std::filesystem::path> move_aside();

    static constexpr std::string_view kFileName = "feed.cache";
    static constexpr std::string_view kTempPrefix = "feed.cache.tmp-";
    static constexpr std::string_view kLiveFileName = "live.cache";

  private:
    void remove_orphaned_temp_files();

    // "<file_name>.tmp-<pid>-<n>": kTempPrefix for the schedule's cache.
    std::string temp_prefix() const { return atomic_temp_prefix(file_name_); }

    std::filesystem::path dir_;
    std::string file_name_;
};

}  // namespace signpost

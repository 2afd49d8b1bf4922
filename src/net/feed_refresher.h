// One feed source and the last good copy of it: loads the cache, makes one
// refresh attempt at a time (http(s) or file), accepts a body only when it
// parses, keeps the previous schedule on any failure, writes each accepted
// body to the cache, and keeps the FeedStatus up to date. The fetching, the
// validators, the cache and a file's stamp are a SourceTransport's, shared
// with the live source's refresher; the parsing and the status are its own.
//
// Threading: none of its own. A FeedRefresher is created, used and destroyed by
// one thread (the feed worker, or the one-shot fetch). It borrows an HttpFetcher
// owned by that same code; only the fetcher's interrupt() is called from
// elsewhere, and refresh() then returns `interrupted` with the state unchanged.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "config/location_config.h"
#include "feed/parsed_feed.h"
#include "net/feed_cache.h"
#include "net/feed_location.h"
#include "net/feed_status.h"
#include "net/http_fetcher.h"
#include "net/source_transport.h"
#include "util/result.h"

namespace signpost {

struct RefreshResult {
    enum class Outcome {
        updated,      // a new schedule was accepted
        unchanged,    // 304, the same bytes again, or a file with the same mtime
        failed,       // the previous schedule (if any) is kept; see failure_*
        interrupted,  // cut short by HttpFetcher::interrupt(); nothing changed
    };
    Outcome outcome = Outcome::failed;
    std::string failure_key;      // equal for repeats of the same failure
    std::string failure_message;  // the full log line (names the URL or file)
    std::vector<Error> warnings;  // the parser's, when updated
};

class FeedRefresher {
  public:
    // Takes what it needs from `config` (feed, format, time zone, cache folder,
    // fetch settings; relative paths resolve against config.base_dir).
    FeedRefresher(const LocationConfig& config, HttpFetcher& fetcher);

    // http(s) sources only: the cached copy for this URL, if any, becomes the
    // current schedule (source cache, stale). A corrupt cache, or one whose body
    // no longer parses, is moved aside and reported in the log and last_error.
    // Returns true when a schedule was loaded.
    bool load_cache();

    // One attempt. `now` is the wall-clock time stamped into the status and cache.
    RefreshResult refresh(Instant now);

    const ScheduleSnapshot& schedule() const { return schedule_; }
    const FeedStatus& status() const { return status_; }
    // The URL (redacted) or path, for log lines; the raw config text if it is invalid.
    const std::string& display_name() const { return transport_.display_name(); }
    bool is_network_source() const;

    // The parser's warnings for each accepted feed go to the log (the first
    // few), once per feed version, unless the caller reports them itself
    // (the one-shot commands print every one): then only the count is logged.
    void leave_warnings_to_caller() { log_warnings_ = false; }

  private:
    RefreshResult confirm(Instant now, FeedDataSource source);
    RefreshResult fail(std::string key, std::string message);
    void log_accepted(const ParsedFeed& parsed) const;

    // Where the feed is, the conditional GET, the cache and the file's stamp.
    SourceTransport transport_;
    FeedOptions options_;

    // The last good copy.
    ScheduleSnapshot schedule_;
    FeedStatus status_;
    bool log_warnings_ = true;
};

}  // namespace signpost

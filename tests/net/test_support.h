// Helpers for the feed client tests, on top of tests/support (temp folders,
// child processes, log capture): ports on 127.0.0.1, configs, the updates a
// worker sends. Everything is bounded in time.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "config/location_config.h"
#include "net/feed_status.h"
#include "support/child_process.h"
#include "support/log_capture.h"
#include "support/temp_dir.h"
#include "util/clock.h"

namespace signpost::test {

std::filesystem::path net_data(const std::string& name);  // tests/data/net/NAME

// Now on the system clock, as the kiosk reads it.
inline Instant wall_now() {
    return SystemClock().now();
}

// A port that was free a moment ago on 127.0.0.1 (for servers that cannot be
// told to pick one; callers retry if it was taken in between).
int free_port();
// True once a TCP connect to 127.0.0.1:port succeeds, false after `timeout`.
bool wait_for_port(int port, std::chrono::milliseconds timeout);

// One blocking GET through the fetcher with default settings; returns the body
// ("" on failure). For talking to the test servers' control paths.
std::string http_get(const std::string& url);

// A config for `feed` with the cache in `cache_dir` and short timeouts.
LocationConfig make_config(const std::string& feed, const std::filesystem::path& cache_dir);

// The session ids of a schedule, sorted, joined by ','; "" for null.
std::string session_ids(const ScheduleSnapshot& schedule);

// FeedUpdates collected from a worker's callback (any thread).
class UpdateLog {
  public:
    void add(FeedUpdate update);
    // Waits until `pred` holds for some update received so far; returns it.
    std::optional<FeedUpdate> wait_for(const std::function<bool(const FeedUpdate&)>& pred,
                                       std::chrono::milliseconds timeout);
    std::vector<FeedUpdate> all() const;

  private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<FeedUpdate> updates_;
};

}  // namespace signpost::test

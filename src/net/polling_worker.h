// The thread behind FeedWorker and LiveWorker: one source polled by one
// thread, the same for both (net/feed_worker.h, net/live_worker.h).
//
//   start:  set the source up (it may publish a cached copy), then attempt at once
//   loop:   attempt; sleep the source's interval ±10% after a success, or
//           first_retry, twice that, ... up to the interval (±10%) after
//           failures; the source may stretch the delay (quiet hours) and
//           decides what it publishes
//   reload: cuts a transfer short, sets the source up again from the new config
//   stop:   cuts a transfer short and joins
//
// What differs between the two is a PollSource, made by a SourceFactory on the
// worker thread from each config it takes.
//
// Threading and ownership:
//   - The worker thread owns the PollSource (its refresher, its last good
//     copy), the backoff and the failure log; no other thread touches them.
//   - The PollingWorker owns the HttpFetcher, created in start() on the
//     caller's thread (so libcurl's global init never races the worker) and
//     freed after the join. Other threads reach it only through
//     HttpFetcher::interrupt().
//   - The Clock is shared with the caller; clocks are immutable and safe from
//     any thread. The worker copies the pointer under mutex_ with the config.
//   - start/stop are for the owning thread; reload and poll_now may be called
//     from any thread, the callback included. They hand requests over through
//     mutex_ + wake_ and never wait for the worker (stop joins).
//   - A PollSource publishes ON THE WORKER THREAD, never with a lock held, by
//     calling its owner's callback; the callback must be quick and must not
//     call stop() (publish_safely logs a throwing one).
#pragma once

#include <condition_variable>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "config/location_config.h"
#include "net/backoff.h"
#include "net/feed_refresher.h"
#include "net/http_fetcher.h"
#include "util/clock.h"
#include "util/log.h"

namespace signpost {

// One source as a worker polls it: set up from one config, used by the worker
// thread alone until the next reload.
class PollSource {
  public:
    virtual ~PollSource() = default;
    // For log lines: the URL (redacted) or the path.
    virtual std::string name() const = 0;
    // The delay between attempts after a success (before jitter), and the
    // first retry after a failure; failures double it up to the interval.
    virtual Millis interval() const = 0;
    virtual Millis first_retry() const = 0;
    // One attempt; `now` is the wall-clock time of a confirmation.
    virtual RefreshResult refresh(Instant now) = 0;
    // After an attempt that was not interrupted: publishes what changed and
    // returns the delay before the next one, given `delay` (the interval or
    // the backoff's, jittered). `unit` is a fresh random unit for any jitter
    // of its own.
    virtual Millis after_attempt(const RefreshResult& result, Millis delay, double unit) = 0;
};

// Runs `callback(update)`; an exception is logged under `tag`, never let out
// (it would end the worker thread with std::terminate).
template <typename Callback, typename Update>
void publish_safely(const char* tag, Callback& callback, Update update) {
    try {
        callback(std::move(update));
    } catch (const std::exception& e) {
        log_error(tag, std::string("update callback threw: ") + e.what());
    } catch (...) {
        log_error(tag, "update callback threw");
    }
}

class PollingWorker {
  public:
    // Makes the source for a config on the worker thread, borrowing the
    // worker's fetcher; nullptr: nothing to poll until the next reload.
    using SourceFactory = std::function<std::unique_ptr<PollSource>(
        const LocationConfig&, std::shared_ptr<const Clock>, HttpFetcher&)>;

    // `tag` names the worker in log lines ("net", "live"). `random_unit`: the
    // jitter source (tests pass a fixed one); empty: a seeded mt19937_64.
    // `clock`: empty gives the system clock.
    PollingWorker(const char* tag, LocationConfig config, SourceFactory make_source,
                  RandomUnit random_unit = {}, std::shared_ptr<const Clock> clock = {});
    ~PollingWorker();  // stop()
    PollingWorker(const PollingWorker&) = delete;
    PollingWorker& operator=(const PollingWorker&) = delete;

    void start();  // a second call does nothing
    void stop();   // idempotent
    // A non-empty `clock` replaces the one the source is given.
    void reload(LocationConfig config, std::shared_ptr<const Clock> clock = {});
    // An attempt as soon as the current one (if any) ends.
    void poll_now();

  private:
    void run();
    // Sleeps until `deadline` or until stop, reload or poll_now is asked.
    void wait_for_next_attempt(std::chrono::steady_clock::time_point deadline);

    const char* tag_;
    SourceFactory make_source_;
    RandomUnit random_unit_;
    std::unique_ptr<HttpFetcher> fetcher_;  // created in start(), freed after join
    std::thread thread_;

    // Shared between the caller threads and the worker; guarded by mutex_.
    std::mutex mutex_;
    std::condition_variable wake_;
    LocationConfig config_;               // the latest; the thread copies it when it sets up
    std::shared_ptr<const Clock> clock_;  // never null; copied with config_
    bool reload_requested_ = false;
    bool stop_requested_ = false;
    bool poll_requested_ = false;
};

}  // namespace signpost

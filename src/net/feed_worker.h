// The feed worker: one thread that keeps the schedule current.
//
//   start:  load the cache (network feeds), publish it, then fetch at once
//   loop:   fetch / re-read; publish; sleep poll_interval ±10% after a success
//           or 5 s, 10 s, 20 s ... up to poll_interval (±10%) after failures;
//           during quiet hours (by the clock given) at the slower quiet rate,
//           waking at their end (net/quiet_polling.h)
//   reload: cuts a transfer short, starts over with the new config
//   stop:   cuts a transfer short and joins; returns within ~100 ms
//
// The thread, the backoff and the hand-over are net/polling_worker.h's; this
// file says what is polled (a FeedRefresher) and what is published.
//
// Threading and ownership (see polling_worker.h for the whole):
//   - The worker thread owns the FeedRefresher (schedule, status, cache) and the
//     backoff and failure-log state; no other thread ever touches them.
//   - The worker owns the HttpFetcher; it outlives the thread. Other
//     threads reach it only through HttpFetcher::interrupt().
//   - The Clock is shared with the caller (the kiosk reads the same one, so
//     both agree on quiet hours). Clocks are immutable and their now() is safe
//     from any thread; the worker copies the pointer under mutex_ when it sets
//     up, like the config.
//   - start/stop/reload/poll_now are for the owning (main) thread; reload and
//     poll_now may also be called from any thread, including from the callback.
//     They hand requests over through mutex_ + wake_ and never wait for the worker.
//   - The UpdateCallback runs ON THE WORKER THREAD, after each attempt (and once
//     after the cache is loaded) and never with a lock held. It must be quick
//     (the app pushes one SDL user event) and must not call stop() or destroy the
//     worker (that would join the thread from itself). The FeedUpdate it gets is
//     its own copy; the snapshot inside is immutable and safe to read anywhere.
#pragma once

#include <functional>
#include <memory>

#include "config/location_config.h"
#include "net/backoff.h"
#include "net/feed_status.h"
#include "net/polling_worker.h"
#include "util/clock.h"

namespace signpost {

class FeedWorker {
  public:
    using UpdateCallback = std::function<void(FeedUpdate)>;

    // `random_unit`: the jitter source (tests pass a fixed one); empty: a
    // seeded std::mt19937_64. `clock`: what decides quiet hours; empty: the
    // system clock.
    FeedWorker(LocationConfig config, UpdateCallback on_update, RandomUnit random_unit = {},
               std::shared_ptr<const Clock> clock = {});

    // Starts the thread; a second call does nothing.
    void start() { worker_.start(); }
    // Interrupts a transfer in progress and joins the thread. Idempotent. The
    // only wait is for a callback or cache write already running, and a DNS
    // lookup in progress (see http_fetcher.h).
    void stop() { worker_.stop(); }
    // Replaces the config: the current attempt is abandoned, the refresher is
    // rebuilt (cache of the new feed loaded and published) and a fetch follows.
    // A non-empty `clock` replaces the one quiet hours are read on.
    void reload(LocationConfig config, std::shared_ptr<const Clock> clock = {}) {
        worker_.reload(std::move(config), std::move(clock));
    }
    // Fetches as soon as the current attempt (if any) ends, instead of waiting
    // for the poll interval. Does not abandon an attempt in progress.
    void poll_now() { worker_.poll_now(); }

  private:
    PollingWorker worker_;
};

}  // namespace signpost

// The live worker: one thread that keeps the live document current, beside
// the feed worker and built the same way (net/feed_worker.h).
//
//   start:  load the cache (network sources), publish it, then fetch at once
//   loop:   fetch / re-read; publish; sleep live.poll_interval ±10% after a
//           success, or 2 s, 4 s, 8 s ... up to the poll interval after failures.
//           Quiet hours do not slow it down: an evacuation lights a dark screen.
//   reload: cuts a transfer short, starts over with the new config (a config
//           without "live" makes the thread idle until the next reload)
//   stop:   cuts a transfer short and joins
//
// The thread, the backoff and the hand-over are net/polling_worker.h's, as
// for the feed worker; this file says what is polled (a LiveRefresher) and
// what is published.
//
// Threading and ownership, as for the feed worker:
//   - The thread owns the LiveRefresher, the backoff and the failure log.
//   - The LiveWorker object owns the HttpFetcher (its own: a slow schedule
//     download never holds up a room state); other threads reach it only
//     through HttpFetcher::interrupt().
//   - start/stop/reload are for the owning thread; they hand requests over
//     through mutex_ + wake_ and never wait for the worker (stop joins).
//   - The UpdateCallback runs ON THE WORKER THREAD after each attempt that
//     changed something (a new document, a new status) and never with a lock
//     held; it must be quick and must not call stop().
#pragma once

#include <functional>

#include "config/location_config.h"
#include "net/backoff.h"
#include "net/live_status.h"
#include "net/polling_worker.h"

namespace signpost {

class LiveWorker {
  public:
    using UpdateCallback = std::function<void(LiveUpdate)>;

    LiveWorker(LocationConfig config, UpdateCallback on_update, RandomUnit random_unit = {});

    void start() { worker_.start(); }
    void stop() { worker_.stop(); }
    void reload(LocationConfig config) { worker_.reload(std::move(config)); }

  private:
    PollingWorker worker_;
};

}  // namespace signpost

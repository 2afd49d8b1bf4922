// The kiosk's side of the feed worker (see kiosk.h for the threads): the
// first schedule read synchronously, the worker started on the kiosk's clock
// once the first frame is on screen, its updates handed over to the main
// thread through SDL user events, and the queued ones freed at stop.
#include "app/kiosk.h"

#include "app/update_event.h"
#include "net/one_shot_fetch.h"
#include "util/heap_policy.h"
#include "util/log.h"

namespace signpost {

void Kiosk::start_feed() {
    // The first frame must not wait for the network: read the cache (or the
    // local file) here, synchronously, before the worker's first attempt.
    OneShotFeed cached = fetch_feed_once(config_, /*offline=*/true);
    schedule_ = cached.schedule;
    locate_venue_zone();
    feed_status_ = cached.status;
    // The worker shares the clock, so it reads quiet hours as the screen does.
    // Made now, started after the first frame (handle_feed_start): its
    // start (libcurl's and TLS's global init) and its first fetch compete for
    // the CPU with the first frame on a small board.
    worker_ = std::make_unique<FeedWorker>(
        config_, [this](FeedUpdate update) { on_feed_update(std::move(update)); }, RandomUnit{},
        clock_);
}

void Kiosk::handle_feed_start(LoopDeadline&) {
    if (ready_sent_ && worker_ && !worker_started_) {
        // What the start left behind (the config's and the cache's parse, the
        // fonts tried while resolving the chain) goes back to the system.
        return_free_heap_to_system();
        worker_->start();
        if (live_worker_) {
            live_worker_->start();  // for the same reason (kiosk_live.cpp)
        }
        worker_started_ = true;
    }
}

void Kiosk::stop_feed() {
    if (worker_) {
        worker_->stop();
        worker_.reset();
    }
    drop_update_events<FeedUpdate>(feed_event_);
}

void Kiosk::on_feed_update(FeedUpdate update) {
    push_update_event(feed_event_, std::move(update));  // worker thread
}

void Kiosk::apply_feed_update(std::unique_ptr<FeedUpdate> update) {
    // A new attempt that failed (a cache problem at start is no attempt).
    if (update->status.last_attempt && update->status.last_attempt != feed_status_.last_attempt &&
        !update->status.last_error.empty()) {
        ++feed_failures_;
    }
    feed_status_ = update->status;
    if (update->schedule) {
        schedule_ = std::move(update->schedule);
        locate_venue_zone();
        log_info("feed", "new schedule: " + std::to_string(schedule_->sessions().size()) +
                             " sessions in " + std::to_string(schedule_->venue().rooms.size()) +
                             " rooms");
        // The worker parsed it in its own malloc arena, which keeps the
        // parse's freed memory; malloc_trim gives back the free pages of
        // every arena (and those of the snapshot just replaced).
        return_free_heap_to_system();
    }
}

}  // namespace signpost

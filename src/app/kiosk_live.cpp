// The kiosk's side of the live worker (see kiosk.h for the threads): the
// first document read synchronously with the cache, the worker's updates
// handed over through one SDL user event (as the feed's are, kiosk_feed.cpp),
// and the loop step that turns the document into the view the layout reads.
#include "app/kiosk.h"
#include "app/update_event.h"
#include "net/one_shot_fetch.h"
#include "util/log.h"

namespace signpost {

void Kiosk::start_live() {
    // Started even without a live source, so that a reload can add one.
    if (config_.live) {
        // As for the feed: the first frame must not wait for the network.
        OneShotLive cached = fetch_live_once(config_, /*offline=*/true);
        live_document_ = cached.document;
        live_status_ = cached.status;
        live_changed_ = true;
    }
    // Made now, started with the feed's worker after the first frame
    // (handle_feed_start).
    live_worker_ = std::make_unique<LiveWorker>(
        config_, [this](LiveUpdate update) { on_live_update(std::move(update)); });
}

void Kiosk::stop_live() {
    if (live_worker_) {
        live_worker_->stop();
        live_worker_.reset();
    }
    drop_update_events<LiveUpdate>(live_event_);
}

void Kiosk::on_live_update(LiveUpdate update) {
    push_update_event(live_event_, std::move(update));  // live worker thread
}

void Kiosk::apply_live_update(std::unique_ptr<LiveUpdate> update) {
    if (update->document) {
        live_document_ = std::move(update->document);
    }
    if (!config_.live) {
        live_document_.reset();  // a reload took the live source away
    }
    // The worker publishes a status only when it changed: a new error (or the
    // same one after a success) is one more failed read.
    if (!update->status.error.empty() && update->status != live_status_) {
        ++live_failures_;
    }
    live_status_ = std::move(update->status);
    live_changed_ = true;
}

bool Kiosk::refresh_live_view(Instant now) {
    LiveView next;
    if (config_.live && live_document_ && schedule_ && live_status_.fetched_at) {
        // The source's dates are real ones; the kiosk's clock may be simulated
        // (the demo's 2016, a soak's speed), so they are placed on its time
        // line before they are aged against `now`.
        LiveData data{*live_document_, clock_->from_real(*live_status_.fetched_at)};
        if (data.document.updated) {
            data.document.updated = clock_->from_real(*data.document.updated);
        }
        next = live_view(data, schedule_->venue(), now, config_.live->max_age);
    }
    auto same_states = [](const LiveView& a, const LiveView& b) {
        if (a.rooms.size() != b.rooms.size()) {
            return false;
        }
        for (size_t i = 0; i < a.rooms.size(); ++i) {
            const RoomLiveState& x = a.rooms[i];
            const RoomLiveState& y = b.rooms[i];
            if (x.room != y.room || x.state != y.state || x.note.variants() != y.note.variants()) {
                return false;
            }
        }
        return true;
    };
    const bool changed = !same_states(next, live_view_);
    live_view_ = std::move(next);
    return changed;
}

void Kiosk::handle_live(LoopDeadline& turn) {
    const Instant now = clock_->now();
    const bool expiring = live_view_.next_expiry && now >= *live_view_.next_expiry;
    if (!live_changed_ && !expiring) {
        if (live_view_.next_expiry) {
            turn.at_wall(*live_view_.next_expiry, turn_wall_);
        }
        return;
    }
    const bool documents_announcements = live_changed_;
    live_changed_ = false;
    const bool was_evacuating = !live_view_.evacuated_rooms().empty();
    if (refresh_live_view(now) || documents_announcements) {
        // Ages are kept current by the minute ticks of the layout; a change
        // of state (or of the document's announcements) is shown at once.
        const bool evacuation_changed = was_evacuating == live_view_.evacuated_rooms().empty();
        if (evacuation_changed || documents_announcements) {
            replan(turn.now(), !evacuation_changed);
        }
        relayout();
    }
    for (const std::string& unmatched : live_view_.unmatched) {
        log_debug("live", "no room of the venue is named \"" + unmatched + "\"");
    }
    if (live_view_.next_expiry) {
        turn.at_wall(*live_view_.next_expiry, turn_wall_);
    }
}

}  // namespace signpost

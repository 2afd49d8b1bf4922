// A worker's update handed to the main loop as an SDL user event (the feed's
// and the live source's, kiosk_feed.cpp and kiosk_live.cpp), one way for both.
//
// Threading and ownership: push_update_event runs on the worker thread; the
// event owns a heap copy of the update until the main thread takes it back
// with take_update_event (in the event handler) or drop_update_events (once
// the worker has stopped, for what is still queued).
#pragma once

#include <SDL.h>

#include <memory>
#include <utility>

#include "app/event_wait.h"

namespace signpost {

// Worker thread: hands `update` over and returns at once. When the queue is
// full or SDL is shutting down the update is dropped: the next one carries
// the whole state.
template <typename Update>
void push_update_event(Uint32 type, Update update) {
    auto* owned = new Update(std::move(update));
    SDL_Event e{};
    e.type = type;
    e.user.data1 = owned;
    if (SDL_PushEvent(&e) != 1) {
        delete owned;
        return;
    }
    EventWait::instance().wake_for_pushed_event();
}

// Main thread: the update an event of its type carries, now owned here.
template <typename Update>
std::unique_ptr<Update> take_update_event(const SDL_Event& event) {
    return std::unique_ptr<Update>(static_cast<Update*>(event.user.data1));
}

// Main thread, after the worker stopped (no more pushes can come): frees the
// updates of `type` still queued.
template <typename Update>
void drop_update_events(Uint32 type) {
    if (type == 0 || !SDL_WasInit(SDL_INIT_EVENTS)) {
        return;
    }
    SDL_Event e;
    while (SDL_PeepEvents(&e, 1, SDL_GETEVENT, type, type) > 0) {
        delete static_cast<Update*>(e.user.data1);
    }
}

}  // namespace signpost

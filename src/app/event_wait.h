// Where the kiosk's main loop sleeps between deadlines, whatever SDL's video
// driver can do.
//
// SDL 2.26 sleeps in SDL_WaitEventTimeout only for video drivers that can
// wait for their own events and be woken (x11, wayland, windows, cocoa). For
// every other driver -- kmsdrm on a board without X, offscreen here -- it
// polls its queue every millisecond: ~850 wake-ups a second and 2-3 % of a
// core on an idle sign (docs/performance.md). So:
//   - under a driver that waits, the loop waits in SDL_WaitEventTimeout, and
//     other threads wake it by pushing an SDL event (SDL_PushEvent wakes it);
//   - under any other driver, the loop sleeps in poll(2) on an eventfd that
//     other threads write, and pumps SDL's events itself when woken and at
//     least every pump period (window and input events: a modest rate).
//
// Threads: wake() and wake_for_pushed_event() may be called from any thread
// (the signal watcher, the feed worker) at any time, before SDL starts and
// after it stops; everything else is the main thread's. The instance lives
// for the whole process (never destroyed), so a late signal finds it.
#pragma once

#include <atomic>
#include <chrono>
#include <string_view>

#include <SDL.h>

namespace signpost {

// True for the SDL video drivers whose SDL_WaitEventTimeout really sleeps.
bool sdl_driver_waits(std::string_view driver);

class EventWait {
  public:
    static EventWait& instance();

    // Main thread, after SDL_Init: how to wait under the current video
    // driver; `wake_event` is a registered SDL event type carrying no data.
    void start(Uint32 wake_event);
    // Main thread, before SDL_Quit: wake() stops pushing SDL events.
    void stop();

    // True when the loop must pump SDL's events itself (the driver cannot wait).
    bool pumps() const { return started_ && !sdl_waits_; }

    // Any thread: the loop should look at its flags and queue now.
    void wake();
    // Any thread, after an SDL_PushEvent: where SDL waits, the push itself
    // woke the loop; elsewhere this does.
    void wake_for_pushed_event();

    // Main thread: sleeps up to `timeout` or until woken (or, where SDL
    // waits, until an SDL event), then hands every queued SDL event to
    // `handle`. `pump` asks to pump SDL's events even when nothing woke it.
    template <typename Handle>
    void wait(std::chrono::milliseconds timeout, bool pump, Handle&& handle);

  private:
    EventWait();
    // Sleeps; returns the first SDL event into `first` when SDL's wait gave one.
    bool sleep(std::chrono::milliseconds timeout, bool pump, SDL_Event& first);

    int fd_ = -1;  // eventfd, or -1 when it could not be made (then SDL's wait)
    bool started_ = false;
    bool sdl_waits_ = true;
    std::atomic<Uint32> wake_event_{0};
    std::atomic<bool> pushes_{false};  // wake() pushes an SDL event
};

template <typename Handle>
void EventWait::wait(std::chrono::milliseconds timeout, bool pump, Handle&& handle) {
    SDL_Event event;
    if (sleep(timeout, pump, event)) {
        handle(event);
    }
    // Only what is queued: SDL_PollEvent would pump again.
    while (SDL_PeepEvents(&event, 1, SDL_GETEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) > 0) {
        handle(event);
    }
}

}  // namespace signpost

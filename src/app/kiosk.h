// The kiosk: one window, the page cycle, the feed worker, and a main loop that
// sleeps in SDL_WaitEventTimeout until the next deadline (page change, minute
// tick or content change, dwell-indicator step, fade frame, watchdog ping) or
// until an event arrives (new snapshot, signal, window exposed, device reset).
//
// Threads and ownership:
//   - The main thread owns everything here: SDL, window, renderer, textures,
//     fonts, the current snapshot and the cycle.
//   - The feed worker thread calls on_feed_update(), which only allocates a
//     FeedUpdate and pushes one SDL user event carrying it (SDL_PushEvent is
//     thread-safe). The main thread takes ownership when it pops the event and
//     deletes it; events left in the queue at exit are drained and deleted
//     after the worker has stopped.
//   - The signal thread (SignalWatcher) only sets atomic flags (kiosk.cpp) and
//     pushes a wake-up event.
#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <SDL.h>

#include "app/cli_options.h"
#include "app/kiosk_window.h"
#include "app/page_cycle.h"
#include "app/service_notify.h"
#include "net/feed_status.h"
#include "net/feed_worker.h"
#include "render/font_chain.h"
#include "render/presenter.h"
#include "render/renderer.h"
#include "render/sdl_handles.h"
#include "util/clock.h"

namespace signpost {

class Kiosk {
  public:
    Kiosk(CliOptions options, LocationConfig config);
    ~Kiosk();
    Kiosk(const Kiosk&) = delete;
    Kiosk& operator=(const Kiosk&) = delete;

    // Returns the exit code.
    int run();

    // Called from the signal thread (or any thread): set a flag, wake the loop.
    static void request_stop();
    static void request_reload();

  private:
    using Steady = std::chrono::steady_clock;

    Result<void> start_display();
    void start_fonts();
    void start_feed();
    void stop_feed();
    void on_feed_update(FeedUpdate update);  // worker thread
    void handle_event(const SDL_Event& event, bool& dirty);
    void apply_feed_update(std::unique_ptr<FeedUpdate> update);
    void reload_config();
    void replan(Steady::time_point now, bool keep_position);
    void draw(Steady::time_point now, bool cross_fade);
    Steady::time_point next_deadline(Steady::time_point now) const;
    void ping_watchdog_if_due(Steady::time_point now);
    // Sleeps in SDL_WaitEventTimeout until `deadline` or an event; handles the events.
    void wait_for_events(Steady::time_point deadline, bool& dirty);
    // One turn of the loop in quiet hours (until `until`): the black frame once,
    // READY/STATUS/WATCHDOG, then sleep.
    void sleep_in_quiet_hours(Steady::time_point now, Instant until, bool& dirty);
    bool emergency_active(Instant t) const;
    TimeZone venue_zone() const;  // for quiet hours
    std::string status_line() const;
    LayoutContext layout_context();
    int progress_steps() const;

    CliOptions options_;
    LocationConfig config_;
    // Shared with the feed worker (quiet hours); replaced, never changed, on reload.
    std::shared_ptr<const Clock> clock_;
    ServiceNotifier notifier_;

    // Teardown runs bottom-up: presenter and display before the renderer
    // (window), fonts before the libraries (see render/renderer.h).
    std::unique_ptr<RenderLibraries> libraries_;
    std::unique_ptr<FontChain> fonts_;
    std::unique_ptr<KioskWindow> window_;
    std::unique_ptr<DisplayRenderer> display_;
    std::unique_ptr<Presenter> presenter_;
    int width_ = 0;
    int height_ = 0;

    ScheduleSnapshot schedule_;
    FeedStatus feed_status_;
    PageCycle cycle_;
    // The current page laid out with a full dwell indicator; reset whenever
    // what it shows may change (see draw()).
    std::optional<DisplayList> page_layout_;
    bool showing_emergency_ = false;
    Instant next_content_change_{};
    bool ready_sent_ = false;
    bool quiet_shown_ = false;  // the black frame of quiet hours is on screen
    Steady::time_point next_watchdog_{};

    std::unique_ptr<FeedWorker> worker_;
    Uint32 feed_event_ = 0;  // SDL user event type, registered in start_display()
};

}  // namespace signpost

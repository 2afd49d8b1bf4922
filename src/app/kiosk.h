// The kiosk: one window, the page cycle, the feed worker, and a main loop of
// named steps (kiosk_loop.cpp). Each turn, every step does its part and
// shortens one shared deadline (app/loop_deadline.h) to its own next instant
// (page change, minute tick or content change, dwell-indicator step, fade
// frame, watchdog ping, end of quiet hours); then the loop waits once, until
// that deadline or a wake-up (new snapshot, signal, window exposed, device
// reset), in app/event_wait.h, which sleeps under every video driver.
//
// Threads and ownership:
//   - The main thread owns everything here: SDL, window, renderer, textures,
//     fonts, the current snapshot and the cycle.
//   - The feed worker thread calls on_feed_update(), which only allocates a
//     FeedUpdate, pushes one SDL user event carrying it (SDL_PushEvent is
//     thread-safe) and wakes the loop (EventWait). The main thread takes
//     ownership when it pops the event and deletes it; events left in the
//     queue at exit are drained and deleted after the worker has stopped.
//   - The signal thread (SignalWatcher) only sets atomic flags (kiosk.cpp) and
//     wakes the loop (EventWait::wake).
//
// Clocks: the loop reads steady time through a LoopClock and the wall through
// a Clock (util/clock.h); both can be given (KioskClocks), so a simulated pair
// can drive the whole loop without real waiting.
#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <SDL.h>

#include "app/cli_options.h"
#include "app/fleet_metrics.h"
#include "app/kiosk_window.h"
#include "app/loop_deadline.h"
#include "app/page_cycle.h"
#include "app/service_notify.h"
#include "net/feed_status.h"
#include "net/feed_worker.h"
#include "net/live_worker.h"
#include "render/font_chain.h"
#include "render/presenter.h"
#include "render/renderer.h"
#include "render/sdl_handles.h"
#include "util/clock.h"

namespace signpost {

// The clocks the kiosk runs on; an empty one is the real one: steady time from
// std::chrono::steady_clock, the wall from the config (make_clock, remade when
// a reload changes the config's simulated start). A given wall clock is kept
// across reloads.
struct KioskClocks {
    std::shared_ptr<LoopClock> loop;
    std::shared_ptr<const Clock> wall;
};

class Kiosk {
  public:
    Kiosk(CliOptions options, LocationConfig config, KioskClocks clocks = {});
    ~Kiosk();
    Kiosk(const Kiosk&) = delete;
    Kiosk& operator=(const Kiosk&) = delete;

    // Returns the exit code.
    int run();

    // Called from the signal thread (or any thread): set a flag, wake the loop.
    static void request_stop();
    static void request_reload();
    // SIGUSR1 (unless the stall test hook has it): capture the screen.
    static void request_capture();

  private:
    using TimePoint = LoopClock::TimePoint;

    Result<void> start_display();
    void start_fonts();
    void start_feed();
    void stop_feed();
    void on_feed_update(FeedUpdate update);  // worker thread
    // The live source (kiosk_live.cpp): its worker, hand-over and view.
    void start_live();
    void stop_live();
    void on_live_update(LiveUpdate update);  // live worker thread
    void apply_live_update(std::unique_ptr<LiveUpdate> update);
    // The live view at `now` from the document on hand; true when what it
    // shows (a room's state or note, the evacuated rooms) changed.
    bool refresh_live_view(Instant now);
    void handle_event(const SDL_Event& event);
    void apply_feed_update(std::unique_ptr<FeedUpdate> update);
    void reload_config();
    void replan(TimePoint now, bool keep_position);
    // The page on screen must be laid out again and drawn.
    void relayout();
    void draw(TimePoint now, bool cross_fade);

    // The steps of one turn of the loop, in order (kiosk_loop.cpp). Each
    // does its part of the turn and shortens the turn's deadline.
    void handle_reload(LoopDeadline& turn);
    // True while the screen is dark for quiet hours: the page steps rest.
    bool handle_quiet_hours(LoopDeadline& turn);
    // A new live document or an expiring state: the page is laid out again,
    // replanned at once when an evacuation starts or ends.
    void handle_live(LoopDeadline& turn);
    void handle_page_advance(LoopDeadline& turn);
    void handle_emergency(LoopDeadline& turn);
    void handle_content_change(LoopDeadline& turn);
    void handle_dwell(LoopDeadline& turn);
    void handle_draw(LoopDeadline& turn);
    // Starts the feed worker once the first frame is on screen (kiosk_feed.cpp).
    void handle_feed_start(LoopDeadline& turn);
    // The fleet metrics (kiosk_metrics.cpp): written when what they report
    // changed and at least every 15 s.
    void handle_metrics(LoopDeadline& turn);
    // A screen capture asked for by SIGUSR1 (kiosk_capture.cpp).
    void handle_capture(LoopDeadline& turn);
    void handle_watchdog(LoopDeadline& turn);
    // The one wait of the turn: until its deadline or a wake-up; then every
    // queued event is handled.
    void handle_events(LoopDeadline& turn);

    bool emergency_active(Instant t) const;
    FleetMetrics collect_metrics(Instant now) const;
    // The system clock looks unset (layout/clock_guard.h).
    bool clock_in_doubt(Instant now) const;
    // Locates the venue's zone (for quiet hours) into venue_zone_: called
    // where config_ or schedule_ change, so the loop does not look the zone up
    // again (a name check, a path and a locked map) at every turn.
    void locate_venue_zone();
    std::string status_line() const;
    LayoutContext layout_context();
    int progress_steps() const;

    CliOptions options_;
    LocationConfig config_;
    // Shared with the feed worker (quiet hours); replaced, never changed, on
    // reload (unless given: wall_given_).
    std::shared_ptr<const Clock> clock_;
    bool wall_given_ = false;
    std::shared_ptr<LoopClock> loop_clock_;
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
    TimeZone venue_zone_;  // of config_ and schedule_: locate_venue_zone()
    FeedStatus feed_status_;
    PageCycle cycle_;
    // The current page laid out with a full dwell indicator; reset whenever
    // what it shows may change (see draw()).
    std::optional<DisplayList> page_layout_;
    bool showing_emergency_ = false;
    Instant next_content_change_{};
    bool ready_sent_ = false;
    bool quiet_shown_ = false;  // the black frame of quiet hours is on screen
    // What the turns ask of the draw step.
    bool redraw_ = true;
    bool cross_fade_ = false;
    double drawn_progress_ = -1.0;  // the dwell indicator's step on screen
    // The wall clock read at the turn's start, with the turn's steady now.
    std::chrono::system_clock::time_point turn_wall_{};
    Periodic watchdog_;

    // The live source's last good document and its status; the view is
    // recomputed from them when either changes and when a state runs out.
    std::shared_ptr<const LiveDocument> live_document_;
    LiveStatus live_status_;
    LiveView live_view_;
    bool live_changed_ = false;  // a live update arrived since the last handle_live

    // Counted for the metrics since the start.
    std::uint64_t frames_presented_ = 0;
    std::uint64_t feed_failures_ = 0;
    std::uint64_t live_failures_ = 0;
    std::optional<FleetMetrics> metrics_written_;  // the last report written
    TimePoint metrics_due_{};                      // the next write, changed or not
    bool metrics_failing_ = false;                 // said once until it works again

    std::unique_ptr<FeedWorker> worker_;
    bool worker_started_ = false;
    std::unique_ptr<LiveWorker> live_worker_;
    Uint32 feed_event_ = 0;  // SDL user event types, registered in start_display()
    Uint32 wake_event_ = 0;
    Uint32 live_event_ = 0;
};

}  // namespace signpost

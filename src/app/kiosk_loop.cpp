// The kiosk's main loop: one turn is a short list of named steps, each owning
// one concern and shortening the turn's deadline to its own next instant,
// then one wait (as mpv's play loop does). The timing rules themselves live in
// app/loop_deadline.h, tested with a fake clock.
#include <algorithm>
#include <thread>

#include "app/app_setup.h"
#include "app/commands.h"
#include "app/event_wait.h"
#include "app/kiosk.h"
#include "app/quiet_screen.h"
#include "app/service_status.h"
#include "app/signal_watcher.h"
#include "app/stall_hook.h"
#include "app/update_event.h"
#include "config/config_loader.h"
#include "util/heap_policy.h"
#include "util/log.h"

namespace signpost {
namespace {

// A watchdog ping is due at least this often even without systemd asking, so
// the loop's longest sleep is bounded (a clock step is noticed within it).
constexpr std::chrono::seconds kLongestSleep{30};

// Set by the signal thread, read by the main loop. Globals rather than members
// so that a signal arriving before or after the Kiosk exists touches nothing
// that could be gone.
std::atomic<bool> g_stop_requested{false};
std::atomic<bool> g_reload_requested{false};

// Where no video driver SDL can wait for delivers window and input events,
// the loop pumps them at least this often (4 wake-ups a second; a kiosk has
// little input, and new data, signals and deadlines wake it at once anyway).
constexpr std::chrono::milliseconds kPumpPeriod{250};

// The stall of the test hook (app/stall_hook.h): the main thread stops
// drawing, pinging and reading events, as a loop stuck in a driver call would.
// Only a stop request ends it (the signal thread still runs), so a test can
// still end the process with SIGTERM and check its exit.
void stall_main_loop() {
    log_warning("app", "stall hook: SIGUSR1 received, the main loop stalls until stopped");
    while (!g_stop_requested) {
        std::this_thread::sleep_for(std::chrono::milliseconds{100});
    }
}

}  // namespace

Kiosk::Kiosk(CliOptions options, LocationConfig config, KioskClocks clocks)
    : options_(std::move(options)),
      config_(std::move(config)),
      clock_(std::move(clocks.wall)),
      loop_clock_(std::move(clocks.loop)),
      watchdog_(kLongestSleep) {
    wall_given_ = clock_ != nullptr;
    if (!clock_) {
        clock_ = make_clock(config_, options_);
    }
    if (!loop_clock_) {
        // The loop's steady time runs as fast as the wall clock (a soak).
        if (clock_->speed() == 1.0) {
            loop_clock_ = std::make_shared<SteadyLoopClock>();
        } else {
            loop_clock_ = std::make_shared<ScaledLoopClock>(clock_->speed());
        }
    }
    watchdog_.set_period(notifier_.watchdog_period().value_or(kLongestSleep));
}

void Kiosk::request_stop() {
    g_stop_requested = true;
    EventWait::instance().wake();
}

void Kiosk::request_reload() {
    g_reload_requested = true;
    EventWait::instance().wake();
}

int Kiosk::run() {
    if (auto started = start_display(); !started) {
        log_error("display", started.error().to_string());
        return 1;
    }
    EventWait::instance().start(wake_event_);
    start_feed();
    start_live();
    replan(loop_clock_->now(), false);
    while (!g_stop_requested) {
        LoopDeadline turn(loop_clock_->now(), kLongestSleep);
        turn_wall_ = clock_->now_precise();
        handle_reload(turn);
        if (stall_requested()) {
            stall_main_loop();
            break;
        }
        handle_live(turn);
        if (!handle_quiet_hours(turn)) {
            handle_page_advance(turn);
            handle_emergency(turn);
            handle_content_change(turn);
            handle_dwell(turn);
            handle_draw(turn);
        }
        handle_feed_start(turn);
        handle_capture(turn);
        handle_metrics(turn);
        handle_watchdog(turn);
        handle_events(turn);
    }
    EventWait::instance().stop();
    notifier_.stopping();
    log_info("app", "stopping");
    return 0;
}

void Kiosk::handle_reload(LoopDeadline& turn) {
    if (g_reload_requested.exchange(false)) {
        reload_config();
        replan(turn.now(), true);
        relayout();
    }
}

// Quiet hours: a black screen until the span's end; the feed worker polls at
// its slower quiet rate meanwhile and wakes at the end too, so the sign comes
// back current. No page cycling meanwhile; the loop sleeps to the span's end,
// the next ping or the longest sleep (a clock step or a reload is noticed
// within it).
bool Kiosk::handle_quiet_hours(LoopDeadline& turn) {
    const Instant wall = clock_->now();
    const auto until = quiet_screen_until(config_, venue_zone_, wall, emergency_active(wall),
                                          clock_in_doubt(wall));
    if (!until) {
        if (quiet_shown_) {
            log_info("display", "quiet hours over: screen on");
            quiet_shown_ = false;
            replan(turn.now(), false);
            relayout();
        }
        return false;
    }
    if (!quiet_shown_) {
        log_info("display", "quiet hours: screen black until " + venue_zone_.format_hhmm(*until));
        presenter_->show(DisplayList{width_, height_, Color{0, 0, 0, 255}, {}}, false, turn.now());
        presenter_->present(turn.now());
        quiet_shown_ = true;
        // Dark for hours: what the day's last pages freed goes back now (no
        // cycle ends at night to do it).
        return_free_heap_to_system();
    }
    if (!ready_sent_) {
        // Started in quiet hours: the black frame is the first frame. Without
        // READY=1 systemd would kill the unit after its start timeout and
        // restart it, all night long.
        ready_sent_ = true;
        notifier_.ready();
    }
    notifier_.status(quiet_status_line(*until, venue_zone_, feed_status_));
    turn.at_wall(*until, turn_wall_);
    return true;
}

void Kiosk::handle_page_advance(LoopDeadline& turn) {
    bool wrapped = false;
    if (cycle_.advance_if_due(turn.now(), wrapped)) {
        if (wrapped) {
            // Widths measured for the cycle that ended and not since are
            // forgotten before the new one measures its own, and what the
            // cycle freed goes back to the system (util/heap_policy.h).
            fonts_->end_width_cycle();
            return_free_heap_to_system();
            replan(turn.now(), false);  // pagination follows the rooms' content
        }
        relayout();
        cross_fade_ = true;
    }
}

void Kiosk::handle_emergency(LoopDeadline& turn) {
    if (emergency_active(clock_->now()) != showing_emergency_) {
        replan(turn.now(), false);  // an emergency starts or ends: at once
        relayout();
    }
}

// The content changes by itself at instants the layout names (a session
// starts or ends, the minute of the clock); handle_draw sets the deadline.
void Kiosk::handle_content_change(LoopDeadline&) {
    if (clock_->now() >= next_content_change_) {
        relayout();
    }
}

// The page's dwell: its end, and the indicator's steps. The loop wakes at a
// step's deadline; by then next_progress_step(now) is already the step
// after, so the step itself is compared with the one drawn.
void Kiosk::handle_dwell(LoopDeadline& turn) {
    if (cycle_.progress(turn.now(), progress_steps()) != drawn_progress_) {
        redraw_ = true;  // the indicator only: the layout stays
    }
    turn.at(cycle_.page_end());
    turn.at(cycle_.next_progress_step(turn.now(), progress_steps()));
}

void Kiosk::handle_draw(LoopDeadline& turn) {
    if (redraw_) {
        draw(turn.now(), cross_fade_);
        drawn_progress_ = cycle_.progress(turn.now(), progress_steps());
        redraw_ = false;
        cross_fade_ = false;
    } else if (presenter_->continue_fade(turn.now())) {
        ++frames_presented_;
    }
    // After drawing: the layout names its next change, the fade its next frame.
    turn.at_wall(next_content_change_, turn_wall_);
    turn.at(presenter_->next_frame(loop_clock_->now()));
}

void Kiosk::handle_watchdog(LoopDeadline& turn) {
    // Still healthy, so still pinging (in quiet hours too): a stalled loop
    // stops the pings.
    if (watchdog_.due(turn.now())) {
        notifier_.watchdog_ping();
        watchdog_.done(turn.now());
    }
    if (notifier_.watchdog_period()) {
        turn.at(watchdog_.next());
    }
}

void Kiosk::handle_events(LoopDeadline& turn) {
    EventWait& waiter = EventWait::instance();
    if (waiter.pumps()) {
        turn.at(turn.now() + kPumpPeriod);
    }
    const auto wait =
        std::chrono::ceil<std::chrono::milliseconds>(loop_clock_->wait_time(turn.when()));
    // Pumps after every sleep where it pumps at all: a turn is rare enough.
    waiter.wait(wait, /*pump=*/true, [this](const SDL_Event& event) { handle_event(event); });
}

void Kiosk::handle_event(const SDL_Event& event) {
    if (event.type == SDL_QUIT) {
        g_stop_requested = true;
    } else if (event.type == feed_event_) {
        apply_feed_update(take_update_event<FeedUpdate>(event));
        relayout();
    } else if (event.type == live_event_) {
        apply_live_update(take_update_event<LiveUpdate>(event));
    } else if (event.type == SDL_RENDER_TARGETS_RESET || event.type == SDL_RENDER_DEVICE_RESET) {
        log_warning("display", "render targets lost; rebuilding textures");
        presenter_->on_device_reset();
        presenter_->present(loop_clock_->now());
    } else if (event.type == SDL_WINDOWEVENT) {
        if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
            presenter_->on_output_replaced();  // SDL made the window surface again
            std::tie(width_, height_) = window_->logical_size(config_.display.rotation);
            relayout();
        } else if (event.window.event == SDL_WINDOWEVENT_EXPOSED) {
            presenter_->present(loop_clock_->now());
        }
    } else if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_ESCAPE &&
               options_.windowed) {
        g_stop_requested = true;
    }
}

int run_kiosk(const CliOptions& options) {
    // Whole pages come and go with fades: mapped apart, given back when freed.
    map_large_blocks_apart(size_t{1} << 20);
    auto config = load_config_for(options);
    if (!config) {
        log_error("config", config.error().to_string());
        return 2;
    }
    // The watcher blocks the signals before any other thread exists, so that
    // SDL's and the worker's threads inherit the mask and only it receives them.
    // Before any thread starts (stall_hook.h); a no-op unless a test asks.
    // SIGUSR1 captures the screen, unless the stall test hook took it.
    const bool stall_hook = arm_stall_hook_from_environment();
    SignalWatcher signals(
        {&Kiosk::request_stop, &Kiosk::request_reload,
         stall_hook ? std::function<void()>() : std::function<void()>(&Kiosk::request_capture)});
    Kiosk kiosk(options, std::move(*config));
    return kiosk.run();
}

}  // namespace signpost

#include "app/kiosk.h"

#include <algorithm>
#include <thread>

#include "app/app_setup.h"
#include "app/commands.h"
#include "app/quiet_screen.h"
#include "app/service_status.h"
#include "app/signal_watcher.h"
#include "app/stall_hook.h"
#include "config/config_loader.h"
#include "layout/clock_guard.h"
#include "layout/dwell_indicator.h"
#include "render/font_setup.h"
#include "util/log.h"

namespace signpost {
namespace {

// A watchdog ping is due at least this often even without systemd asking, so
// the loop's longest sleep is bounded (a clock step is noticed within it).
constexpr std::chrono::seconds kLongestSleep{30};
// The dwell indicator moves in steps of about this length.
constexpr std::chrono::milliseconds kProgressStep{2500};

// Set by the signal thread, read by the main loop. Globals rather than members
// so that a signal arriving before or after the Kiosk exists touches nothing
// that could be gone.
std::atomic<bool> g_stop_requested{false};
std::atomic<bool> g_reload_requested{false};
std::atomic<Uint32> g_wake_event{0};  // 0 until SDL's event queue exists

void wake_main_loop() {
    SDL_Event e{};
    e.type = g_wake_event.load();
    if (e.type != 0)
        SDL_PushEvent(&e);
}

// Only the system clock can be unset (a board without a real-time clock before
// NTP syncs); a simulated clock or --at is where it was asked to be. Asked at
// every layout, so the sign recovers at the first redraw after the time jumps
// (the loop redraws when the clock passes the next content change, and wakes
// at least every kLongestSleep).
bool clock_untrusted(const Clock& clock, const Schedule* schedule, Instant now) {
    if (dynamic_cast<const SystemClock*>(&clock) == nullptr) {
        return false;
    }
    const Instant built{Seconds{SIGNPOST_BUILD_EPOCH}};
    return !clock_is_plausible(now, schedule, built);
}

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

Kiosk::Kiosk(CliOptions options, LocationConfig config)
    : options_(std::move(options)), config_(std::move(config)) {
    clock_ = make_clock(config_, options_);
}

Kiosk::~Kiosk() {
    stop_feed();
    g_wake_event = 0;
    presenter_.reset();
    display_.reset();
    window_.reset();
    fonts_.reset();
    libraries_.reset();
    SDL_Quit();
}

void Kiosk::request_stop() {
    g_stop_requested = true;
    wake_main_loop();
}

void Kiosk::request_reload() {
    g_reload_requested = true;
    wake_main_loop();
}

Result<void> Kiosk::start_display() {
    // Our own SignalWatcher handles SIGTERM/SIGINT/SIGHUP.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        return Error{"SDL_Init", SDL_GetError()};
    }
    const Uint32 base = SDL_RegisterEvents(2);
    if (base == Uint32(-1)) {
        return Error{"SDL_RegisterEvents", SDL_GetError()};
    }
    feed_event_ = base;
    g_wake_event = base + 1;
    auto libs = RenderLibraries::start();
    if (!libs)
        return libs.error();
    libraries_ = std::move(*libs);
    auto window = KioskWindow::open(config_.display, options_.windowed);
    if (!window)
        return window.error();
    window_ = std::move(*window);
    std::tie(width_, height_) = window_->logical_size(config_.display.rotation);
    start_fonts();
    return ok();
}

void Kiosk::start_fonts() {
    presenter_.reset();
    display_.reset();
    fonts_ = load_font_chain(data_dir() / "fonts" / "manifest.txt", config_.fonts);
    display_ = std::make_unique<DisplayRenderer>(window_->renderer(), *fonts_);
    presenter_ = std::make_unique<Presenter>(*display_, config_.display.rotation);
}

void Kiosk::reload_config() {
    notifier_.reloading();
    auto loaded = load_config_for(options_);
    if (!loaded) {
        log_error("config",
                  "reload refused, keeping the running config: " + loaded.error().to_string());
        notifier_.ready();
        return;
    }
    LocationConfig next = std::move(*loaded);
    if (next.display.width != config_.display.width ||
        next.display.height != config_.display.height ||
        next.display.rotation != config_.display.rotation ||
        next.display.fullscreen != config_.display.fullscreen) {
        log_warning("config", "display size, rotation and fullscreen change at the next restart");
        next.display = config_.display;
    }
    const bool fonts_changed = next.fonts != config_.fonts;
    const bool clock_changed = next.simulated_start != config_.simulated_start;
    config_ = std::move(next);
    if (fonts_changed) {
        start_fonts();
    }
    if (clock_changed) {
        clock_ = make_clock(config_, options_);
    }
    if (worker_) {
        worker_->reload(config_, clock_changed ? clock_ : nullptr);
    }
    log_info("config", "reloaded " + options_.config_path);
    notifier_.ready();
}

LayoutContext Kiosk::layout_context() {
    LayoutContext ctx{schedule_.get(), clock_->now(), config_,
                      width_,          height_,       to_freshness(feed_status_),
                      *fonts_};
    ctx.clock_untrusted = clock_untrusted(*clock_, schedule_.get(), ctx.now);
    if (ctx.clock_untrusted) {
        // The fetch time was stamped by, or is compared with, the clock in
        // doubt: the footer says the feed's state without a time.
        ctx.feed.updated_at.reset();
    }
    return ctx;
}

TimeZone Kiosk::venue_zone() const {
    // As layout's: the config's zone, else the schedule's, else UTC.
    if (config_.timezone) {
        if (auto zone = TimeZone::locate(*config_.timezone)) {
            return *zone;
        }
    }
    return schedule_ ? schedule_->zone() : TimeZone{};
}

bool Kiosk::emergency_active(Instant t) const {
    if (!schedule_)
        return false;
    auto active = schedule_->active_announcements(t);
    return !active.empty() && active.front()->level == AnnouncementLevel::emergency;
}

void Kiosk::replan(Steady::time_point now, bool keep_position) {
    LayoutContext ctx = layout_context();
    cycle_.replan(plan_pages(ctx), now, keep_position);
    showing_emergency_ = emergency_active(ctx.now);
}

int Kiosk::progress_steps() const {
    auto steps = std::chrono::duration_cast<std::chrono::milliseconds>(cycle_.current().dwell) /
                 kProgressStep;
    return static_cast<int>(std::max<int64_t>(1, steps));
}

void Kiosk::draw(Steady::time_point now, bool cross_fade) {
    // Lay the page out only when its content may have changed (page, minute,
    // snapshot, feed state, size, config); the dwell indicator's steps reuse
    // that layout, so a step costs a redraw from cached textures, no measuring.
    if (!page_layout_) {
        LayoutContext ctx = layout_context();
        page_layout_ = layout_page(ctx, cycle_.current(), 1.0);
        next_content_change_ = next_layout_change(schedule_.get(), ctx.now);
    }
    const double progress = cycle_.progress(now, progress_steps());
    log_debug("display", "drew page " + std::to_string(cycle_.index() + 1) + "/" +
                             std::to_string(cycle_.size()) + ", dwell progress " +
                             std::to_string(progress));
    presenter_->show(with_dwell_progress(*page_layout_, progress), cross_fade, now);
    presenter_->present(now);
    if (!ready_sent_) {
        ready_sent_ = true;
        notifier_.ready();  // the first frame is on screen
    }
    notifier_.status(status_line());
}

std::string Kiosk::status_line() const {
    return page_status_line(cycle_.index(), cycle_.size(), feed_status_);
}

Kiosk::Steady::time_point Kiosk::next_deadline(Steady::time_point now) const {
    Steady::time_point deadline = now + kLongestSleep;
    deadline = std::min(deadline, cycle_.page_end());
    deadline = std::min(deadline, cycle_.next_progress_step(now, progress_steps()));
    // Content deadlines are wall-clock instants: convert through "how long from now".
    auto until_change =
        std::chrono::system_clock::time_point(next_content_change_) - clock_->now_precise();
    deadline = std::min(deadline,
                        now + std::max(std::chrono::duration_cast<Steady::duration>(until_change),
                                       Steady::duration::zero()));
    if (auto frame = presenter_->next_frame(now)) {
        deadline = std::min(deadline, *frame);
    }
    if (auto period = notifier_.watchdog_period()) {
        deadline = std::min(deadline, next_watchdog_);
    }
    return deadline;
}

void Kiosk::handle_event(const SDL_Event& event, bool& dirty) {
    if (event.type == SDL_QUIT) {
        g_stop_requested = true;
    } else if (event.type == feed_event_) {
        apply_feed_update(std::unique_ptr<FeedUpdate>(static_cast<FeedUpdate*>(event.user.data1)));
        page_layout_.reset();
        dirty = true;
    } else if (event.type == SDL_RENDER_TARGETS_RESET || event.type == SDL_RENDER_DEVICE_RESET) {
        log_warning("display", "render targets lost; rebuilding textures");
        presenter_->on_device_reset();
        presenter_->present(Steady::now());
    } else if (event.type == SDL_WINDOWEVENT) {
        if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
            std::tie(width_, height_) = window_->logical_size(config_.display.rotation);
            page_layout_.reset();
            dirty = true;
        } else if (event.window.event == SDL_WINDOWEVENT_EXPOSED) {
            presenter_->present(Steady::now());
        }
    } else if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_ESCAPE &&
               options_.windowed) {
        g_stop_requested = true;
    }
}

void Kiosk::ping_watchdog_if_due(Steady::time_point now) {
    if (now >= next_watchdog_) {
        notifier_.watchdog_ping();
        next_watchdog_ = now + notifier_.watchdog_period().value_or(kLongestSleep);
    }
}

void Kiosk::wait_for_events(Steady::time_point deadline, bool& dirty) {
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(deadline - Steady::now());
    SDL_Event event;
    if (SDL_WaitEventTimeout(&event, static_cast<int>(std::max<int64_t>(1, wait.count())))) {
        handle_event(event, dirty);
        while (SDL_PollEvent(&event)) {
            handle_event(event, dirty);
        }
    }
}

void Kiosk::sleep_in_quiet_hours(Steady::time_point now, Instant until, bool& dirty) {
    const TimeZone zone = venue_zone();
    if (!quiet_shown_) {
        log_info("display", "quiet hours: screen black until " + zone.format_hhmm(until));
        presenter_->show(DisplayList{width_, height_, Color{0, 0, 0, 255}, {}}, false, now);
        presenter_->present(now);
        quiet_shown_ = true;
    }
    if (!ready_sent_) {
        // Started in quiet hours: the black frame is the first frame. Without
        // READY=1 systemd would kill the unit after its start timeout and
        // restart it, all night long.
        ready_sent_ = true;
        notifier_.ready();
    }
    notifier_.status(quiet_status_line(until, zone, feed_status_));
    // Still healthy, so still pinging: a stalled loop stops the pings here too.
    ping_watchdog_if_due(now);
    // Sleep to the span's end, the next ping, or kLongestSleep (a clock step
    // or a reload is noticed within it); no page cycling meanwhile.
    const auto until_edge = std::chrono::system_clock::time_point(until) - clock_->now_precise();
    wait_for_events(std::min({now + kLongestSleep, next_watchdog_,
                              now + std::chrono::duration_cast<Steady::duration>(until_edge)}),
                    dirty);
}

int Kiosk::run() {
    if (auto started = start_display(); !started) {
        log_error("display", started.error().to_string());
        return 1;
    }
    start_feed();
    auto now = Steady::now();
    next_watchdog_ = now;
    replan(now, false);
    bool dirty = true;
    bool cross_fade = false;
    double drawn_progress = -1.0;  // the dwell indicator's step on screen
    while (!g_stop_requested) {
        now = Steady::now();
        if (g_reload_requested.exchange(false)) {
            reload_config();
            replan(now, true);
            page_layout_.reset();
            dirty = true;
        }
        if (stall_requested()) {
            stall_main_loop();
            break;
        }
        // Quiet hours: a black screen until the span's end (see
        // sleep_in_quiet_hours); the feed worker polls at its slower quiet rate
        // meanwhile and wakes at the end too, so the sign comes back current.
        if (const Instant wall = clock_->now();
            auto until = quiet_screen_until(config_, venue_zone(), wall, emergency_active(wall),
                                            clock_untrusted(*clock_, schedule_.get(), wall))) {
            sleep_in_quiet_hours(now, *until, dirty);
            continue;
        }
        if (quiet_shown_) {
            log_info("display", "quiet hours over: screen on");
            quiet_shown_ = false;
            replan(now, false);
            page_layout_.reset();
            dirty = true;
        }
        bool wrapped = false;
        if (cycle_.advance_if_due(now, wrapped)) {
            if (wrapped)
                replan(now, false);  // pagination follows the rooms' content
            page_layout_.reset();
            dirty = true;
            cross_fade = true;
        }
        const Instant instant = clock_->now();
        if (emergency_active(instant) != showing_emergency_) {
            replan(now, false);  // an emergency starts or ends: at once
            page_layout_.reset();
            dirty = true;
        }
        // The loop wakes at a progress step's deadline; by then next_progress_step(now)
        // is already the step after, so compare the step itself with the one drawn.
        if (instant >= next_content_change_) {
            page_layout_.reset();
            dirty = true;
        }
        if (cycle_.progress(now, progress_steps()) != drawn_progress) {
            dirty = true;  // the indicator only: the layout stays
        }
        if (dirty) {
            draw(now, cross_fade);
            drawn_progress = cycle_.progress(now, progress_steps());
            dirty = false;
            cross_fade = false;
        } else if (presenter_->fading(now)) {
            presenter_->present(now);
        }
        ping_watchdog_if_due(now);
        wait_for_events(next_deadline(Steady::now()), dirty);
    }
    notifier_.stopping();
    log_info("app", "stopping");
    return 0;
}

int run_kiosk(const CliOptions& options) {
    auto config = load_config_for(options);
    if (!config) {
        log_error("config", config.error().to_string());
        return 2;
    }
    // The watcher blocks the signals before any other thread exists, so that
    // SDL's and the worker's threads inherit the mask and only it receives them.
    // Before any thread starts (stall_hook.h); a no-op unless a test asks.
    arm_stall_hook_from_environment();
    SignalWatcher signals({&Kiosk::request_stop, &Kiosk::request_reload});
    Kiosk kiosk(options, std::move(*config));
    return kiosk.run();
}

}  // namespace signpost

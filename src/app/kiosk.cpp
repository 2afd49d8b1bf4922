#include "app/kiosk.h"

#include <algorithm>

#include "app/app_setup.h"
#include "app/commands.h"
#include "app/layout_context.h"
#include "app/service_status.h"
#include "config/config_loader.h"
#include "layout/dwell_indicator.h"
#include "render/font_setup.h"
#include "util/log.h"

namespace signpost {
namespace {

// The dwell indicator moves in steps of about this length.
constexpr std::chrono::milliseconds kProgressStep{2500};

}  // namespace

Kiosk::~Kiosk() {
    stop_live();
    stop_feed();
    presenter_.reset();
    display_.reset();
    window_.reset();
    fonts_.reset();
    libraries_.reset();
    SDL_Quit();
}

Result<void> Kiosk::start_display() {
    // Our own SignalWatcher handles SIGTERM/SIGINT/SIGHUP.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        return Error{"SDL_Init", SDL_GetError()};
    }
    const Uint32 base = SDL_RegisterEvents(3);
    if (base == Uint32(-1)) {
        return Error{"SDL_RegisterEvents", SDL_GetError()};
    }
    feed_event_ = base;
    wake_event_ = base + 1;
    live_event_ = base + 2;
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
    display_ = std::make_unique<DisplayRenderer>(window_->renderer(), *fonts_,
                                                 TextCache::screen_budget(width_, height_));
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
    if (next.simulated_speed != config_.simulated_speed) {
        // The loop's clock runs at the speed it started with (kiosk_loop.cpp).
        log_warning("config", "simulated_clock.speed changes at the next restart");
        next.simulated_speed = config_.simulated_speed;
    }
    const bool fonts_changed = next.fonts != config_.fonts;
    const bool clock_changed = next.simulated_start != config_.simulated_start;
    config_ = std::move(next);
    locate_venue_zone();
    if (fonts_changed) {
        start_fonts();
    }
    if (clock_changed && !wall_given_) {
        clock_ = make_clock(config_, options_);
    }
    if (worker_) {
        worker_->reload(config_, clock_changed && !wall_given_ ? clock_ : nullptr);
    }
    if (live_worker_) {
        live_worker_->reload(config_);
    }
    live_changed_ = true;  // max_age may have changed
    log_info("config", "reloaded " + options_.config_path);
    notifier_.ready();
}

LayoutContext Kiosk::layout_context() {
    const Instant now = clock_->now();
    const std::span<const Announcement> live_announcements =
        live_document_ ? std::span<const Announcement>(live_document_->announcements)
                       : std::span<const Announcement>();
    return make_layout_context(schedule_.get(), now, config_, width_, height_, feed_status_,
                               *fonts_, clock_in_doubt(now), &live_view_, live_announcements);
}

void Kiosk::locate_venue_zone() {
    venue_zone_ = venue_zone(config_.timezone, schedule_.get());
}

bool Kiosk::emergency_active(Instant t) const {
    if (!live_view_.evacuated_rooms().empty() && schedule_) {
        return true;
    }
    if (live_document_) {
        for (const Announcement& a : live_document_->announcements) {
            if (a.level == AnnouncementLevel::emergency && a.active_at(t)) {
                return true;
            }
        }
    }
    if (!schedule_)
        return false;
    auto active = schedule_->active_announcements(t);
    return !active.empty() && active.front()->level == AnnouncementLevel::emergency;
}

void Kiosk::replan(TimePoint now, bool keep_position) {
    LayoutContext ctx = layout_context();
    cycle_.replan(plan_pages(ctx), now, keep_position);
    showing_emergency_ = emergency_active(ctx.now);
}

int Kiosk::progress_steps() const {
    auto steps = std::chrono::duration_cast<std::chrono::milliseconds>(cycle_.current().dwell) /
                 kProgressStep;
    return static_cast<int>(std::max<int64_t>(1, steps));
}

void Kiosk::relayout() {
    page_layout_.reset();
    redraw_ = true;
}

void Kiosk::draw(TimePoint now, bool cross_fade) {
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
    ++frames_presented_;
    if (!ready_sent_) {
        ready_sent_ = true;
        notifier_.ready();  // the first frame is on screen
    }
    notifier_.status(status_line());
}

// Asked at every layout, so the sign recovers at the first redraw after the
// time jumps (the loop redraws when the clock passes the next content change,
// and wakes at least every kLongestSleep).
bool Kiosk::clock_in_doubt(Instant now) const {
    return clock_untrusted(*clock_, schedule_.get(), now);
}

std::string Kiosk::status_line() const {
    return page_status_line(cycle_.index(), cycle_.size(), feed_status_);
}

}  // namespace signpost

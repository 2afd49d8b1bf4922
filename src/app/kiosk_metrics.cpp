// The kiosk's fleet metrics (docs/operations.md): a step of the main loop
// that collects the screen's state and writes metrics_file when something it
// reports changed (in the turn after the change: within a second) and at
// least every kMetricsPeriod, so that a silent file means a stuck screen.
#include "app/fleet_metrics.h"
#include "app/kiosk.h"
#include "util/atomic_file.h"
#include "util/log.h"

namespace signpost {
namespace {

constexpr std::chrono::seconds kMetricsPeriod{15};

}  // namespace

FleetMetrics Kiosk::collect_metrics(Instant now) const {
    FleetMetrics m;
    m.location = config_.id;
    m.version = SIGNPOST_VERSION;
    m.feed_last_success = feed_status_.fetched_at;
    m.feed_fetch_failures = feed_failures_;
    m.feed_stale = feed_status_.stale;
    m.live_configured = config_.live.has_value();
    if (m.live_configured) {
        m.live_last_success = live_status_.fetched_at;
        m.live_stale = live_status_.stale;
    }
    m.live_fetch_failures = live_failures_;
    m.emergency_active = showing_emergency_ && !quiet_shown_;
    m.rooms_full = live_view_.count(RoomState::full);
    m.rooms_closed = live_view_.count(RoomState::closed);
    m.rooms_evacuating = live_view_.count(RoomState::evacuate);
    m.page_index = cycle_.index();
    m.pages = cycle_.size();
    m.frames_presented = frames_presented_;
    m.clock_untrusted = clock_in_doubt(now);
    m.quiet_hours = quiet_shown_;
    return m;
}

void Kiosk::handle_metrics(LoopDeadline& turn) {
    if (!config_.metrics_file) {
        return;
    }
    const Instant now = clock_->now();
    FleetMetrics metrics = collect_metrics(now);
    const bool changed = !metrics_written_ || !same_report(*metrics_written_, metrics);
    if (changed || turn.now() >= metrics_due_) {
        // The heartbeat is the real time of writing, whatever clock the screen shows.
        metrics.written_at =
            std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
        if (auto written = write_file_atomically(*config_.metrics_file, format_prometheus(metrics),
                                                 {.sync = false, .mode = 0644});
            !written) {
            if (!metrics_failing_) {
                log_warning("metrics", "cannot write the metrics: " + written.error().to_string());
            }
            metrics_failing_ = true;
        } else if (metrics_failing_) {
            log_info("metrics", "metrics written again to " + config_.metrics_file->string());
            metrics_failing_ = false;
        }
        metrics_written_ = std::move(metrics);
        metrics_due_ = turn.now() + kMetricsPeriod;
    }
    turn.at(metrics_due_);
}

}  // namespace signpost

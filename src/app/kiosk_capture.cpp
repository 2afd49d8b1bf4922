// Screen capture on SIGUSR1 (docs/operations.md): the signal thread sets a
// flag and wakes the loop; this step draws the list that is on the screen now
// (the page with its dwell indicator as drawn, or the black frame of quiet
// hours) with the snapshot renderer and writes <cache_dir>/screen.png, which
// render_snapshot_png replaces atomically. The same drawing code as the
// screen's, in the page's own orientation (a turned panel's capture is upright).
#include <atomic>

#include "app/event_wait.h"
#include "app/kiosk.h"
#include "layout/dwell_indicator.h"
#include "render/snapshot.h"
#include "util/log.h"

namespace signpost {
namespace {

// Set by the signal thread, read by the main loop.
std::atomic<bool> g_capture_requested{false};

}  // namespace

void Kiosk::request_capture() {
    g_capture_requested = true;
    EventWait::instance().wake();
}

void Kiosk::handle_capture(LoopDeadline&) {
    if (!g_capture_requested.exchange(false)) {
        return;
    }
    if (config_.cache_dir.empty()) {
        log_warning("capture", "no cache_dir: nowhere to write screen.png");
        return;
    }
    DisplayList list{width_, height_, Color{0, 0, 0, 255}, {}};
    if (!quiet_shown_ && page_layout_) {
        list = with_dwell_progress(*page_layout_, std::max(0.0, drawn_progress_));
    }
    const std::filesystem::path out = config_.cache_dir / "screen.png";
    std::error_code ec;
    std::filesystem::create_directories(config_.cache_dir, ec);
    if (auto written = render_snapshot_png(list, *fonts_, out); !written) {
        log_warning("capture", "cannot write the screen capture: " + written.error().to_string());
        return;
    }
    log_info("capture", "screen captured to " + out.string());
}

}  // namespace signpost

// Talks to systemd (sd_notify(3)) when started by it with Type=notify:
// READY=1 once the first frame is on screen, STATUS= with a one-line state,
// WATCHDOG=1 from the main loop while it is healthy. Outside systemd
// (no NOTIFY_SOCKET) every call is a cheap no-op.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace signpost {

class ServiceNotifier {
  public:
    ServiceNotifier();

    bool active() const { return active_; }

    void ready();
    void reloading();
    void stopping();
    // Sent only when it differs from the last one, so a steady state costs nothing.
    void status(std::string_view line);
    void watchdog_ping();

    // How often the main loop must ping: half of WatchdogSec, or nullopt when
    // systemd did not ask for a watchdog.
    std::optional<std::chrono::milliseconds> watchdog_period() const { return watchdog_period_; }

  private:
    bool active_ = false;
    std::optional<std::chrono::milliseconds> watchdog_period_;
    std::string last_status_;
};

}  // namespace signpost

#include "app/service_notify.h"

#include <cstdlib>
#include <string>

#include <systemd/sd-daemon.h>

namespace signpost {

ServiceNotifier::ServiceNotifier() {
    active_ = std::getenv("NOTIFY_SOCKET") != nullptr;
    uint64_t usec = 0;
    // unset_environment = 0: a restart-in-place (SIGHUP reload) keeps the variables.
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        watchdog_period_ = std::chrono::milliseconds(usec / 2000);
    }
}

void ServiceNotifier::ready() {
    if (active_)
        sd_notify(0, "READY=1");
}

void ServiceNotifier::reloading() {
    if (active_)
        sd_notify(0, "RELOADING=1");
}

void ServiceNotifier::stopping() {
    if (active_)
        sd_notify(0, "STOPPING=1");
}

void ServiceNotifier::status(std::string_view line) {
    if (!active_ || line == last_status_) {
        return;
    }
    last_status_ = std::string(line);
    std::string msg = "STATUS=" + last_status_;
    sd_notify(0, msg.c_str());
}

void ServiceNotifier::watchdog_ping() {
    if (active_ && watchdog_period_)
        sd_notify(0, "WATCHDOG=1");
}

}  // namespace signpost

#include "app/stall_hook.h"

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include "util/log.h"

namespace signpost {
namespace {

// Written by the signal handler, on whichever thread the kernel picks.
// Lock-free, so the store is async-signal-safe.
std::atomic<bool> g_stall_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_sigusr1(int) {
    g_stall_requested.store(true);
}

}  // namespace

bool arm_stall_hook_from_environment() {
    const char* value = std::getenv("SIGNPOST_TEST_STALL_ON_SIGUSR1");
    if (value == nullptr || std::strcmp(value, "1") != 0) {
        return false;
    }
    struct sigaction action {};
    action.sa_handler = on_sigusr1;
    sigemptyset(&action.sa_mask);
    // Restart interrupted calls: the thread that takes the signal (the feed
    // worker in a transfer, an SDL thread) must not see a spurious EINTR.
    action.sa_flags = SA_RESTART;
    if (sigaction(SIGUSR1, &action, nullptr) != 0) {
        log_error("app", std::string("stall hook: sigaction: ") + std::strerror(errno));
        return false;
    }
    log_warning("app",
                "test hook armed (SIGNPOST_TEST_STALL_ON_SIGUSR1): SIGUSR1 stalls the main loop");
    return true;
}

bool stall_requested() {
    return g_stall_requested.load();
}

}  // namespace signpost

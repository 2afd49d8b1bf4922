#include "app/signal_watcher.h"

#include <csignal>

#include <pthread.h>

namespace signpost {
namespace {

// SIGUSR2 is the destructor's wake-up call to the watcher thread (sent to
// that thread alone with pthread_kill); one from outside is ignored.
constexpr int kWakeSignal = SIGUSR2;

}  // namespace

sigset_t SignalWatcher::watched() const {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, kWakeSignal);
    if (handlers_.on_capture) {
        sigaddset(&set, SIGUSR1);
    }
    return set;
}

SignalWatcher::SignalWatcher(Handlers handlers) : handlers_(std::move(handlers)) {
    sigset_t set = watched();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    thread_ = std::thread([this] { run(); });
}

SignalWatcher::~SignalWatcher() {
    stop_ = true;
    // The thread sleeps in sigwaitinfo with no timeout (an idle kiosk has no
    // reason to wake); the wake signal, aimed at it alone, ends the wait.
    pthread_kill(thread_.native_handle(), kWakeSignal);
    thread_.join();
}

void SignalWatcher::run() {
    const sigset_t set = watched();
    while (!stop_) {
        const int sig = sigwaitinfo(&set, nullptr);
        if (stop_) {
            break;
        }
        if (sig == SIGTERM || sig == SIGINT) {
            if (handlers_.on_terminate)
                handlers_.on_terminate();
        } else if (sig == SIGHUP) {
            if (handlers_.on_reload)
                handlers_.on_reload();
        } else if (sig == SIGUSR1) {
            if (handlers_.on_capture)
                handlers_.on_capture();
        }
    }
}

}  // namespace signpost

#include "app/signal_watcher.h"

#include <csignal>
#include <ctime>

#include <pthread.h>

namespace signpost {
namespace {

sigset_t watched_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    return set;
}

}  // namespace

SignalWatcher::SignalWatcher(Handlers handlers) : handlers_(std::move(handlers)) {
    sigset_t set = watched_signals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    thread_ = std::thread([this] { run(); });
}

SignalWatcher::~SignalWatcher() {
    stop_ = true;
    thread_.join();  // returns within one sigtimedwait period
}

void SignalWatcher::run() {
    const sigset_t set = watched_signals();
    // A short timeout lets the destructor stop the thread without a signal.
    const timespec period{0, 100'000'000};
    while (!stop_) {
        int sig = sigtimedwait(&set, nullptr, &period);
        if (sig == SIGTERM || sig == SIGINT) {
            if (handlers_.on_terminate)
                handlers_.on_terminate();
        } else if (sig == SIGHUP) {
            if (handlers_.on_reload)
                handlers_.on_reload();
        }
    }
}

}  // namespace signpost

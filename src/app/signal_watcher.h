// Turns SIGTERM/SIGINT/SIGHUP into calls on a thread of its own, so the main
// loop hears them through its event queue instead of from a signal handler
// (SDL_PushEvent is thread-safe; nothing is async-signal-safe in SDL).
//
// Ownership: construct it on the main thread BEFORE any other thread starts
// (the feed worker, SDL's threads): it blocks the three signals (and SIGUSR2,
// its own wake-up call) for the whole process, and threads inherit the mask,
// so only the watcher's sigwaitinfo ever receives them. It sleeps until a
// signal comes: no periodic wake-ups.
#pragma once

#include <atomic>
#include <csignal>
#include <functional>
#include <thread>

namespace signpost {

class SignalWatcher {
  public:
    struct Handlers {
        std::function<void()> on_terminate;  // SIGTERM, SIGINT
        std::function<void()> on_reload;     // SIGHUP
        // SIGUSR1; empty: SIGUSR1 is not watched (it keeps whatever action
        // it has, e.g. the stall test hook's handler, app/stall_hook.h).
        std::function<void()> on_capture{};
    };

    explicit SignalWatcher(Handlers handlers);
    ~SignalWatcher();
    SignalWatcher(const SignalWatcher&) = delete;
    SignalWatcher& operator=(const SignalWatcher&) = delete;

  private:
    void run();
    sigset_t watched() const;

    Handlers handlers_;
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

}  // namespace signpost

// The signal watcher: SIGHUP and SIGTERM reach their handlers on the
// watcher's thread, and the watcher stops at once when destroyed although it
// sleeps with no timeout.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

#include <pthread.h>

#include "app/signal_watcher.h"

namespace signpost {
namespace {

// Restores the thread's signal mask when the test ends, so that processes
// the other tests start do not inherit blocked signals.
class SignalMaskGuard {
  public:
    SignalMaskGuard() { pthread_sigmask(SIG_SETMASK, nullptr, &saved_); }
    ~SignalMaskGuard() { pthread_sigmask(SIG_SETMASK, &saved_, nullptr); }

  private:
    sigset_t saved_;
};

bool wait_for(const std::atomic<int>& value, int expected) {
    for (int i = 0; i < 500 && value.load() != expected; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return value.load() == expected;
}

TEST(SignalWatcher, HandsSignalsToItsHandlers) {
    SignalMaskGuard guard;
    std::atomic<int> reloads{0};
    std::atomic<int> terminations{0};
    {
        SignalWatcher watcher({[&] { ++terminations; }, [&] { ++reloads; }});
        ASSERT_EQ(kill(getpid(), SIGHUP), 0);
        EXPECT_TRUE(wait_for(reloads, 1));
        ASSERT_EQ(kill(getpid(), SIGTERM), 0);
        EXPECT_TRUE(wait_for(terminations, 1));
        // Ignored, not fatal: SIGUSR2 is the watcher's own wake-up call.
        ASSERT_EQ(kill(getpid(), SIGUSR2), 0);
        ASSERT_EQ(kill(getpid(), SIGHUP), 0);
        EXPECT_TRUE(wait_for(reloads, 2));
    }
    EXPECT_EQ(terminations.load(), 1);
}

TEST(SignalWatcher, StopsWhenDestroyedThoughItWaitsWithoutTimeout) {
    SignalMaskGuard guard;
    std::atomic<int> calls{0};
    // Destroyed at once and after a while asleep: each join must return (a
    // hang fails the test by ctest's timeout), and no handler runs.
    for (int i = 0; i < 20; ++i) {
        SignalWatcher watcher({[&] { ++calls; }, [&] { ++calls; }});
        if (i % 5 == 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    EXPECT_EQ(calls.load(), 0);
}

}  // namespace
}  // namespace signpost

#include "app/event_wait.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "util/log.h"

namespace signpost {

bool sdl_driver_waits(std::string_view driver) {
    // The drivers for which SDL 2.26 sets WaitEventTimeout and SendWakeupEvent.
    constexpr std::array<std::string_view, 4> waiting{"x11", "wayland", "windows", "cocoa"};
    return std::find(waiting.begin(), waiting.end(), driver) != waiting.end();
}

EventWait& EventWait::instance() {
    // Never destroyed: the signal thread may call wake() until the process ends.
    static EventWait* wait = new EventWait();
    return *wait;
}

EventWait::EventWait() : fd_(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}

void EventWait::start(Uint32 wake_event) {
    const char* driver = SDL_GetCurrentVideoDriver();
    sdl_waits_ = fd_ < 0 || (driver && sdl_driver_waits(driver));
    started_ = true;
    wake_event_ = wake_event;
    pushes_ = sdl_waits_;
    log_info("display", std::string("main loop waits in ") +
                            (sdl_waits_ ? "SDL_WaitEventTimeout" : "poll, pumping SDL's events") +
                            " (video driver " + (driver ? driver : "none") + ")");
}

void EventWait::stop() {
    pushes_ = false;
    wake_event_ = 0;
}

void EventWait::wake() {
    if (pushes_) {
        SDL_Event e{};
        e.type = wake_event_.load();
        if (e.type != 0) {
            SDL_PushEvent(&e);
            return;
        }
    }
    wake_for_pushed_event();
}

void EventWait::wake_for_pushed_event() {
    if (fd_ >= 0 && !pushes_) {
        const uint64_t one = 1;
        // A full counter (never, in practice) still wakes the poll: ignore EAGAIN.
        [[maybe_unused]] ssize_t n = ::write(fd_, &one, sizeof one);
    }
}

bool EventWait::sleep(std::chrono::milliseconds timeout, bool pump, SDL_Event& first) {
    const int ms = static_cast<int>(std::max<int64_t>(0, timeout.count()));
    if (sdl_waits_) {
        // At least 1 ms: SDL_WaitEventTimeout(…, 0) would wait forever.
        return SDL_WaitEventTimeout(&first, std::max(1, ms)) == 1;
    }
    pollfd p{fd_, POLLIN, 0};
    const int ready = ::poll(&p, 1, ms);
    if (ready > 0) {
        uint64_t count = 0;
        [[maybe_unused]] ssize_t n = ::read(fd_, &count, sizeof count);
        pump = true;
    } else if (ready < 0 && errno != EINTR) {
        log_warning("display", "poll on the main loop's eventfd failed");
    }
    if (pump) {
        SDL_PumpEvents();
    }
    return false;
}

}  // namespace signpost

// The main loop's wait under a video driver SDL cannot wait for (offscreen,
// as kmsdrm): it sleeps in poll on its own eventfd, and other threads wake it.
#include "app/event_wait.h"

#include <chrono>
#include <cstdlib>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace signpost {
namespace {

using namespace std::chrono_literals;

TEST(SdlDriverWaits, OnlyDriversWhoseWaitSleeps) {
    for (const char* sleeps : {"x11", "wayland"}) {
        EXPECT_TRUE(sdl_driver_waits(sleeps)) << sleeps;
    }
    for (const char* spins : {"kmsdrm", "offscreen", "dummy"}) {
        EXPECT_FALSE(sdl_driver_waits(spins)) << spins;
    }
}

class EventWaitOffscreen : public ::testing::Test {
  protected:
    void SetUp() override {
        setenv("SDL_VIDEODRIVER", "offscreen", 1);
        ASSERT_EQ(SDL_Init(SDL_INIT_VIDEO), 0) << SDL_GetError();
        wake_event_ = SDL_RegisterEvents(2);
        EventWait::instance().start(wake_event_ + 1);
    }
    void TearDown() override {
        EventWait::instance().stop();
        SDL_Quit();
    }
    Uint32 wake_event_ = 0;
};

TEST_F(EventWaitOffscreen, PumpsItselfUnderADriverThatCannotWait) {
    EXPECT_TRUE(EventWait::instance().pumps());
}

TEST_F(EventWaitOffscreen, AWakeFromAnotherThreadEndsALongWait) {
    const auto start = std::chrono::steady_clock::now();
    std::thread other([] {
        std::this_thread::sleep_for(50ms);
        EventWait::instance().wake();
    });
    int events = 0;
    EventWait::instance().wait(10s, false, [&](const SDL_Event&) { ++events; });
    other.join();
    EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
    EXPECT_EQ(events, 0);  // a wake-up carries no event here
}

TEST_F(EventWaitOffscreen, AnEventPushedByAnotherThreadIsHandedOver) {
    std::thread other([this] {
        std::this_thread::sleep_for(50ms);
        SDL_Event e{};
        e.type = wake_event_;
        e.user.code = 7;
        ASSERT_EQ(SDL_PushEvent(&e), 1);
        EventWait::instance().wake_for_pushed_event();
    });
    std::vector<Sint32> codes;
    const auto start = std::chrono::steady_clock::now();
    while (codes.empty() && std::chrono::steady_clock::now() - start < 5s) {
        EventWait::instance().wait(10s, false, [&](const SDL_Event& e) {
            if (e.type == wake_event_)
                codes.push_back(e.user.code);
        });
    }
    other.join();
    EXPECT_EQ(codes, std::vector<Sint32>{7});
}

TEST_F(EventWaitOffscreen, TimesOutWhenNothingWakesIt) {
    const auto start = std::chrono::steady_clock::now();
    EventWait::instance().wait(30ms, true, [](const SDL_Event&) {});
    EXPECT_GE(std::chrono::steady_clock::now() - start, 30ms);
}

}  // namespace
}  // namespace signpost

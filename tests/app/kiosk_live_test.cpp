// End to end, the kiosk as a service under the offscreen driver with a live
// file polled every 2 s: an evacuation written to the file reaches the
// metrics file and the screen (captured on SIGUSR1) within 3.5 s; the
// metrics file is valid Prometheus text throughout.
#include <SDL_image.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <thread>

#include "kiosk_service_support.h"
#include "util/time.h"

namespace signpost::app_test {
namespace {

std::string read_all(const fs::path& file) {
    std::ifstream in(file);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Replaced by rename, as an operator's tool should (a reader never sees half).
void write_live(const fs::path& file, const std::string& body) {
    const fs::path temp = file.string() + ".tmp";
    std::ofstream(temp) << body;
    fs::rename(temp, file);
}

bool promtool_accepts(const fs::path& file, std::string& output) {
    const std::string command = "promtool check metrics < '" + file.string() + "' 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) {
        return false;
    }
    char buffer[512];
    while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) {
        output.append(buffer, n);
    }
    return ::pclose(pipe) == 0 && output.empty();
}

// The share of the image's pixels that are the emergency page's red.
double red_share(const fs::path& png) {
    std::unique_ptr<SDL_Surface, decltype(&SDL_FreeSurface)> loaded(IMG_Load(png.c_str()),
                                                                    SDL_FreeSurface);
    if (!loaded) {
        ADD_FAILURE() << "IMG_Load " << png << ": " << IMG_GetError();
        return 0;
    }
    std::unique_ptr<SDL_Surface, decltype(&SDL_FreeSurface)> rgba(
        SDL_ConvertSurfaceFormat(loaded.get(), SDL_PIXELFORMAT_RGBA32, 0), SDL_FreeSurface);
    size_t red = 0;
    for (int y = 0; y < rgba->h; ++y) {
        const auto* row = static_cast<const Uint8*>(rgba->pixels) + y * rgba->pitch;
        for (int x = 0; x < rgba->w; ++x) {
            red += row[4 * x] > 140 && row[4 * x + 1] < 60 && row[4 * x + 2] < 70;
        }
    }
    return static_cast<double>(red) / (static_cast<double>(rgba->w) * rgba->h);
}

class KioskLive : public KioskService {
  protected:
    void start_with_live() {
        live_ = dir_ / "live.json";
        metrics_ = dir_ / "signpost.prom";
        write_live(live_, R"({"rooms": {}})");
        nlohmann::json c = good_config(15);
        c["live"] = {{"source", live_.string()}, {"poll_seconds", 2}};
        c["metrics_file"] = metrics_.string();
        write_json_file_atomically(config_path_, c);
        start();
    }
    bool metrics_say(const std::string& line) {
        return read_all(metrics_).find(line + "\n") != std::string::npos;
    }

    fs::path live_;
    fs::path metrics_;
};

TEST_F(KioskLive, AnEvacuationReachesTheMetricsAndTheScreenWithinPollPlusASecond) {
    start_with_live();
    ASSERT_TRUE(listen(10s, [&] {
        return notify_->count("READY=1") >= 1 && metrics_say("signpost_emergency_active 0") &&
               metrics_say("signpost_live_configured 1");
    })) << describe();
    std::string promtool;
    EXPECT_TRUE(promtool_accepts(metrics_, promtool)) << promtool;

    // The screen before: not the emergency page.
    const fs::path screen = dir_ / "cache" / "screen.png";
    child_->send_signal(SIGUSR1);
    ASSERT_TRUE(listen(3s, [&] { return fs::exists(screen); })) << describe();
    EXPECT_LT(red_share(screen), 0.2);
    fs::remove(screen);

    const auto changed = SteadyClock::now();
    write_live(live_, R"({"rooms": {"auditorium-hall-2": {"state": "evacuate"},
                                    "ccib-p1-room-111": {"state": "full"}}})");
    ASSERT_TRUE(listen(5s, [&] {
        return metrics_say("signpost_emergency_active 1") &&
               metrics_say("signpost_rooms_evacuating 1") && metrics_say("signpost_rooms_full 1");
    })) << describe();
    const auto in_metrics = SteadyClock::now() - changed;
    child_->send_signal(SIGUSR1);
    ASSERT_TRUE(listen(3s, [&] { return fs::exists(screen); })) << describe();
    const auto on_screen = SteadyClock::now() - changed;
    EXPECT_LT(in_metrics, 3500ms);
    // The capture itself follows the change; the page drew it before the
    // metrics said so (the loop's draw step runs before its metrics step).
    EXPECT_GT(red_share(screen), 0.5) << "the captured screen is not the emergency page";
    EXPECT_LT(on_screen, 3500ms + 1000ms);
    promtool.clear();
    EXPECT_TRUE(promtool_accepts(metrics_, promtool)) << promtool;

    // Cleared at the source: the schedule comes back.
    write_live(live_, R"({"rooms": {}})");
    EXPECT_TRUE(listen(5s, [&] { return metrics_say("signpost_emergency_active 0"); }))
        << describe();
    stop_cleanly();
}

// A "full" that nobody refreshes runs out in the kiosk itself: the file is
// left alone (reading it again confirms nothing), and the room is no longer
// full in the kiosk's view (which the pages and the metrics read) within a
// second or so of max_age_seconds after its `updated`, not before. On the
// wall clock, as on a board, and on the demo's simulated 2016, where the
// document's real `updated` is placed on the simulated time line first.
class KioskLiveExpiry : public KioskLive, public ::testing::WithParamInterface<bool> {};

TEST_P(KioskLiveExpiry, AFullStateRunsOutAfterMaxAgeWithoutARefresh) {
    const bool simulated = GetParam();
    live_ = dir_ / "live.json";
    metrics_ = dir_ / "signpost.prom";
    write_live(live_, R"({"rooms": {}})");
    nlohmann::json c = good_config(15);
    c["live"] = {{"source", live_.string()}, {"poll_seconds", 2}, {"max_age_seconds", 6}};
    ASSERT_EQ(c.contains("simulated_clock"), true) << "the demo config runs on 2016";
    if (!simulated) {
        c.erase("simulated_clock");
    }
    c["metrics_file"] = metrics_.string();
    write_json_file_atomically(config_path_, c);
    start();
    ASSERT_TRUE(listen(10s, [&] {
        return notify_->count("READY=1") >= 1 && metrics_say("signpost_rooms_full 0");
    })) << describe();

    const auto written = SteadyClock::now();
    const auto wall = std::chrono::system_clock::now();
    const std::string updated = format_iso8601_utc(std::chrono::time_point_cast<Seconds>(wall));
    write_live(live_, R"({"updated": ")" + updated +
                          R"(", "rooms": {"ccib-p1-room-111": {"state": "full"}}})");
    ASSERT_TRUE(listen(5s, [&] { return metrics_say("signpost_rooms_full 1"); })) << describe();
    // Gone within max_age + 1 s (the second it runs out) + 1.5 s of slack,
    // though the file is polled every 2 s all along.
    ASSERT_TRUE(listen(9s, [&] { return metrics_say("signpost_rooms_full 0"); })) << describe();
    const auto gone = SteadyClock::now() - written;
    EXPECT_GE(gone, 5s) << "dropped before its max_age";
    EXPECT_LT(gone, 6s + 2500ms);
    stop_cleanly();
}

INSTANTIATE_TEST_SUITE_P(Clocks, KioskLiveExpiry, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& clock) {
                             return clock.param ? "OnTheDemosSimulatedClock" : "OnTheWallClock";
                         });

}  // namespace
}  // namespace signpost::app_test

// Quiet hours in the running kiosk, on the config's simulated clock (it starts
// at the given instant and runs at real speed): the screen goes dark at the
// span's start and the service status says so, the watchdog is still pinged,
// and the sign comes back by itself at the end. The demo venue is in
// Europe/Madrid (+02:00 in late October 2016).
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>

#include "kiosk_service_support.h"

namespace signpost::app_test {
namespace {

class KioskQuietHours : public KioskService {
  protected:
    // The demo with quiet hours 23:00-07:00 and the clock starting at `start`.
    void start_at(const std::string& start, const std::string& quiet_start = "23:00",
                  const std::string& quiet_end = "07:00") {
        nlohmann::json c = good_config(15);
        c["simulated_clock"]["start"] = start;
        c["quiet_hours"] = {{"start", quiet_start}, {"end", quiet_end}};
        write_json_file_atomically(config_path_, c);
        this->start();
    }

    // The index of the first notification line for which `pred` holds, or npos.
    template <typename Pred>
    size_t first_line(Pred pred) const {
        const auto& lines = notify_->lines();
        for (size_t i = 0; i < lines.size(); ++i) {
            if (pred(lines[i]))
                return i;
        }
        return std::string::npos;
    }
    size_t pings_between(size_t from, size_t to) const {
        const auto& lines = notify_->lines();
        return static_cast<size_t>(std::count(lines.begin() + static_cast<long>(from),
                                              lines.begin() + static_cast<long>(to),
                                              std::string("WATCHDOG=1")));
    }
};

bool is_quiet_status(const std::string& line) {
    return line.rfind("STATUS=quiet hours until 07:00 (screen off); feed ", 0) == 0;
}
bool is_page_status(const std::string& line) {
    return line.rfind("STATUS=page ", 0) == 0;
}

TEST_F(KioskQuietHours, StartsDarkSaysSoKeepsPingingAndComesBackAtTheEnd) {
    // 10 s of quiet hours left: time for the start-up, two pings and more.
    start_at("2016-10-25T06:59:50+02:00");
    ASSERT_TRUE(listen(8s, [&] {
        return notify_->count("READY=1") >= 1 && has_status_containing(*notify_, "quiet hours");
    })) << describe();
    // Started in quiet hours, it still tells systemd it is up (else the unit
    // would be killed at its start timeout), and the status says why it is dark.
    const size_t quiet_at = first_line(is_quiet_status);
    ASSERT_NE(quiet_at, std::string::npos) << describe();
    EXPECT_EQ(first_line(is_page_status), std::string::npos) << "a page before 07:00\n"
                                                             << describe();
    EXPECT_NE(child_->err().find("quiet hours: screen black until 07:00"), std::string::npos)
        << describe();

    // At 07:00 the pages come back without anyone doing anything.
    ASSERT_TRUE(listen(15s, [&] { return first_line(is_page_status) != std::string::npos; }))
        << "no page after the end of quiet hours\n"
        << describe();
    const size_t page_at = first_line(is_page_status);
    EXPECT_GT(page_at, quiet_at);
    // WatchdogSec=2 asks for a ping every second: quiet hours are no stall.
    EXPECT_GE(pings_between(quiet_at, page_at), 2u) << describe();
    EXPECT_NE(child_->err().find("quiet hours over: screen on"), std::string::npos) << describe();
    EXPECT_EQ(notify_->count("READY=1"), 1u) << describe();
    // And the pings go on after.
    const size_t pings = notify_->count("WATCHDOG=1");
    EXPECT_TRUE(listen(3s, [&] { return notify_->count("WATCHDOG=1") >= pings + 2; }))
        << describe();
    ASSERT_FALSE(child_->wait(0ms).has_value()) << describe();
    stop_cleanly();
}

TEST_F(KioskQuietHours, GoesDarkAtTheStartAndStopsCleanlyWhileDark) {
    start_at("2016-10-25T22:59:52+02:00");
    ASSERT_TRUE(listen(8s, [&] { return first_line(is_page_status) != std::string::npos; }))
        << describe();
    ASSERT_TRUE(listen(12s, [&] { return first_line(is_quiet_status) != std::string::npos; }))
        << "not dark after 23:00\n"
        << describe();
    EXPECT_GT(first_line(is_quiet_status), first_line(is_page_status));
    const size_t pings = notify_->count("WATCHDOG=1");
    EXPECT_TRUE(listen(3s, [&] { return notify_->count("WATCHDOG=1") >= pings + 2; }))
        << describe();
    stop_cleanly();
}

TEST_F(KioskQuietHours, AnEmergencyIsShownEvenInQuietHours) {
    // The demo's evacuation drill is on at 15:01 on the 28th; quiet hours
    // 15:00-16:00 would hide it.
    start_at("2016-10-28T15:01:00+02:00", "15:00", "16:00");
    ASSERT_TRUE(listen(8s, [&] { return has_status(*notify_, "page 1/1;"); })) << describe();
    EXPECT_FALSE(has_status_containing(*notify_, "quiet hours")) << describe();
    stop_cleanly();
}

// "HH:MM" of the real time now in Europe/Madrid plus `hours` (the demo venue's
// zone, without the program's own time code: TZ and localtime_r).
std::string madrid_hh_mm(int hours) {
    const char* old = std::getenv("TZ");
    const std::string saved = old ? old : "";
    setenv("TZ", "Europe/Madrid", 1);
    tzset();
    const std::time_t t = std::time(nullptr) + hours * 3600;
    std::tm local{};
    localtime_r(&t, &local);
    if (old)
        setenv("TZ", saved.c_str(), 1);
    else
        unsetenv("TZ");
    tzset();
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", local.tm_hour, local.tm_min);
    return buf;
}

TEST_F(KioskQuietHours, AnUntrustedClockShowsTheSignNotADarkScreen) {
    // The system clock (no simulated one) against a feed of 2099: the clock
    // guard calls it implausible, as it would a board booted in 1970. Quiet
    // hours around the real time now must not black the screen: a board that
    // does not know the time cannot know it is night.
    std::string feed = [] {
        std::ifstream in(demo_feed());
        return std::string(std::istreambuf_iterator<char>(in), {});
    }();
    for (size_t at = feed.find("\"2016-"); at != std::string::npos;
         at = feed.find("\"2016-", at + 1)) {
        feed.replace(at, 6, "\"2099-");
    }
    {
        std::ofstream out(dir_ / "feed-2099.json");
        out << feed;
    }
    nlohmann::json c = good_config(15);
    c.erase("simulated_clock");
    c["feed"]["source"] = (dir_ / "feed-2099.json").string();
    c["quiet_hours"] = {{"start", madrid_hh_mm(-1)}, {"end", madrid_hh_mm(1)}};
    write_json_file_atomically(config_path_, c);
    start();
    ASSERT_TRUE(listen(8s, [&] {
        return notify_->count("READY=1") >= 1 && has_status(*notify_, "page 1/");
    })) << describe();
    EXPECT_FALSE(has_status_containing(*notify_, "quiet hours")) << describe();
    stop_cleanly();
}

}  // namespace
}  // namespace signpost::app_test

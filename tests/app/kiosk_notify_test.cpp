// The kiosk as a service: run headless (SDL's offscreen video driver) with a
// NOTIFY_SOCKET this test binds, as systemd would with Type=notify and
// WatchdogSec=2; then SIGHUP (reload) and SIGTERM (stop).
#include <signal.h>

#include <set>

#include "kiosk_service_support.h"

namespace signpost::app_test {
namespace {

TEST_F(KioskService, ReadyStatusWatchdogThenStopsOnSigterm) {
    start();
    const bool all = listen(5s, [&] {
        return notify_->count("READY=1") >= 1 && notify_->count_prefix("STATUS=") >= 1 &&
               notify_->count("WATCHDOG=1") >= 2;
    });
    ASSERT_TRUE(all) << describe();
    ASSERT_FALSE(child_->wait(0ms).has_value()) << "exited early\n" << describe();
    // READY comes once the first frame is up; the status says which page.
    EXPECT_EQ(notify_->count("READY=1"), 1u) << describe();
    bool page_status = false;
    for (const auto& line : notify_->lines()) {
        page_status |= line.rfind("STATUS=page 1/", 0) == 0;
    }
    EXPECT_TRUE(page_status) << describe();
    stop_cleanly();
}

// SIGNPOST_LOG=debug: the kiosk logs "drew page N/M, dwell progress P" per frame.
std::set<std::string> drawn_progress_of_page_1(const std::string& log) {
    std::set<std::string> values;
    const std::string marker = "drew page 1/";
    for (size_t at = log.find(marker); at != std::string::npos; at = log.find(marker, at + 1)) {
        const size_t p = log.find("dwell progress ", at);
        const size_t end = log.find('\n', at);
        if (p != std::string::npos && p < end) {
            values.insert(log.substr(p + 15, end - p - 15));
        }
    }
    return values;
}

TEST_F(KioskService, DwellIndicatorIsRedrawnAtEveryStep) {
    // The first page (directory) dwells at least 15 s; the indicator moves in
    // steps of about 2.5 s, so 6 s on it shows two steps past the start.
    extra_env_.emplace_back("SIGNPOST_LOG", "debug");
    start();
    ASSERT_TRUE(listen(5s, [&] { return notify_->count("READY=1") >= 1; })) << describe();
    listen(6s, [&] { return drawn_progress_of_page_1(child_->err()).size() >= 3; });
    const auto values = drawn_progress_of_page_1(child_->err());
    EXPECT_GE(values.size(), 3u) << "progress values drawn: " << values.size() << "\n"
                                 << describe();
    stop_cleanly();
}

TEST_F(KioskService, StartsWithoutItsFeedAndSaysSoInTheStatus) {
    nlohmann::json c = good_config(15);
    c["feed"]["source"] = (dir_ / "not-there-yet.json").string();
    write_json_file_atomically(config_path_, c);
    start();
    ASSERT_TRUE(listen(5s, [&] {
        return notify_->count("READY=1") >= 1 && has_status(*notify_, "page 1/");
    })) << describe();
    bool no_data = false;
    for (const auto& line : notify_->lines()) {
        no_data |= line.rfind("STATUS=", 0) == 0 && line.find("no data yet") != std::string::npos;
    }
    EXPECT_TRUE(no_data) << describe();
    stop_cleanly();
}

TEST_F(KioskService, DuringTheEvacuationDrillTheCycleIsOneEmergencyPage) {
    nlohmann::json c = good_config(15);
    c["simulated_clock"]["start"] = "2016-10-28T15:01:00+02:00";
    write_json_file_atomically(config_path_, c);
    start();
    ASSERT_TRUE(listen(5s, [&] { return has_status(*notify_, "page 1/1;"); })) << describe();
    stop_cleanly();
}

TEST_F(KioskService, NoWatchdogPingsWhenTheWatchdogIsForAnotherProcess) {
    // WATCHDOG_PID names another process (pid 1): the watchdog is not ours.
    start("1");
    ASSERT_TRUE(listen(5s, [&] { return notify_->count("READY=1") >= 1; })) << describe();
    listen(2500ms, [] { return false; });
    EXPECT_EQ(notify_->count("WATCHDOG=1"), 0u) << describe();
    stop_cleanly();
}

TEST_F(KioskService, SighupWithABadConfigIsRefusedAndAGoodOneIsLoaded) {
    start();
    ASSERT_TRUE(listen(5s, [&] { return notify_->count("READY=1") >= 1; })) << describe();

    // A broken file in place of the config: refused, and the kiosk goes on.
    nlohmann::json bad = good_config(15);
    bad["display"]["rotation"] = 45;
    bad["pages"][0]["kind"] = "agenda";
    write_json_file_atomically(config_path_, bad);
    child_->send_signal(SIGHUP);
    ASSERT_TRUE(child_->wait_for_stderr("reload refused", 3s)) << describe();
    const size_t pings = notify_->count("WATCHDOG=1");
    ASSERT_TRUE(listen(3s, [&] { return notify_->count("WATCHDOG=1") >= pings + 2; }))
        << "no watchdog pings after the refused reload\n"
        << describe();
    ASSERT_FALSE(child_->wait(0ms).has_value()) << describe();
    EXPECT_NE(child_->err().find("rotation"), std::string::npos) << "names the problem\n"
                                                                 << describe();
    EXPECT_EQ(child_->err().find("reloaded"), std::string::npos) << describe();

    // A good one: loaded.
    write_json_file_atomically(config_path_, good_config(12));
    child_->send_signal(SIGHUP);
    ASSERT_TRUE(child_->wait_for_stderr("reloaded", 3s)) << describe();
    EXPECT_TRUE(listen(2s, [&] { return notify_->count("RELOADING=1") >= 2; })) << describe();
    ASSERT_FALSE(child_->wait(0ms).has_value()) << describe();
    stop_cleanly();
}

}  // namespace
}  // namespace signpost::app_test

// The kiosk as a service: run headless (SDL's offscreen video driver) with a
// NOTIFY_SOCKET this test binds, as systemd would with Type=notify and
// WatchdogSec=2; then SIGHUP (reload) and SIGTERM (stop).
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <poll.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "app_test_support.h"

namespace signpost::app_test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// The service manager's end of sd_notify(3): a unix datagram socket.
class NotifySocket {
  public:
    explicit NotifySocket(const fs::path& path) : path_(path) {
        fd_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const std::string p = path.string();
        if (fd_ < 0 || p.size() >= sizeof addr.sun_path) {
            ADD_FAILURE() << "cannot make a socket at " << p;
            return;
        }
        std::memcpy(addr.sun_path, p.c_str(), p.size() + 1);
        if (bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            ADD_FAILURE() << "bind " << p << ": " << std::strerror(errno);
        }
    }
    ~NotifySocket() {
        if (fd_ >= 0)
            close(fd_);
    }
    NotifySocket(const NotifySocket&) = delete;
    NotifySocket& operator=(const NotifySocket&) = delete;

    // Receives the datagrams that arrive within `timeout`; each line is one entry.
    void receive(std::chrono::milliseconds timeout) {
        const auto deadline = Clock::now() + timeout;
        while (true) {
            auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
            pollfd pfd{fd_, POLLIN, 0};
            if (poll(&pfd, 1, static_cast<int>(std::max<int64_t>(0, left.count()))) <= 0) {
                return;
            }
            char buf[4096];
            ssize_t n = recv(fd_, buf, sizeof buf, 0);
            if (n <= 0) {
                return;
            }
            std::istringstream lines(std::string(buf, static_cast<size_t>(n)));
            for (std::string line; std::getline(lines, line);) {
                if (!line.empty())
                    lines_.push_back(line);
            }
        }
    }

    size_t count(const std::string& line) const {
        return static_cast<size_t>(std::count(lines_.begin(), lines_.end(), line));
    }
    size_t count_prefix(const std::string& prefix) const {
        return static_cast<size_t>(std::count_if(
            lines_.begin(), lines_.end(), [&](const auto& l) { return l.rfind(prefix, 0) == 0; }));
    }
    const std::vector<std::string>& lines() const { return lines_; }
    std::string all() const {
        std::string s;
        for (const auto& l : lines_)
            s += l + "\n";
        return s;
    }

  private:
    fs::path path_;
    int fd_ = -1;
    std::vector<std::string> lines_;
};

// A kiosk on the demo config (window 1280x720, not fullscreen) in its own
// folder, talking to its own notify socket.
class KioskService : public ::testing::Test {
  protected:
    void SetUp() override {
        config_path_ = dir_ / "kiosk.json";
        write_json_file_atomically(config_path_, good_config(15));
        notify_ = std::make_unique<NotifySocket>(dir_ / "notify");
    }

    nlohmann::json good_config(int dwell) const {
        nlohmann::json c = demo_config_json(dir_ / "cache");
        c["display"]["width"] = 1280;
        c["display"]["height"] = 720;
        c["pages"][0]["dwell_seconds"] = dwell;
        return c;
    }

    // `watchdog_pid`: nullopt gives the child its own pid, as systemd does.
    void start(std::optional<std::string> watchdog_pid = std::nullopt) {
        EnvChanges env{{"SDL_VIDEODRIVER", "offscreen"},
                       {"NOTIFY_SOCKET", (dir_ / "notify").string()},
                       {"WATCHDOG_USEC", "2000000"}};
        if (watchdog_pid) {
            env.emplace_back("WATCHDOG_PID", *watchdog_pid);
        }
        env.insert(env.end(), extra_env_.begin(), extra_env_.end());
        child_ = std::make_unique<ChildProcess>(
            std::vector<std::string>{"--config", config_path_.string(), "--windowed"}, env,
            /*watchdog_pid_self=*/!watchdog_pid);
    }

    // Receives notifications and reads the child's output for `duration`,
    // or until `done` says so.
    template <typename Done>
    bool listen(std::chrono::milliseconds duration, Done done) {
        const auto deadline = Clock::now() + duration;
        while (Clock::now() < deadline) {
            notify_->receive(50ms);
            child_->pump(0ms);
            if (done()) {
                return true;
            }
            if (child_->wait(0ms)) {
                return done();  // it exited: nothing more will come
            }
        }
        return done();
    }

    std::string describe() const {
        return "notifications:\n" + notify_->all() + "stderr:\n" + child_->err();
    }

    // SIGTERM, then the exit must follow within a second with status 0.
    void stop_cleanly() {
        child_->send_signal(SIGTERM);
        const auto sent = Clock::now();
        auto status = child_->wait(1000ms);
        ASSERT_TRUE(status.has_value()) << "still running 1 s after SIGTERM\n" << describe();
        const auto took =
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - sent);
        ASSERT_TRUE(WIFEXITED(*status)) << "killed by signal " << WTERMSIG(*status) << "\n"
                                        << describe();
        EXPECT_EQ(WEXITSTATUS(*status), 0) << describe();
        EXPECT_LT(took.count(), 1000);
        notify_->receive(100ms);
        EXPECT_EQ(notify_->count("STOPPING=1"), 1u) << describe();
    }

    TempDir dir_;
    EnvChanges extra_env_;
    fs::path config_path_;
    std::unique_ptr<NotifySocket> notify_;
    std::unique_ptr<ChildProcess> child_;
};

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

bool has_status(const NotifySocket& notify, const std::string& prefix) {
    for (const auto& line : notify.lines()) {
        if (line.rfind("STATUS=" + prefix, 0) == 0)
            return true;
    }
    return false;
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

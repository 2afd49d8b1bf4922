// The kiosk run as a service in the tests: the built program under SDL's
// offscreen video driver, with a NOTIFY_SOCKET the test binds (as systemd
// would with Type=notify and WatchdogSec=2), and the checks on what it says.
#pragma once

#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <poll.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <sstream>

#include <gtest/gtest.h>

#include "app_test_support.h"

namespace signpost::app_test {

namespace fs = std::filesystem;
using SteadyClock = std::chrono::steady_clock;

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
        const auto deadline = SteadyClock::now() + timeout;
        while (true) {
            auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - SteadyClock::now());
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
                if (!line.empty()) {
                    lines_.push_back(line);
                    arrivals_.push_back(SteadyClock::now());
                }
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
    // When each `line` was received, in order.
    std::vector<SteadyClock::time_point> arrivals(const std::string& line) const {
        std::vector<SteadyClock::time_point> out;
        for (size_t i = 0; i < lines_.size(); ++i) {
            if (lines_[i] == line) {
                out.push_back(arrivals_[i]);
            }
        }
        return out;
    }
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
    std::vector<SteadyClock::time_point> arrivals_;  // one per line
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
        child_ = start_signpost({"--config", config_path_.string(), "--windowed"}, env,
                                /*watchdog_pid_self=*/!watchdog_pid);
    }

    // Receives notifications and reads the child's output for `duration`,
    // or until `done` says so.
    template <typename Done>
    bool listen(std::chrono::milliseconds duration, Done done) {
        const auto deadline = SteadyClock::now() + duration;
        while (SteadyClock::now() < deadline) {
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
        const auto sent = SteadyClock::now();
        auto status = child_->wait(1000ms);
        ASSERT_TRUE(status.has_value()) << "still running 1 s after SIGTERM\n" << describe();
        const auto took =
            std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - sent);
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

// Whether some STATUS= line starts with `prefix`.
inline bool has_status(const NotifySocket& notify, const std::string& prefix) {
    for (const auto& line : notify.lines()) {
        if (line.rfind("STATUS=" + prefix, 0) == 0)
            return true;
    }
    return false;
}

// Whether some STATUS= line contains `text`.
inline bool has_status_containing(const NotifySocket& notify, const std::string& text) {
    for (const auto& line : notify.lines()) {
        if (line.rfind("STATUS=", 0) == 0 && line.find(text) != std::string::npos)
            return true;
    }
    return false;
}

}  // namespace signpost::app_test

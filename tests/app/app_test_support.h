// Helpers for the tests that run the built program as a subprocess: start it
// with pipes on stdout/stderr and a chosen environment, wait for it with a
// timeout (it is killed when the timeout passes), temp folders, and the paths
// of the program, the demo and the fixtures.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace signpost::app_test {

using namespace std::chrono_literals;

std::filesystem::path program_path();                     // the built signpost
std::filesystem::path source_dir();                       // the repository
std::filesystem::path app_data(const std::string& name);  // tests/data/app/NAME
std::filesystem::path demo_config();                      // config/demo.json
std::filesystem::path demo_feed();                        // assets/demo-feed.json

// Environment changes for a child: value nullopt removes the variable.
using EnvChanges = std::vector<std::pair<std::string, std::optional<std::string>>>;

// A running child. Owns its pid: the destructor kills (SIGKILL) and reaps a
// child that is still running, so a failed assertion never leaves one behind.
class ChildProcess {
  public:
    // `watchdog_pid_self`: the child gets WATCHDOG_PID=<its own pid>, which
    // sd_watchdog_enabled() requires and which only the child can know.
    ChildProcess(const std::vector<std::string>& args, const EnvChanges& env,
                 bool watchdog_pid_self = false);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return pid_; }
    // Reads whatever output arrives within `max_wait` into out()/err().
    void pump(std::chrono::milliseconds max_wait);
    const std::string& out() const { return out_; }
    const std::string& err() const { return err_; }

    // Waits for the exit, reading output meanwhile. The raw wait status, or
    // nullopt when `timeout` passed first (the child keeps running).
    std::optional<int> wait(std::chrono::milliseconds timeout);
    // Pumps output until err() contains `needle` or `timeout` passes.
    bool wait_for_stderr(const std::string& needle, std::chrono::milliseconds timeout);
    void send_signal(int sig) const;

  private:
    void close_pipes();

    pid_t pid_ = -1;
    int out_fd_ = -1;
    int err_fd_ = -1;
    std::optional<int> status_;
    std::string out_;
    std::string err_;
};

struct RunResult {
    int exit_code = -1;  // -1 when killed by a signal or timed out
    bool timed_out = false;
    std::string out;
    std::string err;
    // For failure messages.
    std::string describe() const;
};

// Runs the program to its end (killed after `timeout`).
RunResult run_signpost(const std::vector<std::string>& args,
                       std::chrono::milliseconds timeout = 30s, const EnvChanges& env = {});

// A fresh folder under the system temp folder, removed with everything in it.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  private:
    std::filesystem::path path_;
};

nlohmann::json read_json_file(const std::filesystem::path& file);
// Writes to a sibling file and renames it over `file`, so a reader never sees half.
void write_json_file_atomically(const std::filesystem::path& file, const nlohmann::json& value);

// The demo config with its relative paths made absolute (feed, cache) so that
// a copy works from any folder; `cache_dir` is where a network feed would be cached.
nlohmann::json demo_config_json(const std::filesystem::path& cache_dir);

}  // namespace signpost::app_test

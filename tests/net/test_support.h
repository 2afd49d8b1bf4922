// Helpers for the feed client tests: temp folders, child processes (servers
// the tests start themselves on 127.0.0.1 and always stop), log capture, and
// small file utilities. Everything is bounded in time.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "config/location_config.h"
#include "net/feed_status.h"

namespace signpost::test {

std::filesystem::path net_data(const std::string& name);  // tests/data/net/NAME
std::string slurp(const std::filesystem::path& path);     // whole file; "" if unreadable
void write_file(const std::filesystem::path& path, const std::string& bytes);

// A fresh folder under $TMPDIR (or /tmp), removed with its content at the end.
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

// A child process started with fork/exec. stop(): SIGTERM, then SIGKILL after
// `grace`; the destructor stops it too. Only ever signals its own pid.
class ChildProcess {
  public:
    // argv[0] must be an absolute path. `capture_stdout`: the child's stdout goes to a pipe read by
    // read_line().
    // `output_file`, when given and not capturing: stdout and stderr are appended there.
    ChildProcess(const std::vector<std::string>& argv, bool capture_stdout = false,
                 const std::string& output_file = "");
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return pid_; }
    bool running();
    // One line of stdout, waiting at most `timeout`; nullopt on timeout or EOF.
    std::optional<std::string> read_line(std::chrono::milliseconds timeout);
    // Waits for the child to exit by itself; its wait status, or nullopt on timeout.
    std::optional<int> wait_exit(std::chrono::milliseconds timeout);
    // Sends `signal` and reaps; returns the wait status, or -1 if it was not running.
    int kill_and_wait(int signal, std::chrono::milliseconds grace = std::chrono::seconds(3));
    void stop() { kill_and_wait(15); }

  private:
    pid_t pid_ = -1;
    int stdout_fd_ = -1;
    std::string buffer_;
};

// Runs a command to completion (at most `timeout`) with its output appended to
// `output_file`; returns its exit status or -1.
int run_command(const std::vector<std::string>& argv, const std::string& output_file,
                std::chrono::milliseconds timeout = std::chrono::seconds(30));

// A port that was free a moment ago on 127.0.0.1 (for servers that cannot be
// told to pick one; callers retry if it was taken in between).
int free_port();
// True once a TCP connect to 127.0.0.1:port succeeds, false after `timeout`.
bool wait_for_port(int port, std::chrono::milliseconds timeout);

// One blocking GET through the fetcher with default settings; returns the body
// ("" on failure). For talking to the test servers' control paths.
std::string http_get(const std::string& url);

// Collects log lines while alive (the log sink is process-wide; tests run one
// at a time in a test program).
class LogCapture {
  public:
    LogCapture();
    ~LogCapture();
    std::vector<std::string> lines() const;
    bool contains(const std::string& text) const;
    std::string joined() const;

  private:
    mutable std::mutex mutex_;
    std::vector<std::string> lines_;
};

// A config for `feed` with the cache in `cache_dir` and short timeouts.
LocationConfig make_config(const std::string& feed, const std::filesystem::path& cache_dir);

// The session ids of a schedule, sorted, joined by ','; "" for null.
std::string session_ids(const ScheduleSnapshot& schedule);

// FeedUpdates collected from a worker's callback (any thread).
class UpdateLog {
  public:
    void add(FeedUpdate update);
    // Waits until `pred` holds for some update received so far; returns it.
    std::optional<FeedUpdate> wait_for(const std::function<bool(const FeedUpdate&)>& pred,
                                       std::chrono::milliseconds timeout);
    std::vector<FeedUpdate> all() const;

  private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<FeedUpdate> updates_;
};

}  // namespace signpost::test

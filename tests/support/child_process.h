// Child processes for the tests: the built program, and the servers and tools
// the network tests start themselves on 127.0.0.1. A ChildProcess owns its pid
// and only ever signals that pid; its destructor stops a child that is still
// running, so a failed assertion never leaves one behind, and the child dies
// with the test program (PR_SET_PDEATHSIG). Every wait is bounded in time.
#pragma once

#include <signal.h>
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace signpost::test {

// Environment changes for a child: value nullopt removes the variable.
using EnvChanges = std::vector<std::pair<std::string, std::optional<std::string>>>;

struct ChildOptions {
    // Where the child's output goes. capture: stdout and stderr into out()
    // and err() (read_line() reads stdout); capture_stdout: stdout only, stderr
    // stays the test's; file: both appended to output_file; inherit: the test's.
    enum class Output { capture, capture_stdout, file, inherit };
    Output output = Output::capture;
    std::filesystem::path output_file;
    // On top of the test's environment, less the variables that would make the
    // child talk to a service manager or log elsewhere (NOTIFY_SOCKET, ...).
    EnvChanges env;
    // The child gets WATCHDOG_PID=<its own pid>, which sd_watchdog_enabled()
    // requires and which only the child can know.
    bool watchdog_pid_self = false;
    // What stop() and the destructor send first; SIGKILL follows after 3 s.
    int stop_signal = SIGKILL;
};

class ChildProcess {
  public:
    // argv[0] must be an absolute path: there is no PATH search after fork.
    explicit ChildProcess(const std::vector<std::string>& argv, ChildOptions options = {});
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return pid_; }
    bool running();

    // Reads whatever output arrives within `max_wait` into out()/err().
    void pump(std::chrono::milliseconds max_wait);
    const std::string& out() const { return out_; }
    const std::string& err() const { return err_; }
    // The next line of stdout not yet returned, waiting at most `timeout`;
    // nullopt on timeout or end of output.
    std::optional<std::string> read_line(std::chrono::milliseconds timeout);
    // Pumps output until err() contains `needle` or `timeout` passes.
    bool wait_for_stderr(const std::string& needle, std::chrono::milliseconds timeout);

    // Waits for the exit, reading output meanwhile. The raw wait status, or
    // nullopt when `timeout` passed first (the child keeps running).
    std::optional<int> wait(std::chrono::milliseconds timeout);
    void send_signal(int sig) const;
    // Sends `sig`, then SIGKILL after `grace`; the wait status, or -1 when the
    // child had already been reaped.
    int kill_and_wait(int sig, std::chrono::milliseconds grace = std::chrono::seconds(3));
    void stop() { kill_and_wait(stop_signal_); }

  private:
    void close_pipes();

    pid_t pid_ = -1;
    int stop_signal_ = SIGKILL;
    int out_fd_ = -1;
    int err_fd_ = -1;
    std::optional<int> status_;
    std::string out_;
    std::string err_;
    size_t line_start_ = 0;  // where read_line() goes on in out_
};

// Runs argv to its end (killed after `timeout`) with stdout and stderr
// appended to `output_file`; its exit code, or -1 when killed or timed out.
int run_command(const std::vector<std::string>& argv, const std::filesystem::path& output_file,
                std::chrono::milliseconds timeout = std::chrono::seconds(30));

}  // namespace signpost::test

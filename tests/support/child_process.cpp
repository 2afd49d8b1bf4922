#include "support/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace signpost::test {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// Variables that would change how the child logs or talks to a service
// manager if the test itself ran under one; a test that wants them sets them.
const char* const kScrubbed[] = {"NOTIFY_SOCKET",  "WATCHDOG_USEC", "WATCHDOG_PID",
                                 "JOURNAL_STREAM", "SIGNPOST_LOG",  "SIGNPOST_DATA_DIR"};

std::vector<std::string> child_environment(const EnvChanges& changes) {
    std::map<std::string, std::string> env;
    for (char** e = environ; *e; ++e) {
        std::string entry(*e);
        auto eq = entry.find('=');
        if (eq != std::string::npos) {
            env[entry.substr(0, eq)] = entry.substr(eq + 1);
        }
    }
    for (const char* name : kScrubbed) {
        env.erase(name);
    }
    for (const auto& [name, value] : changes) {
        if (value) {
            env[name] = *value;
        } else {
            env.erase(name);
        }
    }
    std::vector<std::string> out;
    for (const auto& [name, value] : env) {
        out.push_back(name + "=" + value);
    }
    return out;
}

// Async-signal-safe: writes the decimal digits of `value` into `buf`.
void write_decimal(char* buf, long value) {
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 23);
    for (int i = 0; i < n; ++i) {
        buf[i] = digits[n - 1 - i];
    }
    buf[n] = '\0';
}

// Appends what `fd` has to `into`; closes it (fd = -1) at its end.
bool read_some(int& fd, std::string& into) {
    if (fd < 0) {
        return false;
    }
    char buf[65536];
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n > 0) {
        into.append(buf, static_cast<size_t>(n));
        return true;
    }
    if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        ::close(fd);
        fd = -1;
    }
    return false;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (auto& s : strings) {
        out.push_back(s.data());
    }
    return out;
}

}  // namespace

ChildProcess::ChildProcess(const std::vector<std::string>& argv, ChildOptions options)
    : stop_signal_(options.stop_signal) {
    using Output = ChildOptions::Output;
    // Everything the child needs is built before fork: between fork and exec
    // only async-signal-safe calls are allowed (the test program has threads).
    std::vector<std::string> env_strings = child_environment(options.env);
    std::string watchdog_entry = "WATCHDOG_PID=" + std::string(24, '\0');
    std::vector<char*> envp = pointers(env_strings);
    if (options.watchdog_pid_self) {
        envp.push_back(watchdog_entry.data());
    }
    envp.push_back(nullptr);
    std::vector<std::string> argv_strings = argv;
    std::vector<char*> args = pointers(argv_strings);
    args.push_back(nullptr);

    const bool pipe_out =
        options.output == Output::capture || options.output == Output::capture_stdout;
    const bool pipe_err = options.output == Output::capture;
    int out_pipe[2] = {-1, -1};
    int err_pipe[2] = {-1, -1};
    if ((pipe_out && ::pipe2(out_pipe, O_CLOEXEC) != 0) ||
        (pipe_err && ::pipe2(err_pipe, O_CLOEXEC) != 0)) {
        throw std::runtime_error(std::string("pipe2: ") + std::strerror(errno));
    }
    int file_fd = -1;
    if (options.output == Output::file) {
        file_fd =
            ::open(options.output_file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    }
    const pid_t parent = ::getpid();
    pid_ = ::fork();
    if (pid_ < 0) {
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    }
    if (pid_ == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) {
            ::_exit(127);  // the test program died before the line above
        }
        if (pipe_out) {
            ::dup2(out_pipe[1], STDOUT_FILENO);
        }
        if (pipe_err) {
            ::dup2(err_pipe[1], STDERR_FILENO);
        }
        if (file_fd >= 0) {
            ::dup2(file_fd, STDOUT_FILENO);
            ::dup2(file_fd, STDERR_FILENO);
        }
        // The test program may have signals blocked or ignored; the child starts clean.
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        signal(SIGPIPE, SIG_DFL);
        if (options.watchdog_pid_self) {
            write_decimal(watchdog_entry.data() + 13, static_cast<long>(::getpid()));
        }
        ::execve(args[0], args.data(), envp.data());
        ::_exit(127);
    }
    if (pipe_out) {
        ::close(out_pipe[1]);
        out_fd_ = out_pipe[0];
        ::fcntl(out_fd_, F_SETFL, O_NONBLOCK);
    }
    if (pipe_err) {
        ::close(err_pipe[1]);
        err_fd_ = err_pipe[0];
        ::fcntl(err_fd_, F_SETFL, O_NONBLOCK);
    }
    if (file_fd >= 0) {
        ::close(file_fd);
    }
}

ChildProcess::~ChildProcess() {
    stop();
    close_pipes();
}

void ChildProcess::close_pipes() {
    if (out_fd_ >= 0) {
        ::close(out_fd_);
    }
    if (err_fd_ >= 0) {
        ::close(err_fd_);
    }
    out_fd_ = err_fd_ = -1;
}

bool ChildProcess::running() {
    if (status_ || pid_ <= 0) {
        return false;
    }
    int st = 0;
    if (::waitpid(pid_, &st, WNOHANG) == pid_) {
        status_ = st;
        return false;
    }
    return true;
}

void ChildProcess::pump(std::chrono::milliseconds max_wait) {
    const auto deadline = Clock::now() + max_wait;
    do {
        if (out_fd_ < 0 && err_fd_ < 0) {
            return;
        }
        pollfd fds[2] = {{out_fd_, POLLIN, 0}, {err_fd_, POLLIN, 0}};
        auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
        int ready = ::poll(fds, 2, static_cast<int>(std::max<int64_t>(0, left.count())));
        if (ready <= 0) {
            return;
        }
        bool got = false;
        if (fds[0].revents != 0) {
            got |= read_some(out_fd_, out_);
        }
        if (fds[1].revents != 0) {
            got |= read_some(err_fd_, err_);
        }
        if (got) {
            return;  // new output: let the caller look at it
        }
    } while (Clock::now() < deadline);
}

std::optional<std::string> ChildProcess::read_line(std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (true) {
        if (auto nl = out_.find('\n', line_start_); nl != std::string::npos) {
            std::string line = out_.substr(line_start_, nl - line_start_);
            line_start_ = nl + 1;
            return line;
        }
        if (out_fd_ < 0 || Clock::now() >= deadline) {
            return std::nullopt;
        }
        pump(std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()));
    }
}

bool ChildProcess::wait_for_stderr(const std::string& needle, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (err_.find(needle) == std::string::npos) {
        if (Clock::now() >= deadline) {
            return false;
        }
        pump(std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()));
    }
    return true;
}

std::optional<int> ChildProcess::wait(std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (!status_) {
        if (pid_ <= 0) {
            return std::nullopt;
        }
        int st = 0;
        if (::waitpid(pid_, &st, WNOHANG) == pid_) {
            status_ = st;
            break;
        }
        if (Clock::now() >= deadline) {
            return std::nullopt;
        }
        const auto step = std::min<std::chrono::milliseconds>(
            20ms, std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()));
        if (out_fd_ < 0 && err_fd_ < 0) {
            std::this_thread::sleep_for(std::min<std::chrono::milliseconds>(step, 5ms));
        } else {
            pump(step);
        }
    }
    // The pipes hold what the child wrote last; read them to the end (a
    // grandchild that kept them open gets two seconds).
    const auto drain_deadline = Clock::now() + 2s;
    while ((out_fd_ >= 0 || err_fd_ >= 0) && Clock::now() < drain_deadline) {
        pump(200ms);
    }
    close_pipes();
    return status_;
}

void ChildProcess::send_signal(int sig) const {
    if (!status_ && pid_ > 0) {
        ::kill(pid_, sig);
    }
}

int ChildProcess::kill_and_wait(int sig, std::chrono::milliseconds grace) {
    if (status_ || pid_ <= 0) {
        return -1;
    }
    ::kill(pid_, sig);
    if (auto st = wait(grace)) {
        return *st;
    }
    ::kill(pid_, SIGKILL);
    int st = 0;
    ::waitpid(pid_, &st, 0);
    status_ = st;
    close_pipes();
    return st;
}

int run_command(const std::vector<std::string>& argv, const std::filesystem::path& output_file,
                std::chrono::milliseconds timeout) {
    ChildOptions options;
    options.output = ChildOptions::Output::file;
    options.output_file = output_file;
    ChildProcess child(argv, options);
    if (auto st = child.wait(timeout)) {
        return WIFEXITED(*st) ? WEXITSTATUS(*st) : -1;
    }
    return -1;  // the destructor kills it
}

}  // namespace signpost::test

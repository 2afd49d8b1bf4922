#include "app_test_support.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace signpost::app_test {
namespace {

namespace fs = std::filesystem;
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

bool read_some(int& fd, std::string& into) {
    if (fd < 0) {
        return false;
    }
    char buf[65536];
    ssize_t n = read(fd, buf, sizeof buf);
    if (n > 0) {
        into.append(buf, static_cast<size_t>(n));
        return true;
    }
    if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        close(fd);
        fd = -1;
    }
    return false;
}

}  // namespace

fs::path program_path() {
    return fs::path(SIGNPOST_BINARY_DIR) / "src" / "signpost";
}
fs::path source_dir() {
    return SIGNPOST_SOURCE_DIR;
}
fs::path app_data(const std::string& name) {
    return fs::path(SIGNPOST_TEST_DATA) / "app" / name;
}
fs::path demo_config() {
    return source_dir() / "config" / "demo.json";
}
fs::path demo_feed() {
    return source_dir() / "assets" / "demo-feed.json";
}

ChildProcess::ChildProcess(const std::vector<std::string>& args, const EnvChanges& env,
                           bool watchdog_pid_self) {
    // Everything the child needs is built before fork: between fork and exec
    // only async-signal-safe calls are allowed (the test program has threads).
    std::vector<std::string> env_strings = child_environment(env);
    std::string watchdog_entry = "WATCHDOG_PID=" + std::string(24, '\0');
    std::vector<char*> envp;
    for (auto& e : env_strings) {
        envp.push_back(e.data());
    }
    if (watchdog_pid_self) {
        envp.push_back(watchdog_entry.data());
    }
    envp.push_back(nullptr);
    std::string program = program_path().string();
    std::vector<std::string> argv_strings{program};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_strings) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);

    int out_pipe[2];
    int err_pipe[2];
    if (pipe2(out_pipe, O_CLOEXEC) != 0 || pipe2(err_pipe, O_CLOEXEC) != 0) {
        throw std::runtime_error(std::string("pipe2: ") + std::strerror(errno));
    }
    pid_ = fork();
    if (pid_ < 0) {
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    }
    if (pid_ == 0) {
        dup2(out_pipe[1], STDOUT_FILENO);
        dup2(err_pipe[1], STDERR_FILENO);
        // The test program may have signals blocked or ignored; the child starts clean.
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        signal(SIGPIPE, SIG_DFL);
        if (watchdog_pid_self) {
            write_decimal(watchdog_entry.data() + 13, static_cast<long>(getpid()));
        }
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    close(out_pipe[1]);
    close(err_pipe[1]);
    out_fd_ = out_pipe[0];
    err_fd_ = err_pipe[0];
    fcntl(out_fd_, F_SETFL, O_NONBLOCK);
    fcntl(err_fd_, F_SETFL, O_NONBLOCK);
}

ChildProcess::~ChildProcess() {
    if (!status_ && pid_ > 0) {
        kill(pid_, SIGKILL);
        int st = 0;
        waitpid(pid_, &st, 0);
    }
    close_pipes();
}

void ChildProcess::close_pipes() {
    if (out_fd_ >= 0)
        close(out_fd_);
    if (err_fd_ >= 0)
        close(err_fd_);
    out_fd_ = err_fd_ = -1;
}

void ChildProcess::pump(std::chrono::milliseconds max_wait) {
    const auto deadline = Clock::now() + max_wait;
    do {
        pollfd fds[2] = {{out_fd_, POLLIN, 0}, {err_fd_, POLLIN, 0}};
        if (out_fd_ < 0 && err_fd_ < 0) {
            return;
        }
        auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
        int ready = poll(fds, 2, static_cast<int>(std::max<int64_t>(0, left.count())));
        if (ready <= 0) {
            return;
        }
        bool got = false;
        if (fds[0].revents != 0)
            got |= read_some(out_fd_, out_);
        if (fds[1].revents != 0)
            got |= read_some(err_fd_, err_);
        if (got) {
            return;  // new output: let the caller look at it
        }
    } while (Clock::now() < deadline);
}

std::optional<int> ChildProcess::wait(std::chrono::milliseconds timeout) {
    if (status_) {
        return status_;
    }
    const auto deadline = Clock::now() + timeout;
    while (true) {
        int st = 0;
        pid_t r = waitpid(pid_, &st, WNOHANG);
        if (r == pid_) {
            status_ = st;
            // The pipes hold what the child wrote last; read them to the end.
            while (out_fd_ >= 0 || err_fd_ >= 0) {
                pump(200ms);
                if (Clock::now() > deadline + 2s)
                    break;
            }
            close_pipes();
            return status_;
        }
        if (Clock::now() >= deadline) {
            return std::nullopt;
        }
        pump(std::min<std::chrono::milliseconds>(
            20ms, std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now())));
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

void ChildProcess::send_signal(int sig) const {
    if (!status_ && pid_ > 0) {
        kill(pid_, sig);
    }
}

std::string RunResult::describe() const {
    std::ostringstream s;
    s << "exit code " << exit_code << (timed_out ? " (timed out)" : "") << "\n--- stdout ---\n"
      << out.substr(0, 4000) << "\n--- stderr ---\n"
      << err.substr(0, 4000);
    return s.str();
}

RunResult run_signpost(const std::vector<std::string>& args, std::chrono::milliseconds timeout,
                       const EnvChanges& env) {
    ChildProcess child(args, env);
    RunResult r;
    auto status = child.wait(timeout);
    if (!status) {
        r.timed_out = true;
        child.send_signal(SIGKILL);
        status = child.wait(5s);
    }
    if (status && WIFEXITED(*status)) {
        r.exit_code = WEXITSTATUS(*status);
    }
    r.out = child.out();
    r.err = child.err();
    return r;
}

TempDir::TempDir() {
    std::string pattern = (fs::temp_directory_path() / "signpost-app-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        throw std::runtime_error(std::string("mkdtemp: ") + std::strerror(errno));
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

nlohmann::json read_json_file(const fs::path& file) {
    std::ifstream in(file);
    if (!in) {
        throw std::runtime_error("cannot read " + file.string());
    }
    return nlohmann::json::parse(in);
}

void write_json_file_atomically(const fs::path& file, const nlohmann::json& value) {
    fs::path tmp = file;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << value.dump(2) << "\n";
        if (!out) {
            throw std::runtime_error("cannot write " + tmp.string());
        }
    }
    fs::rename(tmp, file);
}

nlohmann::json demo_config_json(const fs::path& cache_dir) {
    nlohmann::json config = read_json_file(demo_config());
    config["feed"]["source"] = demo_feed().string();
    config["cache_dir"] = cache_dir.string();
    return config;
}

}  // namespace signpost::app_test

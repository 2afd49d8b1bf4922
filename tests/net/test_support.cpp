#include "test_support.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "net/http_fetcher.h"
#include "util/log.h"

namespace signpost::test {
namespace fs = std::filesystem;
using namespace std::chrono_literals;

fs::path net_data(const std::string& name) {
    return fs::path(SIGNPOST_TEST_DATA) / "net" / name;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

TempDir::TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/signpost-net-XXXXXX";
    if (!::mkdtemp(pattern.data())) {
        throw std::runtime_error("mkdtemp failed");
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

ChildProcess::ChildProcess(const std::vector<std::string>& argv, bool capture_stdout,
                           const std::string& output_file) {
    int pipe_fds[2] = {-1, -1};
    if (capture_stdout && ::pipe2(pipe_fds, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    std::vector<char*> args;
    for (const auto& a : argv) {
        args.push_back(const_cast<char*>(a.c_str()));
    }
    args.push_back(nullptr);
    int output_fd = -1;
    if (!capture_stdout && !output_file.empty()) {
        output_fd = ::open(output_file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    }
    const pid_t parent = ::getpid();
    pid_ = ::fork();
    if (pid_ < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid_ == 0) {
        // Dies with the test program, so a crashed test leaves no server behind.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) {
            ::_exit(127);
        }
        if (capture_stdout) {
            ::dup2(pipe_fds[1], STDOUT_FILENO);
        } else if (output_fd >= 0) {
            ::dup2(output_fd, STDOUT_FILENO);
            ::dup2(output_fd, STDERR_FILENO);
        }
        ::execv(args[0], args.data());  // absolute paths only: no PATH search after fork
        ::_exit(127);
    }
    if (capture_stdout) {
        ::close(pipe_fds[1]);
        stdout_fd_ = pipe_fds[0];
    }
    if (output_fd >= 0) {
        ::close(output_fd);
    }
}

ChildProcess::~ChildProcess() {
    stop();
    if (stdout_fd_ >= 0) {
        ::close(stdout_fd_);
    }
}

bool ChildProcess::running() {
    if (pid_ <= 0) {
        return false;
    }
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return false;
    }
    return true;
}

std::optional<std::string> ChildProcess::read_line(std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        if (auto nl = buffer_.find('\n'); nl != std::string::npos) {
            std::string line = buffer_.substr(0, nl);
            buffer_.erase(0, nl + 1);
            return line;
        }
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (stdout_fd_ < 0 || left <= 0ms) {
            return std::nullopt;
        }
        pollfd p{stdout_fd_, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) {
            continue;
        }
        char chunk[512];
        ssize_t n = ::read(stdout_fd_, chunk, sizeof chunk);
        if (n <= 0) {
            return std::nullopt;
        }
        buffer_.append(chunk, static_cast<size_t>(n));
    }
}

std::optional<int> ChildProcess::wait_exit(std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (pid_ > 0) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return status;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            return std::nullopt;
        }
        std::this_thread::sleep_for(5ms);
    }
    return std::nullopt;
}

int ChildProcess::kill_and_wait(int signal, std::chrono::milliseconds grace) {
    if (pid_ <= 0) {
        return -1;
    }
    ::kill(pid_, signal);
    if (auto status = wait_exit(grace)) {
        return *status;
    }
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
}

int run_command(const std::vector<std::string>& argv, const std::string& output_file,
                std::chrono::milliseconds timeout) {
    ChildProcess child(argv, false, output_file);
    if (auto status = child.wait_exit(timeout)) {
        return WIFEXITED(*status) ? WEXITSTATUS(*status) : -1;
    }
    return -1;  // the destructor kills it
}

int free_port() {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        throw std::runtime_error("cannot find a free port");
    }
    ::close(fd);
    return ntohs(addr.sin_port);
}

bool wait_for_port(int port, std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(static_cast<uint16_t>(port));
        bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
        ::close(fd);
        if (connected) {
            return true;
        }
        std::this_thread::sleep_for(10ms);
    }
    return false;
}

std::string http_get(const std::string& url) {
    HttpFetcher fetcher;
    HttpRequest request;
    request.url = url;
    request.total_timeout = Seconds{5};
    HttpResponse response = fetcher.fetch(request);
    return response.kind == HttpResponse::Kind::ok ? response.body : std::string();
}

LogCapture::LogCapture() {
    set_log_sink([this](LogLevel, std::string_view line) {
        std::lock_guard lock(mutex_);
        lines_.emplace_back(line);
    });
}

LogCapture::~LogCapture() {
    set_log_sink({});
}

std::vector<std::string> LogCapture::lines() const {
    std::lock_guard lock(mutex_);
    return lines_;
}

bool LogCapture::contains(const std::string& text) const {
    return joined().find(text) != std::string::npos;
}

std::string LogCapture::joined() const {
    std::string all;
    for (const auto& line : lines()) {
        all += line + "\n";
    }
    return all;
}

LocationConfig make_config(const std::string& feed, const fs::path& cache_dir) {
    LocationConfig config;
    config.feed = feed;
    config.cache_dir = cache_dir;
    config.fetch.connect_timeout = Seconds{3};
    config.fetch.total_timeout = Seconds{5};
    return config;
}

std::string session_ids(const ScheduleSnapshot& schedule) {
    if (!schedule) {
        return "";
    }
    std::vector<std::string> ids;
    for (const auto& session : schedule->sessions()) {
        ids.push_back(session.id);
    }
    std::sort(ids.begin(), ids.end());
    std::string out;
    for (const auto& id : ids) {
        out += (out.empty() ? "" : ",") + id;
    }
    return out;
}

void UpdateLog::add(FeedUpdate update) {
    {
        std::lock_guard lock(mutex_);
        updates_.push_back(std::move(update));
    }
    changed_.notify_all();
}

std::optional<FeedUpdate> UpdateLog::wait_for(const std::function<bool(const FeedUpdate&)>& pred,
                                              std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    std::optional<FeedUpdate> found;
    changed_.wait_for(lock, timeout, [&] {
        for (const auto& update : updates_) {
            if (pred(update)) {
                found = update;
                return true;
            }
        }
        return false;
    });
    return found;
}

std::vector<FeedUpdate> UpdateLog::all() const {
    std::lock_guard lock(mutex_);
    return updates_;
}

}  // namespace signpost::test

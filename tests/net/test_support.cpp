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

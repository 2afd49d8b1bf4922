#include "net/live_worker.h"

#include <algorithm>
#include <exception>
#include <utility>

#include "net/failure_log.h"
#include "net/live_refresher.h"
#include "util/log.h"

namespace signpost {
namespace {

Instant wall_now() {
    return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
}

// The first retry after a failure: a live source is polled every few seconds,
// so the feed's 5 s would be slower than its normal rate.
constexpr Millis kFirstRetry{2000};

}  // namespace

LiveWorker::LiveWorker(LocationConfig config, UpdateCallback on_update, RandomUnit random_unit)
    : on_update_(std::move(on_update)),
      random_unit_(random_unit ? std::move(random_unit) : make_random_unit()),
      config_(std::move(config)) {}

LiveWorker::~LiveWorker() {
    stop();
}

void LiveWorker::start() {
    if (thread_.joinable()) {
        return;
    }
    {
        std::lock_guard lock(mutex_);
        fetcher_ = std::make_unique<HttpFetcher>();
        stop_requested_ = false;
        reload_requested_ = false;
    }
    thread_ = std::thread([this] { run(); });
}

void LiveWorker::stop() {
    if (!thread_.joinable()) {
        return;
    }
    {
        std::lock_guard lock(mutex_);
        stop_requested_ = true;
        fetcher_->interrupt();
    }
    wake_.notify_all();
    if (std::this_thread::get_id() == thread_.get_id()) {
        log_error("live", "LiveWorker::stop() called from its own callback; not joining");
        return;
    }
    thread_.join();
    std::lock_guard lock(mutex_);
    fetcher_.reset();
}

void LiveWorker::reload(LocationConfig config) {
    {
        std::lock_guard lock(mutex_);
        config_ = std::move(config);
        reload_requested_ = true;
        if (fetcher_) {
            fetcher_->interrupt();  // under the lock: see FeedWorker::reload
        }
    }
    wake_.notify_all();
}

void LiveWorker::wait_until(std::chrono::steady_clock::time_point deadline) {
    std::unique_lock lock(mutex_);
    wake_.wait_until(lock, deadline, [this] { return stop_requested_ || reload_requested_; });
}

void LiveWorker::publish(LiveUpdate update) {
    try {
        on_update_(std::move(update));
    } catch (const std::exception& e) {
        log_error("live", std::string("live update callback threw: ") + e.what());
    } catch (...) {
        log_error("live", "live update callback threw");
    }
}

void LiveWorker::run() {
    // Everything declared here belongs to this thread alone.
    HttpFetcher* fetcher = nullptr;
    std::unique_ptr<LiveRefresher> refresher;
    LocationConfig config;
    FailureLog failure_log;
    Backoff backoff(Millis{10000}, kFirstRetry);
    Millis interval{10000};
    bool set_up = false;
    LiveStatus published;

    while (true) {
        {
            std::lock_guard lock(mutex_);
            if (stop_requested_) {
                return;
            }
            fetcher = fetcher_.get();
            if (reload_requested_ || !set_up) {
                config = config_;
                reload_requested_ = false;
                set_up = false;
            }
            fetcher->clear_interrupt();
        }
        if (!set_up) {
            set_up = true;
            refresher.reset();
            if (!config.live) {
                // Nothing to poll until a reload brings a live source.
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [this] { return stop_requested_ || reload_requested_; });
                continue;
            }
            refresher = std::make_unique<LiveRefresher>(config, *fetcher);
            failure_log = FailureLog();
            interval = std::max<Millis>(config.live->poll_interval, Millis{1000});
            backoff = Backoff(interval, std::min(kFirstRetry, interval));
            log_info("live", "live source " + refresher->status().source + " every " +
                                 std::to_string(config.live->poll_interval.count()) + " s");
            if (refresher->load_cache() || !refresher->status().error.empty()) {
                published = refresher->status();
                publish({refresher->document(), published});
            }
        }

        RefreshResult result = refresher->refresh(wall_now());
        Millis delay{0};
        bool updated = false;
        switch (result.outcome) {
            case RefreshResult::Outcome::interrupted:
                continue;
            case RefreshResult::Outcome::updated:
            case RefreshResult::Outcome::unchanged:
                updated = result.outcome == RefreshResult::Outcome::updated;
                if (auto line = failure_log.success()) {
                    log_info("live", refresher->status().source + ": " + *line);
                }
                backoff.reset();
                delay = jittered(interval, random_unit_());
                break;
            case RefreshResult::Outcome::failed:
                if (auto line = failure_log.failure(result.failure_key, result.failure_message,
                                                    FailureLog::Clock::now())) {
                    log_warning("live", *line);
                }
                delay = jittered(backoff.after_failure(), random_unit_());
                break;
        }
        // Every few seconds an unchanged status is the rule: the main loop is
        // woken only when there is something new to show or report.
        if (updated || refresher->status() != published) {
            published = refresher->status();
            publish({updated ? refresher->document() : nullptr, published});
        }
        wait_until(std::chrono::steady_clock::now() + delay);
    }
}

}  // namespace signpost

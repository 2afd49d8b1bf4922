#include "net/feed_worker.h"

#include <algorithm>
#include <exception>
#include <utility>

#include "config/quiet_hours.h"
#include "net/failure_log.h"
#include "net/feed_refresher.h"
#include "net/quiet_polling.h"
#include "util/log.h"

namespace signpost {
namespace {

Instant wall_now() {
    return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
}

Millis poll_interval_of(const LocationConfig& config) {
    // A zero or negative interval would spin; one second is the floor.
    return std::max<Millis>(config.fetch.poll_interval, Millis{1000});
}

}  // namespace

FeedWorker::FeedWorker(LocationConfig config, UpdateCallback on_update, RandomUnit random_unit,
                       std::shared_ptr<const Clock> clock)
    : on_update_(std::move(on_update)),
      random_unit_(random_unit ? std::move(random_unit) : make_random_unit()),
      config_(std::move(config)),
      clock_(clock ? std::move(clock) : std::make_shared<SystemClock>()) {}

FeedWorker::~FeedWorker() {
    stop();
}

void FeedWorker::start() {
    if (thread_.joinable()) {
        return;
    }
    {
        std::lock_guard lock(mutex_);
        // Created here, on the caller's thread and before the worker exists, so
        // libcurl's global init never races with the worker.
        fetcher_ = std::make_unique<HttpFetcher>();
        stop_requested_ = false;
        reload_requested_ = false;
        poll_requested_ = false;
    }
    thread_ = std::thread([this] { run(); });
}

void FeedWorker::stop() {
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
        // Called from the update callback: joining would wait for ourselves. The
        // request stands, and the thread ends when the callback returns.
        log_error("net", "FeedWorker::stop() called from its own callback; not joining");
        return;
    }
    thread_.join();
    std::lock_guard lock(mutex_);
    fetcher_.reset();
}

void FeedWorker::reload(LocationConfig config, std::shared_ptr<const Clock> clock) {
    {
        std::lock_guard lock(mutex_);
        config_ = std::move(config);
        if (clock) {
            clock_ = std::move(clock);
        }
        reload_requested_ = true;
        // Under the lock, so the interrupt cannot be cleared by the worker
        // before it has seen reload_requested_.
        if (fetcher_) {
            fetcher_->interrupt();
        }
    }
    wake_.notify_all();
}

void FeedWorker::poll_now() {
    {
        std::lock_guard lock(mutex_);
        poll_requested_ = true;
    }
    wake_.notify_all();
}

void FeedWorker::wait_for_next_attempt(std::chrono::steady_clock::time_point deadline) {
    std::unique_lock lock(mutex_);
    wake_.wait_until(lock, deadline,
                     [this] { return stop_requested_ || reload_requested_ || poll_requested_; });
}

void FeedWorker::publish(FeedUpdate update) {
    // A throwing callback must not end the thread (std::terminate): log it.
    try {
        on_update_(std::move(update));
    } catch (const std::exception& e) {
        log_error("net", std::string("feed update callback threw: ") + e.what());
    } catch (...) {
        log_error("net", "feed update callback threw");
    }
}

void FeedWorker::run() {
    // Everything declared here belongs to this thread alone.
    HttpFetcher* fetcher = nullptr;
    std::unique_ptr<FeedRefresher> refresher;
    LocationConfig config;
    std::shared_ptr<const Clock> clock;
    FailureLog failure_log;
    Backoff backoff(Millis{60000});
    bool set_up = false;
    bool quiet_rate = false;  // the last delay was quiet hours' (for one log line per change)

    while (true) {
        {
            std::lock_guard lock(mutex_);
            if (stop_requested_) {
                return;
            }
            fetcher = fetcher_.get();
            if (reload_requested_ || !set_up) {
                config = config_;
                clock = clock_;
                reload_requested_ = false;
                set_up = false;
            }
            // Any interrupt pending now was for the reload just taken (stop
            // returned above); the next attempt must run.
            fetcher->clear_interrupt();
            // This attempt serves a poll_now() made before it starts.
            poll_requested_ = false;
        }

        if (!set_up) {
            set_up = true;
            refresher = std::make_unique<FeedRefresher>(config, *fetcher);
            failure_log = FailureLog();
            backoff = Backoff(poll_interval_of(config));
            log_info("net", "feed source " + refresher->display_name());
            // Something to show (or a cache problem to report) before the network
            // is even tried.
            if (refresher->load_cache() || !refresher->status().last_error.empty()) {
                publish({refresher->schedule(), refresher->status()});
            }
        }

        RefreshResult result = refresher->refresh(wall_now());
        Millis delay{0};
        switch (result.outcome) {
            case RefreshResult::Outcome::interrupted:
                continue;  // stop or reload: the block above takes it
            case RefreshResult::Outcome::updated:
            case RefreshResult::Outcome::unchanged: {
                bool updated = result.outcome == RefreshResult::Outcome::updated;
                if (auto line = failure_log.success()) {
                    log_info("net", refresher->display_name() + ": " + *line);
                }
                backoff.reset();
                delay = jittered(poll_interval_of(config), random_unit_());
                publish({updated ? refresher->schedule() : nullptr, refresher->status()});
                break;
            }
            case RefreshResult::Outcome::failed: {
                if (auto line = failure_log.failure(result.failure_key, result.failure_message,
                                                    FailureLog::Clock::now())) {
                    log_warning("net", *line);
                }
                delay = jittered(backoff.after_failure(), random_unit_());
                publish({nullptr, refresher->status()});
                break;
            }
        }
        // Quiet hours slow the rate down; decided after the attempt, so a long
        // transfer does not carry the decision past an edge.
        const PollDelay next =
            poll_delay(delay, config, quiet_hours_zone(config, refresher->schedule().get()),
                       clock->now_precise(), random_unit_());
        if (next.quiet != quiet_rate) {
            quiet_rate = next.quiet;
            if (quiet_rate) {
                const Seconds every =
                    std::max(quiet_poll_interval(*config.quiet_hours, config.fetch.poll_interval),
                             config.fetch.poll_interval);
                log_info("net", "quiet hours: fetching every " + std::to_string(every.count()) +
                                    " s until they end");
            } else {
                log_info("net", "quiet hours over: fetching at the normal rate");
            }
        }
        wait_for_next_attempt(std::chrono::steady_clock::now() + next.delay);
    }
}

}  // namespace signpost

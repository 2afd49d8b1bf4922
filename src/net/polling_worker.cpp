#include "net/polling_worker.h"

#include <utility>

#include "net/failure_log.h"

namespace signpost {
namespace {

Instant wall_now() {
    return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
}

}  // namespace

PollingWorker::PollingWorker(const char* tag, LocationConfig config, SourceFactory make_source,
                             RandomUnit random_unit, std::shared_ptr<const Clock> clock)
    : tag_(tag),
      make_source_(std::move(make_source)),
      random_unit_(random_unit ? std::move(random_unit) : make_random_unit()),
      config_(std::move(config)),
      clock_(clock ? std::move(clock) : std::make_shared<SystemClock>()) {}

PollingWorker::~PollingWorker() {
    stop();
}

void PollingWorker::start() {
    if (thread_.joinable()) {
        return;
    }
    {
        std::lock_guard lock(mutex_);
        fetcher_ = std::make_unique<HttpFetcher>();
        stop_requested_ = false;
        reload_requested_ = false;
        poll_requested_ = false;
    }
    thread_ = std::thread([this] { run(); });
}

void PollingWorker::stop() {
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
        log_error(tag_, "a worker's stop() called from its own callback; not joining");
        return;
    }
    thread_.join();
    std::lock_guard lock(mutex_);
    fetcher_.reset();
}

void PollingWorker::reload(LocationConfig config, std::shared_ptr<const Clock> clock) {
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

void PollingWorker::poll_now() {
    {
        std::lock_guard lock(mutex_);
        poll_requested_ = true;
    }
    wake_.notify_all();
}

void PollingWorker::wait_for_next_attempt(std::chrono::steady_clock::time_point deadline) {
    std::unique_lock lock(mutex_);
    wake_.wait_until(lock, deadline,
                     [this] { return stop_requested_ || reload_requested_ || poll_requested_; });
}

void PollingWorker::run() {
    // Everything declared here belongs to this thread alone.
    HttpFetcher* fetcher = nullptr;
    std::unique_ptr<PollSource> source;
    LocationConfig config;
    std::shared_ptr<const Clock> clock;
    FailureLog failure_log;
    Backoff backoff(Millis{60000});
    bool set_up = false;

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
            source.reset();
            source = make_source_(config, clock, *fetcher);
            if (!source) {
                // Nothing to poll until a reload brings a source.
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [this] { return stop_requested_ || reload_requested_; });
                continue;
            }
            failure_log = FailureLog();
            backoff =
                Backoff(source->interval(), std::min(source->first_retry(), source->interval()));
        }

        RefreshResult result = source->refresh(wall_now());
        Millis delay{0};
        switch (result.outcome) {
            case RefreshResult::Outcome::interrupted:
                continue;  // stop or reload: the block above takes it
            case RefreshResult::Outcome::updated:
            case RefreshResult::Outcome::unchanged:
                if (auto line = failure_log.success()) {
                    log_info(tag_, source->name() + ": " + *line);
                }
                backoff.reset();
                delay = jittered(source->interval(), random_unit_());
                break;
            case RefreshResult::Outcome::failed:
                if (auto line = failure_log.failure(result.failure_key, result.failure_message,
                                                    FailureLog::Clock::now())) {
                    log_warning(tag_, *line);
                }
                delay = jittered(backoff.after_failure(), random_unit_());
                break;
        }
        delay = source->after_attempt(result, delay, random_unit_());
        wait_for_next_attempt(std::chrono::steady_clock::now() + delay);
    }
}

}  // namespace signpost

#include "net/feed_worker.h"

#include <algorithm>
#include <utility>

#include "config/quiet_hours.h"
#include "net/feed_refresher.h"
#include "net/quiet_polling.h"
#include "util/log.h"

namespace signpost {
namespace {

// The schedule feed: published after every attempt; quiet hours slow it down.
class FeedSource final : public PollSource {
  public:
    FeedSource(const LocationConfig& config, std::shared_ptr<const Clock> clock,
               HttpFetcher& fetcher, std::shared_ptr<FeedWorker::UpdateCallback> on_update)
        : config_(config),
          clock_(std::move(clock)),
          refresher_(config, fetcher),
          on_update_(std::move(on_update)) {
        log_info("net", "feed source " + refresher_.display_name());
        // Something to show (or a cache problem to report) before the network
        // is even tried.
        if (refresher_.load_cache() || !refresher_.status().last_error.empty()) {
            publish({refresher_.schedule(), refresher_.status()});
        }
    }

    std::string name() const override { return refresher_.display_name(); }
    Millis interval() const override {
        // A zero or negative interval would spin; one second is the floor.
        return std::max<Millis>(config_.fetch.poll_interval, Millis{1000});
    }
    Millis first_retry() const override { return Backoff::kFirstDelay; }
    RefreshResult refresh(Instant now) override { return refresher_.refresh(now); }

    Millis after_attempt(const RefreshResult& result, Millis delay, double unit) override {
        const bool updated = result.outcome == RefreshResult::Outcome::updated;
        publish({updated ? refresher_.schedule() : nullptr, refresher_.status()});
        // Quiet hours slow the rate down; decided after the attempt, so a long
        // transfer does not carry the decision past an edge.
        const PollDelay next =
            poll_delay(delay, config_, venue_zone(config_.timezone, refresher_.schedule().get()),
                       clock_->now_precise(), unit);
        if (next.quiet != quiet_rate_) {
            quiet_rate_ = next.quiet;
            if (quiet_rate_) {
                const Seconds every =
                    std::max(quiet_poll_interval(*config_.quiet_hours, config_.fetch.poll_interval),
                             config_.fetch.poll_interval);
                log_info("net", "quiet hours: fetching every " + std::to_string(every.count()) +
                                    " s until they end");
            } else {
                log_info("net", "quiet hours over: fetching at the normal rate");
            }
        }
        // A sped-up simulated clock (a soak) fetches as often in its time as
        // the real one would: the wait is its span in real time (1 ms at least).
        return std::max(std::chrono::duration_cast<Millis>(real_time(next.delay, clock_->speed())),
                        Millis{1});
    }

  private:
    void publish(FeedUpdate update) { publish_safely("net", *on_update_, std::move(update)); }

    LocationConfig config_;
    std::shared_ptr<const Clock> clock_;
    FeedRefresher refresher_;
    std::shared_ptr<FeedWorker::UpdateCallback> on_update_;
    bool quiet_rate_ = false;  // the last delay was quiet hours' (one log line per change)
};

}  // namespace

FeedWorker::FeedWorker(LocationConfig config, UpdateCallback on_update, RandomUnit random_unit,
                       std::shared_ptr<const Clock> clock)
    : worker_(
          "net", std::move(config),
          [callback = std::make_shared<UpdateCallback>(std::move(on_update))](
              const LocationConfig& c, std::shared_ptr<const Clock> source_clock,
              HttpFetcher& fetcher) -> std::unique_ptr<PollSource> {
              return std::make_unique<FeedSource>(c, std::move(source_clock), fetcher, callback);
          },
          std::move(random_unit), std::move(clock)) {}

}  // namespace signpost

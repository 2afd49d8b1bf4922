#include "net/live_worker.h"

#include <algorithm>
#include <utility>

#include "net/live_refresher.h"
#include "util/log.h"

namespace signpost {
namespace {

// The first retry after a failure: a live source is polled every few seconds,
// so the feed's 5 s would be slower than its normal rate.
constexpr Millis kFirstRetry{2000};

// The live source: published only when something changed (every few seconds
// an unchanged status is the rule, and the main loop is woken only when there
// is something new to show or report). Quiet hours do not slow it down: an
// evacuation lights a dark screen.
class LiveSource final : public PollSource {
  public:
    LiveSource(const LocationConfig& config, HttpFetcher& fetcher,
               std::shared_ptr<LiveWorker::UpdateCallback> on_update)
        : interval_(std::max<Millis>(config.live->poll_interval, Millis{1000})),
          refresher_(config, fetcher),
          on_update_(std::move(on_update)) {
        log_info("live", "live source " + refresher_.status().source + " every " +
                             std::to_string(config.live->poll_interval.count()) + " s");
        if (refresher_.load_cache() || !refresher_.status().error.empty()) {
            published_ = refresher_.status();
            publish({refresher_.document(), published_});
        }
    }

    std::string name() const override { return refresher_.status().source; }
    Millis interval() const override { return interval_; }
    Millis first_retry() const override { return kFirstRetry; }
    RefreshResult refresh(Instant now) override { return refresher_.refresh(now); }

    Millis after_attempt(const RefreshResult& result, Millis delay, double) override {
        const bool updated = result.outcome == RefreshResult::Outcome::updated;
        if (updated || refresher_.status() != published_) {
            published_ = refresher_.status();
            publish({updated ? refresher_.document() : nullptr, published_});
        }
        return delay;
    }

  private:
    void publish(LiveUpdate update) { publish_safely("live", *on_update_, std::move(update)); }

    Millis interval_;
    LiveRefresher refresher_;
    std::shared_ptr<LiveWorker::UpdateCallback> on_update_;
    LiveStatus published_;
};

}  // namespace

LiveWorker::LiveWorker(LocationConfig config, UpdateCallback on_update, RandomUnit random_unit)
    : worker_(
          "live", std::move(config),
          [callback = std::make_shared<UpdateCallback>(std::move(on_update))](
              const LocationConfig& c, std::shared_ptr<const Clock>,
              HttpFetcher& fetcher) -> std::unique_ptr<PollSource> {
              if (!c.live) {
                  return nullptr;  // idle until a reload brings a live source
              }
              return std::make_unique<LiveSource>(c, fetcher, callback);
          },
          std::move(random_unit)) {}

}  // namespace signpost

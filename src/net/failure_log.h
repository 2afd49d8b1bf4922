// Keeps a feed that is down for hours from flooding the journal. The first
// failure of a kind is logged in full; identical ones after it (same key) are
// counted and summarised once per `summary_every`; a different failure, or the
// recovery, logs a line that also closes the previous run of repeats.
// Pure: it returns the lines and the caller logs them; time is passed in.
// Owned and used by one thread (the feed worker).
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace signpost {

class FailureLog {
  public:
    using Clock = std::chrono::steady_clock;

    explicit FailureLog(std::chrono::seconds summary_every = std::chrono::minutes(10));

    // A failed attempt. `key` identifies the kind ("http-404", "curl-28"),
    // `message` is the full line. Returns the line to log, if any.
    std::optional<std::string> failure(const std::string& key, const std::string& message,
                                       Clock::time_point now);

    // A successful attempt. Returns a line when it ends a run of failures.
    std::optional<std::string> success();

    int failures_in_a_row() const { return in_a_row_; }

  private:
    std::chrono::seconds summary_every_;
    std::string key_;     // the kind of the current run; empty: no run
    int in_a_row_ = 0;    // failed attempts since the last success
    int unreported_ = 0;  // repeats of key_ not yet mentioned in a log line
    Clock::time_point last_line_{};
};

}  // namespace signpost

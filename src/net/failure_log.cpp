#include "net/failure_log.h"

namespace signpost {

FailureLog::FailureLog(std::chrono::seconds summary_every) : summary_every_(summary_every) {}

std::optional<std::string> FailureLog::failure(const std::string& key, const std::string& message,
                                               Clock::time_point now) {
    ++in_a_row_;
    if (!key_.empty() && key == key_) {
        ++unreported_;
        if (now - last_line_ < summary_every_) {
            return std::nullopt;
        }
        std::string line = message + " (still failing: " + std::to_string(unreported_) +
                           " more time" + (unreported_ == 1 ? "" : "s") +
                           " since the last report, " + std::to_string(in_a_row_) +
                           " failed attempts in a row)";
        unreported_ = 0;
        last_line_ = now;
        return line;
    }
    std::string line = message;
    if (unreported_ > 0) {
        line += " (the previous failure repeated " + std::to_string(unreported_) + " more time" +
                (unreported_ == 1 ? "" : "s") + ")";
    }
    key_ = key;
    unreported_ = 0;
    last_line_ = now;
    return line;
}

std::optional<std::string> FailureLog::success() {
    if (in_a_row_ == 0) {
        return std::nullopt;
    }
    std::string line = "feed reachable again after " + std::to_string(in_a_row_) +
                       " failed attempt" + (in_a_row_ == 1 ? "" : "s");
    if (unreported_ > 0) {
        line += " (the last failure repeated " + std::to_string(unreported_) + " more time" +
                (unreported_ == 1 ? "" : "s") + " unlogged)";
    }
    key_.clear();
    in_a_row_ = 0;
    unreported_ = 0;
    return line;
}

}  // namespace signpost

// Collects the program's log lines while alive. The log sink is process-wide,
// so one LogCapture at a time (tests in one program run one after another);
// lines may arrive from any thread.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace signpost::test {

class LogCapture {
  public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    std::vector<std::string> lines() const;
    // Every line, each ended by '\n'.
    std::string joined() const;
    bool contains(std::string_view text) const;
    int count_containing(std::string_view text) const;

  private:
    mutable std::mutex mutex_;
    std::vector<std::string> lines_;
};

}  // namespace signpost::test

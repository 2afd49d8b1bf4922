#include "support/log_capture.h"

#include <algorithm>

#include "util/log.h"

namespace signpost::test {

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

std::string LogCapture::joined() const {
    std::string all;
    for (const auto& line : lines()) {
        all += line + "\n";
    }
    return all;
}

bool LogCapture::contains(std::string_view text) const {
    return joined().find(text) != std::string::npos;
}

int LogCapture::count_containing(std::string_view text) const {
    std::lock_guard lock(mutex_);
    return static_cast<int>(std::count_if(lines_.begin(), lines_.end(), [&](const auto& line) {
        return line.find(text) != std::string::npos;
    }));
}

}  // namespace signpost::test

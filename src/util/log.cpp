#include "util/log.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace signpost {
namespace {

struct LogState {
    std::mutex mutex;
    LogSink sink;
    LogLevel threshold = LogLevel::info;
    bool journal_prefix = false;

    LogState() {
        journal_prefix = std::getenv("JOURNAL_STREAM") != nullptr;
        if (const char* env = std::getenv("SIGNPOST_LOG"); env && std::strcmp(env, "debug") == 0) {
            threshold = LogLevel::debug;
        }
    }
};

LogState& state() {
    static LogState s;
    return s;
}

// sd-daemon(3) priorities: 7 debug, 6 info, 4 warning, 3 error.
const char* journal_prefix(LogLevel level) {
    switch (level) {
        case LogLevel::debug:
            return "<7>";
        case LogLevel::info:
            return "<6>";
        case LogLevel::warning:
            return "<4>";
        case LogLevel::error:
            return "<3>";
    }
    return "<6>";
}

}  // namespace

std::string_view to_string(LogLevel level) {
    switch (level) {
        case LogLevel::debug:
            return "debug";
        case LogLevel::info:
            return "info";
        case LogLevel::warning:
            return "warning";
        case LogLevel::error:
            return "error";
    }
    return "info";
}

void log(LogLevel level, std::string_view component, std::string_view message) {
    LogState& s = state();
    std::lock_guard lock(s.mutex);
    if (level < s.threshold) {
        return;
    }
    std::string line;
    line.reserve(component.size() + message.size() + 16);
    line += to_string(level);
    line += ' ';
    line += component;
    line += ": ";
    // One event, one line: fold embedded newlines so journald keeps it whole.
    for (char c : message) {
        line += (c == '\n' || c == '\r') ? ' ' : c;
    }
    if (s.sink) {
        s.sink(level, line);
        return;
    }
    std::fprintf(stderr, "%s%s\n", s.journal_prefix ? journal_prefix(level) : "", line.c_str());
}

void set_log_threshold(LogLevel level) {
    std::lock_guard lock(state().mutex);
    state().threshold = level;
}

void set_log_sink(LogSink sink) {
    std::lock_guard lock(state().mutex);
    state().sink = std::move(sink);
}

}  // namespace signpost

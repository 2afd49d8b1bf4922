// One line per event on stderr, with a level, so journald keeps them apart.
// Under systemd (JOURNAL_STREAM set) each line starts with the sd-daemon
// priority prefix ("<4>") so journald records the level; on a terminal it reads
// "warning feed: ...". Thread-safe: the worker thread logs too.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace signpost {

enum class LogLevel { debug = 0, info = 1, warning = 2, error = 3 };

std::string_view to_string(LogLevel level);

void log(LogLevel level, std::string_view component, std::string_view message);

inline void log_debug(std::string_view c, std::string_view m) {
    log(LogLevel::debug, c, m);
}
inline void log_info(std::string_view c, std::string_view m) {
    log(LogLevel::info, c, m);
}
inline void log_warning(std::string_view c, std::string_view m) {
    log(LogLevel::warning, c, m);
}
inline void log_error(std::string_view c, std::string_view m) {
    log(LogLevel::error, c, m);
}

// Lines below this level are dropped (default: info; SIGNPOST_LOG=debug lowers it).
void set_log_threshold(LogLevel level);

// Replaces the stderr writer (tests capture lines with it); an empty function
// restores stderr. The sink is called with the log lock held: keep it short.
using LogSink = std::function<void(LogLevel, std::string_view line)>;
void set_log_sink(LogSink sink);

}  // namespace signpost

// The kiosk's metrics for a fleet's Prometheus (docs/operations.md): one
// screen's state as numbers, in the text format that node_exporter's textfile
// collector reads. Pure: the kiosk collects a FleetMetrics each turn of its
// loop (kiosk_metrics.cpp) and writes the text when it changed or is due.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "util/time.h"

namespace signpost {

struct FleetMetrics {
    std::string location;  // the config's id
    std::string version;   // the program's
    std::optional<Instant> feed_last_success;
    std::uint64_t feed_fetch_failures = 0;
    bool feed_stale = false;
    bool live_configured = false;
    std::optional<Instant> live_last_success;
    std::uint64_t live_fetch_failures = 0;
    bool live_stale = false;
    bool emergency_active = false;
    std::uint64_t rooms_full = 0;
    std::uint64_t rooms_closed = 0;
    std::uint64_t rooms_evacuating = 0;
    std::uint64_t page_index = 0;
    std::uint64_t pages = 0;
    std::uint64_t frames_presented = 0;
    bool clock_untrusted = false;
    bool quiet_hours = false;
    Instant written_at{};  // the heartbeat: when the loop wrote this

    bool operator==(const FleetMetrics&) const = default;
};

// Equal but for what moves on its own (the frame counter, the heartbeat):
// a difference here is "a change it reports", written within a second.
bool same_report(const FleetMetrics& a, const FleetMetrics& b);

// Prometheus text exposition format 0.0.4, HELP and TYPE for every metric,
// each line ending in '\n'. Times are Unix seconds; a time never reached is 0.
std::string format_prometheus(const FleetMetrics& metrics);

// `value` escaped for a label: backslash, double quote and line feed.
std::string prometheus_label_value(std::string_view value);

}  // namespace signpost

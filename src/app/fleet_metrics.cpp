#include "app/fleet_metrics.h"

namespace signpost {
namespace {

class Writer {
  public:
    void metric(std::string_view name, std::string_view type, std::string_view help,
                const std::string& value, const std::string& labels = {}) {
        out_ += "# HELP ";
        out_ += name;
        out_ += ' ';
        out_ += help;
        out_ += "\n# TYPE ";
        out_ += name;
        out_ += ' ';
        out_ += type;
        out_ += '\n';
        out_ += name;
        out_ += labels;
        out_ += ' ';
        out_ += value;
        out_ += '\n';
    }
    void gauge(std::string_view name, std::string_view help, std::uint64_t value) {
        metric(name, "gauge", help, std::to_string(value));
    }
    void flag(std::string_view name, std::string_view help, bool value) {
        metric(name, "gauge", help, value ? "1" : "0");
    }
    void counter(std::string_view name, std::string_view help, std::uint64_t value) {
        metric(name, "counter", help, std::to_string(value));
    }
    void time(std::string_view name, std::string_view help, std::optional<Instant> t) {
        metric(name, "gauge", help, std::to_string(t ? t->time_since_epoch().count() : 0));
    }
    std::string take() { return std::move(out_); }

  private:
    std::string out_;
};

}  // namespace

bool same_report(const FleetMetrics& a, const FleetMetrics& b) {
    FleetMetrics x = a;
    FleetMetrics y = b;
    x.frames_presented = y.frames_presented = 0;
    x.written_at = y.written_at = Instant{};
    return x == y;
}

std::string prometheus_label_value(std::string_view value) {
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == '"') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

std::string format_prometheus(const FleetMetrics& m) {
    Writer w;
    w.metric("signpost_info", "gauge",
             "Which location this screen shows and the program's version.", "1",
             "{location=\"" + prometheus_label_value(m.location) + "\",version=\"" +
                 prometheus_label_value(m.version) + "\"}");
    w.time("signpost_heartbeat_timestamp_seconds",
           "When the main loop last wrote this file (at least every 15 s while it runs).",
           m.written_at);
    w.time("signpost_feed_last_success_timestamp_seconds",
           "When the shown schedule was last confirmed current (0: never).", m.feed_last_success);
    w.counter("signpost_feed_fetch_failures_total",
              "Failed attempts to refresh the schedule feed since the start.",
              m.feed_fetch_failures);
    w.flag("signpost_feed_stale",
           "1 when the shown schedule is an older copy (cache, or the "
           "latest attempt failed).",
           m.feed_stale);
    w.flag("signpost_live_configured", "1 when the config names a live source.", m.live_configured);
    w.time("signpost_live_last_success_timestamp_seconds",
           "When the live document was last confirmed current (0: never, or no live source).",
           m.live_last_success);
    w.counter("signpost_live_fetch_failures_total",
              "Failed attempts to read the live source since the start.", m.live_fetch_failures);
    w.flag("signpost_live_stale", "1 when the live document shown is an older copy.", m.live_stale);
    w.flag("signpost_emergency_active",
           "1 while the emergency page takes over (an emergency announcement or an evacuation).",
           m.emergency_active);
    w.gauge("signpost_rooms_full", "Rooms with a live full state shown.", m.rooms_full);
    w.gauge("signpost_rooms_closed", "Rooms with a live closed state shown.", m.rooms_closed);
    w.gauge("signpost_rooms_evacuating", "Rooms being evacuated.", m.rooms_evacuating);
    w.gauge("signpost_page_index", "The page on screen, from 0.", m.page_index);
    w.gauge("signpost_pages", "Pages in the current cycle.", m.pages);
    w.counter("signpost_frames_presented_total", "Frames drawn to the screen since the start.",
              m.frames_presented);
    w.flag("signpost_clock_untrusted",
           "1 while the system clock looks unset and the screen waits for it.", m.clock_untrusted);
    w.flag("signpost_quiet_active", "1 while the screen is dark for quiet hours.", m.quiet_hours);
    return w.take();
}

}  // namespace signpost

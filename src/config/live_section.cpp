// "live" and "metrics_file": the fast source of room states and the file the
// fleet's Prometheus reads (docs/config.md, docs/operations.md).
#include <array>

#include "config/config_sections.h"

namespace signpost {
using nlohmann::json;

namespace {

// Unlike the feed's formats, the live formats are a closed set known here: a
// misspelt one would leave the screen without room states, so it is an error.
constexpr std::array<std::string_view, 3> kLiveFormats{"auto", "signpost-live",
                                                       "fosdem-roomstatus"};

// Faster than 2 s is a load on the source without a visible gain (the kiosk
// shows a change within poll + 1 s); slower than an hour is not "live".
constexpr int64_t kMinPollSeconds = 2;
constexpr int64_t kMaxPollSeconds = 3600;

}  // namespace

void read_live_section(const json* v, const std::string& path, LocationConfig& config,
                       Problems& problems) {
    if (!v) {
        return;
    }
    ObjectReader live(*v, path, {"source", "format", "poll_seconds", "max_age_seconds"}, problems);
    if (!live.is_object()) {
        return;
    }
    LiveConfig out;
    bool usable = true;
    if (const json* source = live.require("source")) {
        auto location = read_source_location(*source, live.path("source"), config, problems);
        usable = usable && location.has_value();
        out.source = location.value_or("");
    } else {
        usable = false;
    }
    if (const json* format = live.get("format")) {
        auto name = read_nonempty_string(*format, live.path("format"), problems);
        bool known = false;
        std::string list;
        for (std::string_view known_name : kLiveFormats) {
            known = known || (name && *name == known_name);
            list += list.empty() ? "" : ", ";
            list += known_name;
        }
        if (name && !known) {
            problems.error(live.path("format"),
                           quote_value(*name) + " is not a live format (one of " + list + ")");
        }
        usable = usable && known;
        out.format = name.value_or("auto");
    }
    if (const json* poll = live.get("poll_seconds")) {
        auto n = read_integer(*poll, live.path("poll_seconds"), problems, kMinPollSeconds,
                              kMaxPollSeconds, "seconds");
        usable = usable && n.has_value();
        out.poll_interval = Seconds{n.value_or(out.poll_interval.count())};
    }
    if (const json* age = live.get("max_age_seconds")) {
        auto n =
            read_integer(*age, live.path("max_age_seconds"), problems, 1, 7 * 86400, "seconds");
        usable = usable && n.has_value();
        out.max_age = Seconds{n.value_or(out.max_age.count())};
    }
    if (usable && out.max_age < out.poll_interval) {
        problems.warning(live.path("max_age_seconds"),
                         "is shorter than poll_seconds (" +
                             std::to_string(out.poll_interval.count()) +
                             "): a full or closed state will blink off between polls");
    }
    if (usable) {
        config.live = std::move(out);
    }
}

void read_metrics_file(const json* v, const std::string& path, LocationConfig& config,
                       Problems& problems) {
    if (!v) {
        return;
    }
    auto file = read_config_path(*v, path, config, problems);
    if (!file) {
        return;
    }
    if (file->filename().empty() || file->extension() != ".prom") {
        // node_exporter's textfile collector reads only *.prom files.
        problems.warning(path,
                         "node_exporter's textfile collector reads only files whose names "
                         "end in .prom");
    }
    config.metrics_file = std::move(*file);
}

}  // namespace signpost

// One screen's configuration: where it stands, where its feed comes from, how
// it shows pages, and which way to go from here. Read from one JSON file per
// location (config/schema/location.schema.json documents it).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/direction.h"
#include "model/localized_text.h"
#include "model/place_way.h"
#include "model/venue_graph.h"
#include "model/venue_map.h"
#include "util/time.h"

namespace signpost {

// The step-free line of a computed way (docs/wayfinding.md): shown when the
// shortest route takes stairs or an escalator.
struct StepFreeWay {
    std::optional<Arrow> arrow;  // nullopt: there is no step-free route
    LocalizedText text;          // "P1 · 240 m · 3 min · lift" / "no step-free route"
    std::optional<RouteSummary> summary = std::nullopt;  // what `text` says, when routed
};

// The way from this screen to a building or a room.
struct Wayfinding {
    Arrow arrow = Arrow::ahead;
    LocalizedText text;  // "2F, turn left" / {"ko": "2층, 왼쪽", "en": "2F, turn left"}
    std::optional<StepFreeWay> step_free = std::nullopt;  // computed ways only
    // A computed text's parts (floor, length, change of level), so that rooms
    // whose ways differ only in length can share one line; nullopt when the
    // text is hand-written.
    std::optional<RouteSummary> summary = std::nullopt;
};

// Where this screen stands in the venue graph ("position").
struct ScreenPlace {
    std::string node;   // node id
    double facing = 0;  // compass degrees the reader faces, as written
};

// "qr": a code on directory pages to take the way along on a phone.
struct QrConfig {
    std::string url;        // with {location} and {building} expanded
    LocalizedText caption;  // optional
};

enum class PageKind { directory, now_next, upcoming };

// "directory", "now_next", "upcoming": the names the config file uses.
std::string_view to_string(PageKind kind);
std::optional<PageKind> parse_page_kind(std::string_view text);

struct PageConfig {
    PageKind kind = PageKind::now_next;
    Seconds dwell{15};
    std::vector<std::string> buildings;  // building ids to show; empty: all
    // now_next: a room with nothing on now and nothing starting within this
    // takes no row of its own (it is named on its building's idle line).
    std::chrono::minutes look_ahead{60};
    // upcoming: the sessions starting within this (and those that started in
    // the last 15 minutes).
    std::chrono::minutes window{60};
};

struct DisplayConfig {
    bool fullscreen = true;
    int width = 1920;  // window size, and the size of --dump/--snapshot by default
    int height = 1080;
    int rotation = 0;  // 0, 90, 180, 270: the panel is mounted turned
};

struct FetchConfig {
    Seconds poll_interval{60};
    Seconds connect_timeout{10};
    Seconds total_timeout{30};
    size_t max_body_bytes = 16u << 20;
    std::optional<std::filesystem::path> ca_file;      // a venue's own CA
    std::optional<std::filesystem::path> header_file;  // "Authorization: Bearer ..."; never logged
};

struct ThemeConfig {
    // "#RRGGBB"; empty: the default theme (docs/sign-design.md colours).
    std::string background;
    std::string text;
    std::string secondary;
    std::string accent;
    std::optional<std::filesystem::path> logo;  // PNG, drawn in the header
};

// Hours the screen stays black (venue-local wall-clock minutes since
// midnight); end < start wraps midnight ("23:00"-"07:00"). Never equal.
struct QuietHours {
    int start_minute = 0;  // 0..1439
    int end_minute = 0;    // 0..1439
    // How often the feed is fetched meanwhile; nullopt: the default of
    // config/quiet_hours.h (quiet_poll_interval).
    std::optional<Seconds> poll_interval;
};

// A live source of room states and announcements (docs/live-format.md),
// polled fast beside the schedule feed.
struct LiveConfig {
    std::string source;  // file path (resolved against base_dir) or http(s):// URL
    bool source_is_url() const;
    std::string format = "auto";  // "auto", "signpost-live", "fosdem-roomstatus"
    Seconds poll_interval{10};
    // A full or closed state older than this is no longer shown (an evacuation is).
    Seconds max_age{300};
};

struct LocationConfig {
    std::filesystem::path file;      // the config file itself
    std::filesystem::path base_dir;  // relative paths in the file resolve from here

    // Shared venue defaults (docs/config.md, config/config_defaults.h): the
    // file this config inherits keys from, and the JSON pointers of the
    // values taken from it ("/feed", or "/theme/background" when both files
    // have a "theme"), sorted.
    std::optional<std::filesystem::path> defaults_file;
    std::vector<std::string> inherited;
    // The file the value at `pointer` comes from (the defaults file for an
    // inherited value or anything under it; else this config), and the folder
    // its relative paths resolve from.
    const std::filesystem::path& file_for(std::string_view pointer) const;
    std::filesystem::path base_dir_for(std::string_view pointer) const;

    std::string id;               // short name, e.g. "entrance-a"
    LocalizedText location_name;  // shown in the header
    std::string building;         // id of the building this screen stands in

    std::string feed;  // file path (resolved against base_dir) or http(s):// URL
    // True when `feed` is an http:// or https:// URL (the loader lower-cases the scheme).
    bool feed_is_url() const;
    std::string feed_format = "auto";
    std::filesystem::path cache_dir;
    FetchConfig fetch;

    DisplayConfig display;
    std::vector<PageConfig> pages;  // the cycle, in order; never empty after loading
    std::vector<std::string> languages{"ko", "en"};  // order of preference
    std::vector<std::string> fonts;                  // font chain: manifest names or file paths
    std::optional<std::string> timezone;             // overrides the feed's
    std::optional<Instant> simulated_start;          // demo clock: starts here, then runs
    int simulated_speed = 1;                // ... this many times as fast as real time (a soak run)
    std::optional<QuietHours> quiet_hours;  // black screen, no page cycling
    ThemeConfig theme;

    // Hand-written, keyed by building id or room id; a room without an entry
    // uses its building's.
    std::map<std::string, Wayfinding> directions;

    // The venue graph ("venue_graph", shared by the venue's screens) and where
    // this screen stands in it ("position"); config/wayfinding_section.cpp.
    std::filesystem::path venue_graph_file;
    std::shared_ptr<const VenueGraph> venue_graph;
    std::optional<ScreenPlace> position;
    // The way to every place of the graph, computed by the rule of
    // docs/wayfinding.md with the hand-written entry of `directions` laid
    // over it; nullopt where no arrow is shown (the place is at this screen,
    // or cannot be reached). Filled only with both a graph and a position;
    // config/direction_lookup.h reads it before `directions`.
    std::map<std::string, std::optional<Wayfinding>, std::less<>> place_ways;

    std::optional<QrConfig> qr;

    std::optional<LiveConfig> live;
    // Prometheus text format for node_exporter's textfile collector
    // (docs/operations.md); absent: no metrics are written.
    std::optional<std::filesystem::path> metrics_file;

    // Buildings and floors for feeds that only know rooms (docs/importers.md);
    // the feed reader gets it as FeedOptions::venue_map.
    std::optional<VenueMap> venue_map;
};

}  // namespace signpost

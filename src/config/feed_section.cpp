// "location" and "feed": where this screen stands and where its data comes from.
#include <array>
#include <system_error>

#include "config/config_paths.h"
#include "config/config_sections.h"

namespace signpost {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The formats the feed readers knew when this was written ("auto" detects).
// An unknown name is only a warning: the feed module is the judge, and a
// newer importer may know it.
constexpr std::array<std::string_view, 5> kKnownFeedFormats{"auto", "signpost", "frab-json",
                                                            "frab-xml", "ical"};

void read_feed_format(const json& v, const std::string& path, LocationConfig& config,
                      Problems& problems) {
    auto format = read_nonempty_string(v, path, problems);
    if (!format) {
        return;
    }
    bool known = false;
    std::string list;
    for (std::string_view name : kKnownFeedFormats) {
        known = known || name == *format;
        list += list.empty() ? "" : ", ";
        list += name;
    }
    if (!known) {
        problems.warning(path, quote_value(*format) + " is not one of the known formats (" + list +
                                   "); the feed reader will refuse it if it does not know it");
    }
    config.feed_format = std::move(*format);
}

}  // namespace

std::optional<std::string> read_source_location(const json& v, const std::string& path,
                                                const LocationConfig& config, Problems& problems) {
    auto source = read_nonempty_string(v, path, problems);
    if (!source) {
        return std::nullopt;
    }
    switch (classify_feed_source(*source)) {
        case FeedSourceKind::other_url:
            problems.error(path, "only http:// and https:// URLs can be fetched; " +
                                     quote_value(*source) +
                                     " is neither (write a file path without a scheme)");
            return std::nullopt;
        case FeedSourceKind::url: {
            std::string url = normalize_url_scheme(*source);
            size_t host_start = url.find("://") + 3;
            size_t host_end = url.find_first_of("/?#", host_start);
            std::string_view authority = std::string_view(url).substr(
                host_start,
                host_end == std::string::npos ? std::string::npos : host_end - host_start);
            if (authority.empty()) {
                problems.error(path, "the URL has no host");
                return std::nullopt;
            }
            if (url.find_first_of(" \t\r\n") != std::string::npos) {
                problems.error(path, "a URL may not contain spaces (write them as %20)");
                return std::nullopt;
            }
            if (authority.find('@') != std::string_view::npos) {
                // The URL is logged on every fetch error; a header file is not.
                problems.warning(path,
                                 "the URL carries a user name or password, which will appear "
                                 "in logs; put credentials in \"header_file\" instead");
            }
            return url;
        }
        case FeedSourceKind::file: {
            fs::path file = resolve_config_path(config.base_dir_for(path), *source);
            warn_if_not_a_file(file, path, problems);
            return file.string();
        }
    }
    return std::nullopt;
}

void read_location_section(const json* v, const std::string& path, LocationConfig& config,
                           Problems& problems) {
    if (!v) {
        return;
    }
    ObjectReader location(*v, path, {"name", "building"}, problems);
    if (const json* name = location.require("name")) {
        if (auto text = read_localized_text(*name, location.path("name"), problems)) {
            config.location_name = std::move(*text);
        }
    }
    if (const json* building = location.require("building")) {
        if (auto id = read_nonempty_string(*building, location.path("building"), problems)) {
            config.building = std::move(*id);
        }
    }
}

void read_feed_section(const json* v, const std::string& path, LocationConfig& config,
                       Problems& problems) {
    if (!v) {
        return;
    }
    ObjectReader feed(*v, path,
                      {"source", "format", "poll_seconds", "connect_timeout_seconds",
                       "timeout_seconds", "max_body_bytes", "ca_file", "header_file"},
                      problems);
    if (const json* source = feed.require("source")) {
        if (auto location = read_source_location(*source, feed.path("source"), config, problems)) {
            config.feed = std::move(*location);
        }
    }
    if (const json* format = feed.get("format")) {
        read_feed_format(*format, feed.path("format"), config, problems);
    }
    FetchConfig& fetch = config.fetch;
    // Upper limits catch milliseconds written where seconds are meant.
    if (const json* poll = feed.get("poll_seconds")) {
        if (auto n =
                read_integer(*poll, feed.path("poll_seconds"), problems, 5, 86400, "seconds")) {
            fetch.poll_interval = Seconds{*n};
        }
    }
    bool timeouts_read = true;
    if (const json* t = feed.get("connect_timeout_seconds")) {
        auto n =
            read_integer(*t, feed.path("connect_timeout_seconds"), problems, 1, 3600, "seconds");
        timeouts_read = timeouts_read && n.has_value();
        fetch.connect_timeout = n ? Seconds{*n} : fetch.connect_timeout;
    }
    if (const json* t = feed.get("timeout_seconds")) {
        auto n = read_integer(*t, feed.path("timeout_seconds"), problems, 1, 3600, "seconds");
        timeouts_read = timeouts_read && n.has_value();
        fetch.total_timeout = n ? Seconds{*n} : fetch.total_timeout;
    }
    if (timeouts_read && fetch.connect_timeout > fetch.total_timeout) {
        problems.warning(feed.path("connect_timeout_seconds"),
                         "is longer than timeout_seconds (" +
                             std::to_string(fetch.total_timeout.count()) +
                             "), which limits the whole fetch, connecting included");
    }
    if (const json* max = feed.get("max_body_bytes")) {
        if (auto n = read_integer(*max, feed.path("max_body_bytes"), problems, 1024,
                                  int64_t{1} << 30, "bytes")) {
            fetch.max_body_bytes = static_cast<size_t>(*n);
        }
    }
    for (const char* key : {"ca_file", "header_file"}) {
        const json* value = feed.get(key);
        if (!value) {
            continue;
        }
        auto file = read_config_path(*value, feed.path(key), config, problems);
        if (!file) {
            continue;
        }
        warn_if_not_a_file(*file, feed.path(key), problems);
        if (!config.feed.empty() && !config.feed_is_url()) {
            problems.warning(feed.path(key), "is only used when the feed source is a URL");
        }
        (std::string_view(key) == "ca_file" ? fetch.ca_file : fetch.header_file) = *file;
    }
}

}  // namespace signpost

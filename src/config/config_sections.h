// The readers of each section of a location config, used by config_loader.cpp.
// Each takes the section's JSON value (nullptr when the file leaves it out, so
// the default stays), its JSON path, and records every problem in `problems`;
// whatever reads cleanly is stored into `config` even when other parts fail,
// so that one pass finds all the errors.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "config/json_reader.h"
#include "config/location_config.h"

namespace signpost {

// "location": {"name": text, "building": id}
void read_location_section(const nlohmann::json* v, const std::string& path, LocationConfig& config,
                           Problems& problems);
// "feed": source, format, polling, timeouts, size limit, TLS and header files.
void read_feed_section(const nlohmann::json* v, const std::string& path, LocationConfig& config,
                       Problems& problems);
// A feed or live source: an http(s) URL (scheme lower-cased, checked) or a
// file path resolved against the config's folder (a warning when missing).
std::optional<std::string> read_source_location(const nlohmann::json& v, const std::string& path,
                                                const LocationConfig& config, Problems& problems);
// "live": the fast source of room states (docs/live-format.md).
void read_live_section(const nlohmann::json* v, const std::string& path, LocationConfig& config,
                       Problems& problems);
// "metrics_file": where the Prometheus text file goes.
void read_metrics_file(const nlohmann::json* v, const std::string& path, LocationConfig& config,
                       Problems& problems);
// "display": fullscreen, width, height, rotation.
void read_display_section(const nlohmann::json* v, const std::string& path, DisplayConfig& display,
                          Problems& problems);
// "pages": the cycle; absent means default_pages().
void read_pages_section(const nlohmann::json* v, const std::string& path, LocationConfig& config,
                        Problems& problems);
// "languages" and "fonts".
void read_languages(const nlohmann::json* v, const std::string& path, LocationConfig& config,
                    Problems& problems);
void read_fonts(const nlohmann::json* v, const std::string& path, LocationConfig& config,
                Problems& problems);
// "timezone" and "simulated_clock".
void read_timezone(const nlohmann::json* v, const std::string& path, LocationConfig& config,
                   Problems& problems);
void read_simulated_clock(const nlohmann::json* v, const std::string& path, LocationConfig& config,
                          Problems& problems);
// "quiet_hours": {"start": "HH:MM", "end": "HH:MM"}, venue-local.
void read_quiet_hours(const nlohmann::json* v, const std::string& path, LocationConfig& config,
                      Problems& problems);
// "theme": colours (checked for contrast) and the logo.
void read_theme_section(const nlohmann::json* v, const std::string& path, LocationConfig& config,
                        Problems& problems);
// "directions": building or room id -> {arrow, text}.
void read_directions_section(const nlohmann::json* v, const std::string& path,
                             LocationConfig& config, Problems& problems);

// A path key: a non-empty string, resolved against the config's folder.
std::optional<std::filesystem::path> read_config_path(const nlohmann::json& v,
                                                      const std::string& path,
                                                      const LocationConfig& config,
                                                      Problems& problems);
// A warning when `file` is not there (or is a folder): it may be provisioned
// later, so this is not an error, but --check-config should say so.
void warn_if_not_a_file(const std::filesystem::path& file, const std::string& path,
                        Problems& problems);

}  // namespace signpost

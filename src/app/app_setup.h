// What every mode of the program prepares the same way: the config with the
// command line's overrides, the instant to show, the logical screen size, the
// data folder, and the conversion from the feed's status to the footer's.
#pragma once

#include <filesystem>
#include <memory>
#include <utility>

#include "app/cli_options.h"
#include "config/location_config.h"
#include "layout/layout.h"
#include "net/feed_status.h"
#include "util/clock.h"
#include "util/result.h"

namespace signpost {

// $SIGNPOST_DATA_DIR, else ../share/signpost beside the binary, else the
// configured install folder, else the source tree: the first that holds
// fonts/manifest.txt.
std::filesystem::path data_dir();

// Applies --feed (a URL, or a path resolved against the current folder).
void apply_feed_override(LocationConfig& config, const CliOptions& options);

// Loads the config (printing its warnings to the log) and applies overrides.
// The Error lists every problem of the file.
Result<LocationConfig> load_config_for(const CliOptions& options);

// --at, else the demo clock's start, else the system clock.
std::unique_ptr<Clock> make_clock(const LocationConfig& config, const CliOptions& options);

// --size, else the config's display size turned for its rotation (a panel
// mounted at 90 or 270 degrees shows a portrait page).
std::pair<int, int> logical_size(const LocationConfig& config, const CliOptions& options);

}  // namespace signpost

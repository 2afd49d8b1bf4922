// --check-config FILE: validates the config, then reads the feed it names (the
// cache, then one bounded fetch unless --offline) and checks the two against
// each other. Prints every error and warning; exits 2 when any error was found.
#include <iostream>

#include "app/app_setup.h"
#include "app/commands.h"
#include "config/config_loader.h"
#include "config/venue_check.h"
#include "net/one_shot_fetch.h"

namespace signpost {

int run_check_config(const CliOptions& options) {
    ConfigCheck check = check_config_file(options.config_path);
    // Each problem names its file (the config, or the shared defaults it
    // names) and the JSON pointer in that file.
    const auto file_of = [&](const std::vector<std::filesystem::path>& files, size_t i) {
        return i < files.size() ? files[i].string() : options.config_path;
    };
    for (size_t i = 0; i < check.errors.size(); ++i) {
        std::cerr << "error: " << file_of(check.error_files, i) << ": "
                  << check.errors[i].to_string() << "\n";
    }
    for (size_t i = 0; i < check.warnings.size(); ++i) {
        std::cerr << "warning: " << file_of(check.warning_files, i) << ": "
                  << check.warnings[i].to_string() << "\n";
    }
    if (!check.config) {
        std::cerr << options.config_path << ": " << check.errors.size() << " error(s)\n";
        return 2;
    }
    LocationConfig config = std::move(*check.config);
    apply_feed_override(config, options);

    OneShotFeed feed = fetch_feed_once(config, options.offline);
    for (const auto& w : feed.warnings) {
        std::cerr << "warning: feed " << config.feed << ": " << w.to_string() << "\n";
    }
    if (!feed.schedule) {
        std::cerr << "error: feed " << config.feed << ": "
                  << (feed.status.last_error.empty() ? "no schedule could be read"
                                                     : feed.status.last_error)
                  << "\n";
        return 2;
    }
    if (!feed.status.last_error.empty()) {
        std::cerr << "warning: feed " << config.feed << ": " << feed.status.last_error
                  << " (the cached copy is used)\n";
    }
    const auto venue_warnings = check_config_against_venue(config, feed.schedule->venue());
    for (const auto& w : venue_warnings) {
        std::cerr << "warning: " << options.config_path << ": " << w.to_string() << "\n";
    }
    const Schedule& s = *feed.schedule;
    std::cout << options.config_path << ": ok — " << s.venue().buildings.size() << " building(s), "
              << s.venue().rooms.size() << " room(s), " << s.sessions().size() << " session(s), "
              << s.announcements().size() << " announcement(s), time zone " << s.zone().name()
              << "; " << check.warnings.size() + feed.warnings.size() + venue_warnings.size()
              << " warning(s)\n";
    return 0;
}

}  // namespace signpost

#include "app/app_setup.h"

#include <cstdlib>
#include <vector>

#include "config/config_loader.h"
#include "util/log.h"

namespace signpost {

std::filesystem::path data_dir() {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (const char* env = std::getenv("SIGNPOST_DATA_DIR"); env && *env) {
        return env;
    }
    // Beside the binary first (/usr/bin/signpost -> /usr/share/signpost, whatever
    // prefix the package was built for; build/src/signpost -> build/share/signpost,
    // which CMake links to the source tree's fonts), then where this build would
    // install.
    std::vector<fs::path> candidates;
    if (auto exe = fs::read_symlink("/proc/self/exe", ec); !ec) {
        candidates.push_back(exe.parent_path().parent_path() / "share" / "signpost");
    }
    candidates.emplace_back(SIGNPOST_INSTALL_DATA_DIR);
    for (const auto& dir : candidates) {
        if (fs::exists(dir / "fonts" / "manifest.txt", ec)) {
            return dir;
        }
    }
    return SIGNPOST_INSTALL_DATA_DIR;
}

void apply_feed_override(LocationConfig& config, const CliOptions& options) {
    if (!options.feed_override) {
        return;
    }
    const std::string& feed = *options.feed_override;
    if (feed.rfind("http://", 0) == 0 || feed.rfind("https://", 0) == 0) {
        config.feed = feed;
    } else {
        std::error_code ec;
        auto abs = std::filesystem::absolute(feed, ec);
        config.feed = ec ? feed : abs.lexically_normal().string();
    }
}

Result<LocationConfig> load_config_for(const CliOptions& options) {
    auto loaded = load_config(options.config_path);
    if (!loaded) {
        return loaded.error();
    }
    for (size_t i = 0; i < loaded->warnings.size(); ++i) {
        const bool elsewhere =
            i < loaded->warning_files.size() && loaded->warning_files[i] != loaded->config.file;
        log_warning("config", (elsewhere ? loaded->warning_files[i].string() + ": " : "") +
                                  loaded->warnings[i].to_string());
    }
    LocationConfig config = std::move(loaded->config);
    apply_feed_override(config, options);
    return config;
}

std::unique_ptr<Clock> make_clock(const LocationConfig& config, const CliOptions& options) {
    if (options.at) {
        return std::make_unique<FixedClock>(*options.at);
    }
    if (config.simulated_start) {
        return std::make_unique<SimulatedClock>(*config.simulated_start, config.simulated_speed);
    }
    return std::make_unique<SystemClock>();
}

std::pair<int, int> logical_size(const LocationConfig& config, const CliOptions& options) {
    if (options.size) {
        return *options.size;
    }
    const auto& d = config.display;
    if (d.rotation == 90 || d.rotation == 270) {
        return {d.height, d.width};
    }
    return {d.width, d.height};
}

}  // namespace signpost
